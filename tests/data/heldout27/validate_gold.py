"""Validate the twenty-seventh held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs two country codes beyond the
shared lists: PAN (Panama) and CUB (Cuba), for the Chong Chon Gang record. Its other codes are in the
shared lists (AUS CAN CHN DEU FRA GBR IRN ITA JPN KOR NLD NZL PHL PRK RUS TWN UKR USA, EU, UNSC).
Run:
    python tests/data/heldout27/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['PAN', 'CUB']
EXTRA_ORGS = []

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
