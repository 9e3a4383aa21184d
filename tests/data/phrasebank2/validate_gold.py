"""Validate the second phrase bank's gold file against its crawler records and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold adds ISO 3166-1 alpha-3 codes that the
shared list lacks (ARG ARM AZE BLZ CHL COD COL CRI CUB DOM ECU ETH GEO GTM HKG HUN KAZ LAO LBN MDA MDV MEX
MHL MLI MMR NER NRU PAN PER PLW PRY PSE RWA SDN SOM TUV URY VEN) and two organisation codes, CSTO
(Collective Security Treaty Organization) and UNESCO. Run:
    python tests/data/phrasebank2/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_ISO3 = '''ARG ARM AZE BLZ CHL COD COL CRI CUB DOM ECU ETH GEO GTM HKG HUN KAZ LAO LBN MDA MDV MEX MHL
MLI MMR NER NRU PAN PER PLW PRY PSE RWA SDN SOM TUV URY VEN'''.split()

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_ISO3, ['CSTO', 'UNESCO']))
