"""Validate the thirtieth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs two codes beyond the shared
lists: MMR (Myanmar, a planned stop of Cameron's 2012 tour) and VAT (the Holy See, Kishida's audience
with the Pope in 2022). Its other codes: CHN DEU FRA GBR IDN ITA JPN KOR MYS NLD POL PRK RUS THA TWN UKR
USA VNM, and the organisations EU, NATO, UNSC.
Run:
    python tests/data/heldout30/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['MMR', 'VAT']
EXTRA_ORGS = []

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
