"""Validate the fifty-ninth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs two country codes beyond the
shared list (KAZ for Kazakhstan, BLR for Belarus) and no organisation code beyond the shared ones
(its codes: AUS BHR BLR BRA CHN DEU FRA GBR IDN IND IRN IRQ ITA JPN KAZ KOR PRK RUS SYR USA ZAF,
with sectors; AU, BRICS, EU, SCO, UNSC).
Run:
    python tests/data/heldout59/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['KAZ', 'BLR']
EXTRA_ORGS = []

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
