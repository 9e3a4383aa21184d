"""Validate the thirteenth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold adds three ISO 3166-1 alpha-3 codes
that the shared list lacks: BTN (Bhutan: its foreign ministry's statement on Doklam, h13p01), MMR
(Myanmar: the February 2021 coup and the reactions to it, h13p09) and BRN (Brunei, ASEAN's chair in
2021, addressed in h13p09). Run:
    python tests/data/heldout13/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

if __name__ == '__main__':
    sys.exit(run(HERE, ['BTN', 'MMR', 'BRN'], []))
