"""Validate the ninety-first held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs codes beyond the shared
lists: the countries ARG, BOL, CHL, COL, CRI, CUB, ECU, GTM, HND, HTI, KEN, MEX, NIC, PAN, PER, PRY,
URY and VEN, and the organisations CELAC, ICJ, MERCOSUR, OAS and UNASUR.
Run:
    python tests/data/heldout91/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['ARG', 'BOL', 'CHL', 'COL', 'CRI', 'CUB', 'ECU', 'GTM', 'HND', 'HTI', 'KEN', 'MEX',
                   'NIC', 'PAN', 'PER', 'PRY', 'URY', 'VEN']
EXTRA_ORGS = ['CELAC', 'ICJ', 'MERCOSUR', 'OAS', 'UNASUR']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
