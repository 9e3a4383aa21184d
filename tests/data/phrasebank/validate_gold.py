"""Validate the phrase-bank gold file against its crawler records and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold adds ISO 3166-1 alpha-3 codes the
shared list lacks (Afghanistan, Armenia, Austria, Azerbaijan, Belarus, Bolivia, Brazil, Chile,
Colombia, Cuba, Ecuador, Hong Kong, Honduras, Hungary, Lebanon, Sri Lanka, Mexico, Mali, Myanmar,
Niger, Nepal, Oman, Panama, Palestine, Venezuela, Laos) and the organisation codes IAEA, IMF, ICJ, PCA and
WHO. Run:
    python tests/data/phrasebank/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_ISO3 = ['AFG', 'ARM', 'AUT', 'AZE', 'BLR', 'BOL', 'BRA', 'CHL', 'COL', 'CUB', 'ECU', 'HKG', 'HND',
              'HUN', 'LBN', 'LKA', 'MEX', 'MLI', 'MMR', 'NER', 'NPL', 'OMN', 'PAN', 'PSE', 'VEN', 'LAO']
EXTRA_ORGS = ['IAEA', 'IMF', 'ICJ', 'PCA', 'WHO']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_ISO3, EXTRA_ORGS))
