"""Validate the twenty-fourth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs one organisation code beyond the
shared lists: UNC (the United Nations Command, whose member states met the ROK defence minister in
November 2023). Its other codes: AUS CAN CHN FRA GBR JPN KOR NZL PRK RUS THA TWN USA VNM, EU, NATO, UNSC.
Run:
    python tests/data/heldout24/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = []
EXTRA_ORGS = ['UNC']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
