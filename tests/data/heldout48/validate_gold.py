"""Validate the forty-eighth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs five country codes beyond the
shared lists (CZE and LKA: the 2012 NDAA exceptions; OMN: Japan's Galaxy Leader request; PAN: Panama on
the Security Council; SYC: the Seychelles in Operation Prosperity Guardian) and no organisation code beyond
the shared ones (EU, G7, UN, UNSC).
Run:
    python tests/data/heldout48/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['CZE', 'LKA', 'OMN', 'PAN', 'SYC']
EXTRA_ORGS = []

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
