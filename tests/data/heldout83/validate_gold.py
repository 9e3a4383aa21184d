"""Validate the eighty-third held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs a few codes beyond the shared
lists: the countries AGO, BGD, BGR, BRN, KEN, LAO, LKA, MEX, MMR, NGA, SOM and TJK, and the
organisations INTERPOL and ISIS (phrasebank3's code for the Islamic State).
Run:
    python tests/data/heldout83/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['AGO', 'BGD', 'BGR', 'BRN', 'KEN', 'LAO', 'LKA', 'MEX', 'MMR', 'NGA', 'SOM', 'TJK']
EXTRA_ORGS = ['INTERPOL', 'ISIS']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
