"""Validate the fifty-fifth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs seven country codes beyond the
shared list (AFG KAZ KGZ LBY TJK TKM UZB) and two organisation codes by their common English
acronyms (CSTO, the Collective Security Treaty Organization; AQ, al-Qaeda). Its codes: AFG AUS CAN CHN
DEU FRA GBR GRC IND IRN IRQ KAZ KGZ LBY PAK RUS TJK TKM TUR USA UZB (with sectors), AQ CSTO EU NATO SCO.
Run:
    python tests/data/heldout55/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['AFG', 'KAZ', 'KGZ', 'LBY', 'TJK', 'TKM', 'UZB']
EXTRA_ORGS = ['CSTO', 'AQ']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
