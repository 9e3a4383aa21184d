"""Validate the sixty-third held-out gold file against its pages and ONTOLOGY.md.

The checks are in tests/data/gold_validator.py. This set's gold needs six country codes and two
organisation codes beyond the shared lists: ARE (the UAE: the Zhuhai Zhenrong sanction's third firm in
h63p02 and the islands line of h63p05), HUN (Hungary, h63p06), KAZ (Kazakhstan, h63p03), SRB (Serbia,
h63p06), TKM (Turkmenistan, h63p03), UZB (Uzbekistan, h63p03); GCC (the Gulf Cooperation Council,
h63p05) and IAEA (the International Atomic Energy Agency, h63p01 and the Jining record).
Its codes: ARE AUS BHR CHN DEU FIN FRA GBR HUN IND IRN IRQ ISR JPN KAZ KOR NZL PRK RUS SAU SGP SRB SWE
TKM USA UZB YEM, with sectors; EU, G20, GCC, IAEA, NATO (and NATO-MIL), SCO, UNSC.
Run:
    python tests/data/heldout63/validate_gold.py [gold.jsonl] [pages_dir]
Exit status 0 when every check passes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_validator import run  # noqa: E402  (tests/data/gold_validator.py, standard library only)

EXTRA_COUNTRIES = ['ARE', 'HUN', 'KAZ', 'SRB', 'TKM', 'UZB']
EXTRA_ORGS = ['GCC', 'IAEA']

if __name__ == '__main__':
    sys.exit(run(HERE, EXTRA_COUNTRIES, EXTRA_ORGS))
