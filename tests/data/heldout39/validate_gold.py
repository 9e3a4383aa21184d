"""Validate the thirty-ninth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs codes beyond the shared lists:
ALB (Albania), AFG (Afghanistan), COK (Cook Islands), GEO (Georgia), HRV (Croatia), MKD (North
Macedonia, named Macedonia in 2008), MMR (Myanmar), MNE (Montenegro), OMN (Oman), PSE (Palestine);
no extra organisation code.
Run:
    python tests/data/heldout39/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['ALB', 'AFG', 'COK', 'GEO', 'HRV', 'MKD', 'MMR', 'MNE', 'OMN', 'PSE']
EXTRA_ORGS = []

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
