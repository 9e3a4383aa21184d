"""Validate the sixteenth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold adds the ISO 3166-1 alpha-3 codes
the shared list lacks (AFG COD COL DZA ECU ERI ETH JOR KGZ LBN MAR PER RWA SDN SOM SSD TJK VEN) and
the organisation codes OAS (Organization of American States) and CSTO (Collective Security Treaty
Organization). Run:
    python tests/data/heldout16/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

if __name__ == '__main__':
    sys.exit(run(HERE, ['AFG', 'COD', 'COL', 'DZA', 'ECU', 'ERI', 'ETH', 'JOR', 'KGZ', 'LBN', 'MAR',
                        'PER', 'RWA', 'SDN', 'SOM', 'SSD', 'TJK', 'VEN'], ['OAS', 'CSTO']))
