"""Validate the ninety-second held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs codes beyond the shared lists:
the countries BDI, BFA, CIV, COD, DJI, DZA, ETH, GAB, KEN, MLI, MOZ, MRT, NER, PRT, RWA, SEN, SOM,
TCD and UGA, and the organisations AES (the Alliance/Confederation of Sahel States), EAC, ECOWAS,
G5S (the G5 Sahel and its joint force), ISIS and SADC.
Run:
    python tests/data/heldout92/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['BDI', 'BFA', 'CIV', 'COD', 'DJI', 'DZA', 'ETH', 'GAB', 'KEN', 'MLI', 'MOZ', 'MRT',
                   'NER', 'PRT', 'RWA', 'SEN', 'SOM', 'TCD', 'UGA']
EXTRA_ORGS = ['AES', 'EAC', 'ECOWAS', 'G5S', 'ISIS', 'SADC']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
