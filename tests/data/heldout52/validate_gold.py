"""Validate the fifty-second held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs ten country codes and one
organisation code beyond the shared lists: AFG (Afghanistan), COK (Cook Islands), FSM (Micronesia),
LAO (Laos), MHL (Marshall Islands), MMR (Myanmar), NIU (Niue), NRU (Nauru), PLW (Palau), TUV (Tuvalu)
and PIF (the Pacific Islands Forum). Its other codes: AUS CHN FJI IDN IRN ISR JPN KHM KIR KOR MYS NZL
PHL PNG PRK RUS SLB THA TON TWN USA VNM VUT WSM, ASEAN, UN.
Run:
    python tests/data/heldout52/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['AFG', 'COK', 'FSM', 'LAO', 'MHL', 'MMR', 'NIU', 'NRU', 'PLW', 'TUV']
EXTRA_ORGS = ['PIF']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
