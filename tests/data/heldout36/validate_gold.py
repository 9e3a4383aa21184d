"""Validate the thirty-sixth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs one organisation code beyond
the shared lists: EAS (the East Asia Summit, h36p02). Its other codes: AUS CHN FRA GBR IND IRN JPN KOR
PAK PHL PRK RUS THA UKR USA, and ASEAN, EU, G20, NATO, SCO, UN, UNSC.
Run:
    python tests/data/heldout36/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = []
EXTRA_ORGS = ['EAS']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
