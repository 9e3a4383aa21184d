"""Validate the twenty-third held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs three ISO 3166-1 alpha-3 codes
beyond the shared list: BRN (Brunei, h23p09 record 2), LAO (Laos, h23p02) and NRU (Nauru, h23p06).
Its codes: AUS BRN CHN IDN IND JPN KHM KOR LAO MNG MYS NRU NZL PAK PHL RUS SGP THA TLS TWN USA VNM,
APEC, ASEAN, NATO.
Run:
    python tests/data/heldout23/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['BRN', 'LAO', 'NRU']
EXTRA_ORGS = []

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
