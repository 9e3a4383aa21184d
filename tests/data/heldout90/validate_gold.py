"""Validate the ninetieth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs a few codes beyond the shared
lists: the countries AFG, ALB, BGR, BMU, KAZ, KGZ, LBY, PLW, PSE and TJK, and the organisations AQ
(al-Qaeda), ISIS (the Islamic State, phrasebank3's code) and OIC.
Run:
    python tests/data/heldout90/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['AFG', 'ALB', 'BGR', 'BMU', 'KAZ', 'KGZ', 'LBY', 'PLW', 'PSE', 'TJK']
EXTRA_ORGS = ['AQ', 'ISIS', 'OIC']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
