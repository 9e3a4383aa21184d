"""Validate the sixty-seventh held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs country codes beyond the shared
list for Central Asia, the Caucasus and the Pacific (ARM AZE BLR KAZ KGZ NRU TJK TUV UZB) and the
organisation codes CSTO and PIF.
Run:
    python tests/data/heldout67/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['ARM', 'AZE', 'BLR', 'KAZ', 'KGZ', 'NRU', 'TJK', 'TUV', 'UZB']
EXTRA_ORGS = ['CSTO', 'PIF']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
