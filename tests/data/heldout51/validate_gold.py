"""Validate the fifty-first held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs codes beyond the shared lists:
the countries AFG (Afghanistan), ARE (the United Arab Emirates), BGD (Bangladesh), KGZ (Kyrgyzstan), MMR
(Myanmar) and UZB (Uzbekistan), and the organisations ADB (the Asian Development Bank) and CSTO (the
Collective Security Treaty Organization). Its other codes: AUS CHN FRA IDN IND JPN MYS PAK PHL POL RUS TUR
UKR USA VNM (with sectors), G7, G20, NATO, NATO-MIL, SCO, UN, UNSC.
Run:
    python tests/data/heldout51/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['AFG', 'ARE', 'BGD', 'KGZ', 'MMR', 'UZB']
EXTRA_ORGS = ['ADB', 'CSTO']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
