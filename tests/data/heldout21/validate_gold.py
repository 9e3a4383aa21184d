"""Validate the twenty-first held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold adds three ISO 3166-1 alpha-3 codes
the shared list lacks: FSM (Micronesia), COK (Cook Islands) and NIU (Niue), the Pacific island states
at Xi Jinping's collective meeting in Port Moresby (November 2018, first record of h21p09.jsonl). Run:
    python tests/data/heldout21/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

if __name__ == '__main__':
    sys.exit(run(HERE, ['FSM', 'COK', 'NIU'], []))
