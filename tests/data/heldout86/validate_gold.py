"""Validate the eighty-sixth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs a few codes beyond the shared
lists: the country BLR, and the organisations IAEA (the International Atomic Energy Agency), NSG (the
Nuclear Suppliers Group), MTCR (the Missile Technology Control Regime), WA (the Wassenaar Arrangement),
AG (the Australia Group) and ICRC (the International Committee of the Red Cross).
Run:
    python tests/data/heldout86/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['BLR']
EXTRA_ORGS = ['IAEA', 'NSG', 'MTCR', 'WA', 'AG', 'ICRC']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
