"""Validate the fifty-fourth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs one country code and one
organisation code beyond the shared lists: `CUB` (Cuba: the ROK-Cuba relations of February 2024 and
their background) and `IAEA` (the International Atomic Energy Agency: the DPRK's request of September
2008 and Grossi's remark of September 2024). Its other codes: CHN JPN KOR POL PRK RUS UKR USA, ASEAN,
UN, UNSC.
Run:
    python tests/data/heldout54/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['CUB']
EXTRA_ORGS = ['IAEA']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
