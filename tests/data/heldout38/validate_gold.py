"""Validate the thirty-eighth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs two organisation codes beyond
the shared lists: `UNC` (the United Nations Command, as heldout24) and `IAEA` (as heldout15). Its
country codes are all in the shared list (AUS CAN CHN DEU FRA GBR ITA JPN KOR NLD NZL PRK RUS TWN UKR
USA).
Run:
    python tests/data/heldout38/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = []
EXTRA_ORGS = ['UNC', 'IAEA']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
