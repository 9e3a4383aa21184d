"""Validate the seventy-first held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs one country code beyond the
shared lists: UGA (Uganda, in the 2016 transcript record). Its codes: CHN DEU JPN KOR PRK RUS UGA UKR
USA, UNSC.
Run:
    python tests/data/heldout71/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

if __name__ == '__main__':
    sys.exit(run(HERE, ['UGA'], []))
