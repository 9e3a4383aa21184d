"""Validate the forty-seventh held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs three country codes beyond the
shared lists (KAZ, TKM, UZB: Yoon's 2024 Central Asian trip) and one organisation code (ASEM, as
heldout31 adds it); its codes: CHN JPN KAZ KOR MNG PRK RUS THA TKM USA UZB, ASEM.
Run:
    python tests/data/heldout47/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['KAZ', 'TKM', 'UZB']
EXTRA_ORGS = ['ASEM']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
