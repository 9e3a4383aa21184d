"""Validate the fifty-third held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs country and organisation codes
beyond the shared lists: the ISO 3166-1 alpha-3 codes below (Argentina, Chile, Côte d'Ivoire, Costa
Rica, Cuba, Czechia, Dominican Republic, Algeria, Luxembourg, Mali, Panama, Peru, Palestine,
Sudan, Somalia, United Arab Emirates, Uruguay, Venezuela) and four organisations by their common
English acronyms (ECOWAS, the Gulf Cooperation Council, the Organization of American States, the
Organisation of Islamic Cooperation).
Run:
    python tests/data/heldout53/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['ARE', 'ARG', 'CHL', 'CIV', 'CRI', 'CUB', 'CZE', 'DOM', 'DZA', 'LUX', 'MLI', 'PAN',
                   'PER', 'PSE', 'SDN', 'SOM', 'URY', 'VEN']
EXTRA_ORGS = ['ECOWAS', 'GCC', 'OAS', 'OIC']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
