"""Validate the forty-third held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs four codes beyond the shared
lists: PER (Peru, as in heldout3), EAS (the East Asia Summit, as in heldout36), NSG (the Nuclear
Suppliers Group) and PCA (the arbitral tribunal of 2016, as in heldout2). Its codes: AUS BRA CHN IDN
IND IRN JPN KOR PAK PER PHL SYR TWN USA VNM, APEC ASEAN EAS G20 NSG PCA UNSC. Run:
    python tests/data/heldout43/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['PER']
EXTRA_ORGS = ['EAS', 'NSG', 'PCA']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
