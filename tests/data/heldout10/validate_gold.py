"""Validate the tenth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold adds three ISO 3166-1 alpha-3 codes
the shared list lacks: TTO (Trinidad and Tobago), CRI (Costa Rica) and MEX (Mexico), the three stops
of Xi Jinping's trip before the Sunnylands meeting of June 2013 (h10p07). Run:
    python tests/data/heldout10/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

if __name__ == '__main__':
    sys.exit(run(HERE, ['TTO', 'CRI', 'MEX'], []))
