"""Validate the ninth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold adds the ISO 3166-1 alpha-3 code
HKG (Hong Kong: the HKSAR government's ban on Japanese seafood, h9p05) and the organisation code
IAEA (International Atomic Energy Agency: its Fukushima report, h9p05), which the shared lists lack.
Run:
    python tests/data/heldout9/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

if __name__ == '__main__':
    sys.exit(run(HERE, ['HKG'], ['IAEA']))
