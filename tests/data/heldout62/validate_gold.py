"""Validate the sixty-second held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs one organisation code beyond
the shared lists: UNC (the United Nations Command in Korea, as heldout38 uses it). Its other codes
are in the shared lists (its countries: CHN JPN KOR PRK RUS USA; organisations: UNSC).
Run:
    python tests/data/heldout62/validate_gold.py [gold.jsonl] [pages_dir]
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
