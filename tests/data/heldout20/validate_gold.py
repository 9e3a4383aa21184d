"""Validate the twentieth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold adds three ISO 3166-1 alpha-3
codes the shared list lacks: AFG (Afghanistan), BGD (Bangladesh) and BTN (Bhutan), the states
that withdrew from the 2016 SAARC summit in h20p04; and one organisation code by its common
English acronym, PCA (the arbitral tribunal of the 2016 South China Sea award, background in
h20p07, as heldout2 coded it). Run:
    python tests/data/heldout20/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

if __name__ == '__main__':
    sys.exit(run(HERE, ['AFG', 'BGD', 'BTN'], ['PCA']))
