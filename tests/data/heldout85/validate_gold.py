"""Validate the eighty-fifth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs a few codes beyond the shared
lists: the countries AGO, ARE, BIH, CIV, ETH, GEO, HRV, JOR, LAO, MLI, MMR, PSE, SDN, SEN, SRB, SSD, URY
and ZWE, and the organisations ECOWAS, G8, ISIS, OHR (the Office of the High Representative in Bosnia
and Herzegovina), OPCW, OSCE and SADC.
Run:
    python tests/data/heldout85/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['AGO', 'ARE', 'BIH', 'CIV', 'ETH', 'GEO', 'HRV', 'JOR', 'LAO', 'MLI', 'MMR', 'PSE',
                   'SDN', 'SEN', 'SRB', 'SSD', 'URY', 'ZWE']
EXTRA_ORGS = ['ECOWAS', 'G8', 'ISIS', 'OHR', 'OPCW', 'OSCE', 'SADC']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
