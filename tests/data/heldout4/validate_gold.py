"""Validate the fourth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py; this set adds the four ISO 3166-1 country codes
its gold needs that the shared list lacks: BLZ (Belize), GTM (Guatemala), HND (Honduras) and
MEX (Mexico). No organisation codes are added.
Run:  python tests/data/heldout4/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

if __name__ == '__main__':
    sys.exit(run(HERE, ['BLZ', 'GTM', 'HND', 'MEX'], []))
