"""Validate the fourteenth held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold adds ISO 3166-1 alpha-3 codes the
shared list lacks: HKG (the HKSAR government, as heldout9 coded it), BFA (Burkina Faso), BLZ (Belize),
CZE (Czech Republic), DOM (Dominican Republic), GEO (Georgia), GMB (the Gambia), LKA (Sri Lanka),
MDV (Maldives), NIC (Nicaragua), PAN (Panama), PRY (Paraguay), SLV (El Salvador) and STP (Sao Tome
and Principe). Run:
    python tests/data/heldout14/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_ISO3 = ['HKG', 'BFA', 'BLZ', 'CZE', 'DOM', 'GEO', 'GMB', 'LKA', 'MDV', 'NIC', 'PAN', 'PRY',
              'SLV', 'STP']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_ISO3, []))
