"""Validate the eighty-second held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs a few codes beyond the shared
lists: the countries AZE, BOL, CHL, COL, CRI, CZE, GTM, HUN, JOR, LCA, MWI, PAN, PRY, PSE, ROU, TUN and
VAT (the Holy See), and the organisations OIC and WHO.
Run:
    python tests/data/heldout82/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['AZE', 'BOL', 'CHL', 'COL', 'CRI', 'CZE', 'GTM', 'HUN', 'JOR', 'LCA', 'MWI', 'PAN',
                   'PRY', 'PSE', 'ROU', 'TUN', 'VAT']
EXTRA_ORGS = ['OIC', 'WHO']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
