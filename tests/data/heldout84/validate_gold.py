"""Validate the eighty-fourth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs codes beyond the shared lists:
the countries ARE, ARG, BEN, BFA, BOL, COL, CRI, CUB, GAB, GHA, GIN, GNB, HND, MDG, MEX, MUS, NER,
NGA, PAN, PER, PRT, SDN, SEN and ZWE, and the organisations CPLP (Community of Portuguese Language
Countries), ECCAS, ECOWAS, ICC, OAS and SADC.
Run:
    python tests/data/heldout84/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['ARE', 'ARG', 'BEN', 'BFA', 'BOL', 'COL', 'CRI', 'CUB', 'GAB', 'GHA', 'GIN', 'GNB',
                   'HND', 'MDG', 'MEX', 'MUS', 'NER', 'NGA', 'PAN', 'PER', 'PRT', 'SDN', 'SEN', 'ZWE']
EXTRA_ORGS = ['CPLP', 'ECCAS', 'ECOWAS', 'ICC', 'OAS', 'SADC']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
