"""Validate the forty-first held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs country codes beyond the shared
list for the Central Asian SCO members and the SCO's partners (AFG BLR KAZ KGZ LKA TJK UZB) and the
organisation code ICC (the International Criminal Court); its other codes (AUS BRA CHN EGY GBR IND IRN
JPN KOR MNG NATO PAK PRK QAT RUS SAU SCO TUR UKR USA, EU, G20) are in the shared lists.
Run:
    python tests/data/heldout41/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['AFG', 'BLR', 'KAZ', 'KGZ', 'LKA', 'TJK', 'UZB']
EXTRA_ORGS = ['ICC']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
