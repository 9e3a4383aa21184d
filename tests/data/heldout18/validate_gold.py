"""Validate the eighteenth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold adds ISO 3166-1 alpha-3 codes the
shared list lacks: AFG (Afghanistan, h18p02), ARE (United Arab Emirates, h18p01, h18p07), ARM, BLR,
KAZ, KGZ, TJK (the CSTO deployment, h18p03), ERI and ETH (Tigray, h18p05), KWT (Kuwait, h18p07),
LBY (Libya, h18p06), MMR (Myanmar, record 1 of h18p12) and PSE (Palestine, h18p01); and the
organisation codes CSTO (Collective Security Treaty Organization), GCC (Gulf Cooperation Council),
LAS (League of Arab States / Arab League) and OIC (Organisation of Islamic Cooperation). Run:
    python tests/data/heldout18/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

if __name__ == '__main__':
    sys.exit(run(HERE,
                 ['AFG', 'ARE', 'ARM', 'BLR', 'ERI', 'ETH', 'KAZ', 'KGZ', 'KWT', 'LBY', 'MMR',
                  'PSE', 'TJK'],
                 ['CSTO', 'GCC', 'LAS', 'OIC']))
