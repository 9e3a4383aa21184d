"""Validate the eighty-ninth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs country codes beyond the shared
list: CZE, ETH, HRV, HUN, JOR, KEN, MDA, SDN, SSD, SVK and VEN. Its organisation codes (AU, EU, NATO,
UNSC) are all in the shared list.
Run:
    python tests/data/heldout89/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['CZE', 'ETH', 'HRV', 'HUN', 'JOR', 'KEN', 'MDA', 'SDN', 'SSD', 'SVK', 'VEN']
EXTRA_ORGS = []

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
