"""Validate the thirty-third held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs two country codes beyond the
shared lists: MMR (Myanmar's junta, addressed by the Quad foreign ministers in h33p07) and PRY (Paraguay,
the destination of Lai Ching-te's planned trip in h33p05). Its codes: AUS CAN CHN FJI FRA GBR IND JPN KOR
MMR PHL PRK PRY RUS SGP TWN USA VNM, ASEAN, EU.
Run:
    python tests/data/heldout33/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['MMR', 'PRY']
EXTRA_ORGS = []

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
