"""Validate the eighth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold adds four ISO 3166-1 alpha-3 codes
the shared list lacks: TTO (Trinidad and Tobago), CRI (Costa Rica) and MEX (Mexico) for Xi
Jinping's state visits before Sunnylands (h8p04), and LAO (Laos) for the Wang Yi - Yun Byung-se
meeting in Vientiane (h8p11). Run:
    python tests/data/heldout8/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

if __name__ == '__main__':
    sys.exit(run(HERE, ['TTO', 'CRI', 'MEX', 'LAO'], []))
