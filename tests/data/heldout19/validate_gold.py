"""Validate the nineteenth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold adds the ISO 3166-1 alpha-3 codes
the shared list lacks: AFG (Afghanistan's acting foreign minister at the Kabul trilateral, record 2),
ARE (United Arab Emirates, the India-Middle East-Europe corridor memorandum, h19p05) and NPL (Nepal,
record 2), and two organisation codes by their common English acronyms: OSCE (the Trilateral
Contact Group's member in Minsk, h19p02) and IMF (h19p02). Run:
    python tests/data/heldout19/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

if __name__ == '__main__':
    sys.exit(run(HERE, ['AFG', 'ARE', 'NPL'], ['OSCE', 'IMF']))
