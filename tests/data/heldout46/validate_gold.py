"""Validate the forty-sixth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs three country codes beyond the
shared lists: AFG (Afghanistan, the China-India joint project agreed at Wuhan), LKA (Sri Lanka) and MDV
(Maldives); no extra organisation code (ASEAN, QUAD, SCO, G20 and UN are shared).
Run:
    python tests/data/heldout46/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['AFG', 'LKA', 'MDV']
EXTRA_ORGS = []

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
