"""Validate the sixty-first held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs one country code beyond the
shared lists: BRN (Brunei: Li Keqiang's 2013 visit in h61p04, Xi's 2018 stop in a h61p09 record).
Its codes: AUS BRN CHN FRA IND JPN PHL SGP TWN USA VNM (with sectors) and ASEAN.
Run:
    python tests/data/heldout61/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['BRN']
EXTRA_ORGS = []

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
