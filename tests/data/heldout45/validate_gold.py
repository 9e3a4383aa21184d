"""Validate the forty-fifth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs four country codes beyond the
shared lists: MHL (Marshall Islands), TUV (Tuvalu) and PLW (Palau), the hosts of Lai Ching-te's
December 2024 Pacific trip, and BLR (Belarus, a target of the ROK's June 2024 export controls). No
organisation code beyond the shared lists is needed (G7, NATO and EU are shared).
Run:
    python tests/data/heldout45/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['MHL', 'TUV', 'PLW', 'BLR']
EXTRA_ORGS = []

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
