"""Validate the thirty-seventh held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. Beyond the shared lists this set's gold needs the
country codes of Malta (MLT: the Wang Yi - Sullivan meeting in Valletta and Wang's meetings there)
and of the four Caribbean states of Tsai Ing-wen's July 2019 trip (HTI, KNA, VCT, LCA).
Run:
    python tests/data/heldout37/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['MLT', 'HTI', 'KNA', 'VCT', 'LCA']
EXTRA_ORGS = []

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
