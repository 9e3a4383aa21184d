"""Validate the thirty-first held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs three organisation codes beyond
the shared lists: ASEM (Asia-Europe Meeting), EAS (East Asia Summit) and PIF (Pacific Islands Forum).
Its country codes (AUS CAN CHN FJI GBR IDN IND JPN MYS NZL PAK PHL PNG SGP TWN USA VNM VUT) are all in
the shared list, as are its other organisations (APEC ASEAN QUAD SCO).
Run:
    python tests/data/heldout31/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = []
EXTRA_ORGS = ['ASEM', 'EAS', 'PIF']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
