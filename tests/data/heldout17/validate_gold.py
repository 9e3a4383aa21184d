"""Validate the seventeenth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold adds ISO 3166-1 alpha-3 codes the
shared list lacks (Venezuela, Guyana, St Vincent and the Grenadines, Dominica, the UAE, Kuwait,
Belarus, Ireland, Albania, Myanmar, Brunei, Sri Lanka, Greenland, Kenya, Haiti, the Bahamas,
Bangladesh, Barbados, Benin, Chad, Jamaica) and three organisation codes by their common English
acronym: CARICOM (Caribbean Community), ICJ (International Court of Justice) and IAEA (as heldout9
and heldout15 added it). Run:
    python tests/data/heldout17/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_ISO3 = ['VEN', 'GUY', 'VCT', 'DMA', 'ARE', 'KWT', 'BLR', 'IRL', 'ALB', 'MMR', 'BRN', 'LKA',
              'GRL', 'KEN', 'HTI', 'BHS', 'BGD', 'BRB', 'BEN', 'TCD', 'JAM']
EXTRA_ORGS = ['CARICOM', 'ICJ', 'IAEA']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_ISO3, EXTRA_ORGS))
