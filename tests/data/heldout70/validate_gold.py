"""Validate the seventieth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs four country codes beyond the
shared list (LBN Lebanon for Hezbollah, OMN Oman, PSE Palestine for Hamas and the Palestinian
Authority, VAT the Holy See) and one organisation code (IAEA, the International Atomic Energy Agency,
as heldout15 and heldout63).
Run:
    python tests/data/heldout70/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['LBN', 'OMN', 'PSE', 'VAT']
EXTRA_ORGS = ['IAEA']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
