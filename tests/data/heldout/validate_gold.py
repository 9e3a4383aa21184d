"""Validate the held-out gold file against its pages and ONTOLOGY.md.

Standalone (standard library only); it does not import allywatch.
Run:  python tests/data/heldout/validate_gold.py [gold.jsonl]
Exit status 0 when every check passes.
"""
import html
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, 'pages')

FIELDS = ['doc', 'event_type', 'mode', 'contexts', 'source', 'target', 'date', 'date_end',
          'date_precision', 'location', 'factuality', 'trigger', 'sentence', 'note']
TYPES = {'CONSULT', 'AGREE', 'COOPERATE', 'SUPPORT', 'AID', 'REQUEST', 'ACCUSE', 'REJECT',
         'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT', 'CONCEDE', 'RETREAT'}
MODES = {
    'CONSULT': {'call', 'meeting', 'visit', 'summit', 'dialogue', 'press'},
    'AGREE': {'sign', 'statement', 'verbal'},
    'COOPERATE': {'exercise', 'intel_sharing', 'deployment', 'other'},
    'MOBILIZE': {'weapons_test', 'deployment', 'alert'},
}
CONTEXTS = {'military', 'nuclear', 'missile', 'intelligence', 'cyber', 'space', 'economic', 'trade',
            'technology', 'diplomatic', 'health', 'territory', 'human_rights', 'legal'}
FACTUALITY = {'asserted', 'planned', 'negated', 'hypothetical'}
PRECISION = {'day', 'month', 'year', 'unknown'}
SECTORS = {'GOV', 'MIL', 'DIP', 'LEG', 'MED', 'BUS', 'CVL'}
ORGS = {'NATO', 'NATO-MIL', 'UN', 'UNSC', 'ASEAN', 'EU', 'QUAD', 'AP4', 'IPEF', 'G20', 'APEC',
        'SCO', 'BRICS', 'AU', 'G7'}
# ISO 3166-1 alpha-3 codes accepted here (every country code the set uses, plus common neighbours).
ISO3 = set('''
AUS AUT BEL BHR BRA CAN CHE CHN DEU DNK EGY ESP EST FIN FJI FRA GBR GRC IDN IND IRN IRQ ISR ITA
JPN KHM KIR KOR LTU LVA MNG MYS NLD NOR NZL PAK PHL PNG POL PRK QAT RUS SAU SGP SLB SWE SYR THA
TLS TON TUR TWN UKR USA VNM VUT WSM YEM ZAF
'''.split())

DATE_RES = {
    'day': [r'\d{4}-\d{2}-\d{2}', r'--\d{2}-\d{2}'],
    'month': [r'\d{4}-\d{2}', r'--\d{2}'],
    'year': [r'\d{4}'],
}


def page_text(doc):
    raw = open(os.path.join(PAGES, doc), 'rb').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError:
        text = raw.decode('gbk')
    if doc.endswith('.html'):
        stripped = re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>', '\n', text)
        stripped = html.unescape(re.sub(r'<[^>]+>', '\n', stripped))
        return text, stripped
    return text, text


def code_ok(code):
    if code in ORGS:
        return True
    m = re.fullmatch(r'([A-Z]{3})(?:-([A-Z]{3}))?', code)
    return bool(m) and m.group(1) in ISO3 and (m.group(2) is None or m.group(2) in SECTORS)


def main(path):
    errors = []
    events = []
    with open(path, encoding='utf-8') as fh:
        for n, line in enumerate(fh, 1):
            try:
                e = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f'line {n}: not JSON ({exc})')
                continue
            events.append((n, e))
    texts = {}
    for n, e in events:
        where = f'line {n} ({e.get("doc")})'
        if list(e.keys()) != FIELDS:
            errors.append(f'{where}: fields {list(e.keys())}')
            continue
        doc = e['doc']
        if not os.path.exists(os.path.join(PAGES, doc)):
            errors.append(f'{where}: page missing')
            continue
        if doc not in texts:
            texts[doc] = page_text(doc)
        raw, stripped = texts[doc]
        if e['sentence'] not in stripped:
            errors.append(f'{where}: sentence not in page text: {e["sentence"][:40]}')
        if e['trigger'] not in e['sentence']:
            errors.append(f'{where}: trigger not in sentence: {e["trigger"]}')
        et = e['event_type']
        if et not in TYPES:
            errors.append(f'{where}: bad event_type {et}')
        if e['mode'] and e['mode'] not in MODES.get(et, set()):
            errors.append(f'{where}: bad mode {e["mode"]} for {et}')
        if not isinstance(e['contexts'], list) or not set(e['contexts']) <= CONTEXTS:
            errors.append(f'{where}: bad contexts {e["contexts"]}')
        if not e['source']:
            errors.append(f'{where}: empty source')
        for c in e['source'] + e['target']:
            if not code_ok(c):
                errors.append(f'{where}: bad actor code {c}')
        if e['factuality'] not in FACTUALITY:
            errors.append(f'{where}: bad factuality')
        prec = e['date_precision']
        if prec not in PRECISION:
            errors.append(f'{where}: bad precision')
        if e['date'] is None:
            if prec != 'unknown' or e['date_end'] is not None:
                errors.append(f'{where}: null date needs precision unknown and null date_end')
        else:
            for d in [e['date'], e['date_end']]:
                if d is not None and not any(re.fullmatch(p, d) for p in DATE_RES.get(prec, [])):
                    errors.append(f'{where}: date {d} does not fit precision {prec}')
            if e['date_end'] is not None and e['date_end'] < e['date']:
                errors.append(f'{where}: date_end before date')
        if not e['note']:
            errors.append(f'{where}: empty note')
    docs = sorted(f for f in os.listdir(PAGES))
    without = [d for d in docs if d not in texts]
    for msg in errors:
        print('ERROR', msg)
    c = Counter(e['event_type'] for _, e in events)
    print(f'{len(events)} events, {len(texts)} pages with events, {len(docs)} pages;'
          f' pages without events: {without or "none"}')
    print(', '.join(f'{k} {v}' for k, v in c.most_common()))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'gold.jsonl')))
