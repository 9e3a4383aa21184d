"""Validate the third phrase bank's gold file against its crawler records and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold adds ISO 3166-1 alpha-3 codes the
shared list lacks (AFG ALB ARE ARG ARM AZE BFA BLR BOL BRN COD COL CUB ETH GEO HND HUN IRL ISL KAZ
LAO LBN LBY MEX MLI MMR NER PSE RWA SDN SRB SVN VEN) and organisation codes by their common English
acronyms (CSTO ECOWAS GCC IAEA ICC ICJ IMF ISIS LAS OAS OPCW WHO). Run:
    python tests/data/phrasebank3/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_ISO3 = '''AFG ALB ARE ARG ARM AZE BFA BLR BOL BRN COD COL CUB ETH GEO HND HUN IRL ISL KAZ LAO LBN LBY
MEX MLI MMR NER PSE RWA SDN SRB SVN VEN'''.split()
EXTRA_ORGS = 'CSTO ECOWAS GCC IAEA ICC ICJ IMF ISIS LAS OAS OPCW WHO'.split()

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_ISO3, EXTRA_ORGS))
