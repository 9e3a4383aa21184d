"""Validate the twenty-sixth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs five country codes beyond the
shared lists, for the Central Asian states (KAZ KGZ TJK TKM UZB); its other codes (AUS CHN IND JPN KOR
NZL PHL PNG PRK RUS UKR USA, QUAD) are in the shared lists.
Run:
    python tests/data/heldout26/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']
EXTRA_ORGS = []

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
