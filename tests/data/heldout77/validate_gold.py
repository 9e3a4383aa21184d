"""Validate the seventy-seventh held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs country and organisation codes
beyond the shared lists (diplomacy with the Middle East, Africa, Latin America and Central Asia): the
states ARE ARG BFA CAF COG CUB ETH JOR KAZ KGZ LBN LBY MLI MUS NGA PER PSE SDN SEN TJK TKM TZA UZB VEN,
and the organisations CELAC (Community of Latin American and Caribbean States), EAEU (Eurasian Economic
Union), LAS (League of Arab States) and OPEC (for "OPEC+"). Its other codes come from the shared lists
(BRA CHN DEU EGY FRA IRN ISR RUS SAU SYR TWN UKR USA YEM ZAF, with sectors; AU, BRICS, EU, UN).
Run:
    python tests/data/heldout77/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['ARE', 'ARG', 'BFA', 'CAF', 'COG', 'CUB', 'ETH', 'JOR', 'KAZ', 'KGZ', 'LBN', 'LBY', 'MLI', 'MUS', 'NGA', 'PER', 'PSE', 'SDN', 'SEN', 'TJK', 'TKM', 'TZA', 'UZB', 'VEN']
EXTRA_ORGS = ['CELAC', 'EAEU', 'LAS', 'OPEC']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
