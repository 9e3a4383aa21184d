"""Validate the seventy-fifth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs two country codes beyond the
shared lists: ESP (Spain) and HKG (the Hong Kong SAR government, as heldout9 and heldout14 code it).
Its codes: CAN CHN DEU ESP FRA GBR HKG IRN ISR JPN KOR NLD PRK RUS SAU SGP USA (with sectors), EU, UNSC.
Run:
    python tests/data/heldout75/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['ESP', 'HKG']
EXTRA_ORGS = []

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
