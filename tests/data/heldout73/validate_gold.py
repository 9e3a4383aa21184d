"""Validate the seventy-third held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs two country codes beyond the
shared list (BLR Belarus, CZE Czech Republic) and two organisation codes (IAEA, the International
Atomic Energy Agency; CTBTO, the Comprehensive Nuclear-Test-Ban Treaty Organization). Its codes: AUS
BLR CAN CHN CZE DEU EGY FRA GBR IDN IRN ISR JPN POL PRK RUS SWE UKR USA, CTBTO EU G20 IAEA NATO UN.
Run:
    python tests/data/heldout73/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['BLR', 'CZE']
EXTRA_ORGS = ['IAEA', 'CTBTO']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
