"""Checks shared by the independent gold sets' validators (tests/data/heldout*/validate_gold.py).

Standard library only; it does not import allywatch. Every gold line must have exactly the dev
fields; its `doc` must be a page in pages/ or, for crawler-record files there (`*.jsonl`, one JSON
object a line, and `*.csv` with a header row, each record with url, title, published, content), a
record's https `url`; its `sentence` must occur verbatim in that page's text (UTF-8, GBK or Big5,
tag-stripped for HTML) or record's content; its `trigger` in the sentence; types, modes, contexts,
factuality and actor codes valid per ONTOLOGY.md; dates fitting their precision.
"""
import csv
import html
import io
import json
import os
import re
import sys
from collections import Counter

FIELDS = ['doc', 'event_type', 'mode', 'contexts', 'source', 'target', 'date', 'date_end',
          'date_precision', 'location', 'factuality', 'trigger', 'sentence', 'note']
RECORD_FIELDS = ['url', 'title', 'published', 'content']
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
# Codes every set accepts; each set's validate_gold.py adds the ones its own gold needs.
ORGS = {'NATO', 'NATO-MIL', 'UN', 'UNSC', 'ASEAN', 'EU', 'QUAD', 'AP4', 'IPEF', 'G20', 'APEC',
        'SCO', 'BRICS', 'AU', 'G7'}
# ISO 3166-1 alpha-3 codes (every country code the first set uses, plus common neighbours).
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
COMMON = set('的是在了不和有这這个個国國年月日会會说說表示将將与與对對')


def decode(raw):
    """UTF-8, else the strict GBK or Big5 decoding with more common Chinese characters."""
    try:
        return raw.decode('utf-8')
    except UnicodeDecodeError:
        pass
    best, best_score = None, -1
    for enc in ('gbk', 'big5'):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        score = sum(1 for ch in text if ch in COMMON)
        if score > best_score:
            best, best_score = text, score
    if best is None:
        raise UnicodeDecodeError('utf-8/gbk/big5', raw, 0, len(raw), 'undecodable page')
    return best


def strip_html(text):
    stripped = re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>', '\n', text)
    return html.unescape(re.sub(r'<[^>]+>', '\n', stripped))


def looks_html(text):
    return bool(re.search(r'(?i)<(p|div|html|br|span)\b', text))


def page_text(pages, doc):
    text = decode(open(os.path.join(pages, doc), 'rb').read())
    if doc.endswith(('.html', '.htm')):
        return strip_html(text)
    return text


def read_records(pages, name, errors):
    """Records of a crawler file: list of dicts with RECORD_FIELDS."""
    text = decode(open(os.path.join(pages, name), 'rb').read())
    records = []
    if name.endswith('.jsonl'):
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                errors.append(f'{name} line {n}: not JSON ({exc})')
    else:
        records = list(csv.DictReader(io.StringIO(text, newline='')))
    for r in records:
        if sorted(r.keys()) != sorted(RECORD_FIELDS):
            errors.append(f'{name}: record fields {list(r.keys())}')
        if not str(r.get('url', '')).startswith('https://'):
            errors.append(f'{name}: record url must start with https://: {r.get("url")}')
        pub = str(r.get('published', ''))
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?)?', pub):
            errors.append(f'{name}: record published not ISO / "YYYY-MM-DD HH:MM": {pub}')
    return records


def code_ok(code, iso3, orgs):
    if code in orgs:
        return True
    m = re.fullmatch(r'([A-Z]{3})(?:-([A-Z]{3}))?', code)
    return bool(m) and m.group(1) in iso3 and (m.group(2) is None or m.group(2) in SECTORS)


def load_docs(pages, errors):
    """doc id -> cleaned text; record files contribute one doc per record (id = url)."""
    docs, record_files = {}, {}
    for name in sorted(os.listdir(pages)):
        if name.endswith(('.jsonl', '.csv')):
            recs = read_records(pages, name, errors)
            record_files[name] = [r.get('url') for r in recs]
            for r in recs:
                content = str(r.get('content', ''))
                if r.get('url') in docs:
                    errors.append(f'{name}: duplicate record url {r.get("url")}')
                docs[r.get('url')] = strip_html(content) if looks_html(content) else content
        else:
            docs[name] = page_text(pages, name)
    return docs, record_files


def main(path, pages, iso3=ISO3, orgs=ORGS):
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
    docs, record_files = load_docs(pages, errors)
    used = set()
    for n, e in events:
        where = f'line {n} ({e.get("doc")})'
        if list(e.keys()) != FIELDS:
            errors.append(f'{where}: fields {list(e.keys())}')
            continue
        doc = e['doc']
        if doc not in docs:
            errors.append(f'{where}: page or record missing')
            continue
        used.add(doc)
        if doc.startswith('http') and not doc.startswith('https://'):
            errors.append(f'{where}: record doc must start with https://')
        if e['sentence'] not in docs[doc]:
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
            if not code_ok(c, iso3, orgs):
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
    without = [d for d in docs if d not in used]
    for msg in errors:
        print('ERROR', msg)
    c = Counter(e['event_type'] for _, e in events)
    n_files = len(os.listdir(pages))
    print(f'{len(events)} events, {len(used)} documents with events, {len(docs)} documents'
          f' ({n_files} files, {sum(len(v) for v in record_files.values())} records in'
          f' {len(record_files)} record files); documents without events: {without or "none"}')
    print(', '.join(f'{k} {v}' for k, v in c.most_common()))
    return 1 if errors else 0


def run(here, extra_iso3=(), extra_orgs=()):
    """Command line of a set's validate_gold.py: [gold.jsonl] [pages_dir], defaults in `here`."""
    args = sys.argv[1:]
    return main(args[0] if args else os.path.join(here, 'gold.jsonl'),
                args[1] if len(args) > 1 else os.path.join(here, 'pages'),
                ISO3 | set(extra_iso3), ORGS | set(extra_orgs))
