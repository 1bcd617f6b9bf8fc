#!/usr/bin/env python3
"""Builds a normalized-JSON report from a corpus entry (truth.json figures + page.txt section texts).

Used once to make samples/ and fixtures/; kept so the fixtures can be regenerated and reviewed.
Usage: scripts/truth-to-json.py fixtures/corpus-pages/seed-tianmen-2021 > samples/tianmen-2021.json
"""
import json, re, sys, os

here = os.path.dirname(os.path.abspath(__file__))
fmt_dir = os.path.join(here, '..', 'schemas', 'format')
entry = sys.argv[1]
truth = json.load(open(os.path.join(entry, 'truth.json'), encoding='utf-8'))
fmt = truth['format']

def load(name):
    return json.load(open(os.path.join(fmt_dir, name), encoding='utf-8'))

def applies(x):
    return 'formats' not in x or fmt in x['formats']

t2 = load(f'table2-{fmt}.json'); t3 = load('table3.json'); t4 = load('table4.json')
def by_label(items, label):
    for i in items:
        if i['label'] == label or label in i.get('variants', []):
            return i['id']
    raise SystemExit(f'no id for label {label!r}')

tables = {'t2': {}, 't3': {}, 't4': {}}
for row_label, cols in truth['table2'].items():
    rid = by_label(t2['rows'], row_label)
    tables['t2'][rid] = {by_label(t2['columns'], c): v for c, v in cols.items()}
t3rows = [r for r in t3['rows'] if applies(r)]
t3cols = [c['id'] for c in t3['columns']]
for row_label, values in truth['table3'].items():
    rid = by_label(t3rows, row_label.split('/')[-1])
    tables['t3'][rid] = dict(zip(t3cols, values))
t4cols = [c['id'] for c in t4['columns']]
for row_label, values in truth['table4'].items():
    tables['t4'][by_label(t4['rows'], row_label)] = dict(zip(t4cols, values))

# Section texts. The seed has one line per paragraph; the Pingtan pages are one flattened line after a
# metadata header. Both are split at the six top-level headings: the template titles and variants in
# schemas/format/sections.json, numbered 一、…六、.
raw = open(os.path.join(entry, 'page.txt'), encoding='utf-8').read()
title = raw.split('\n')[0].strip()
if title.startswith('标题:'):
    title = title[3:].strip()
body = raw.split('==================== 正文 ====================')[-1]
spec = load('sections.json')['sections']
heads = []
pos = 0
for sec in spec:
    names = [sec['title']] + sec['variants']
    best = None
    for n in names:
        for m in re.finditer(re.escape(sec['number'] + '、' + n.rstrip('。')), body[pos:]):
            if best is None or m.start() < best[0]:
                best = (m.start(), m.end())
            break
    if best is None:
        continue
    heads.append((pos + best[0], pos + best[1], body[pos + best[0]:pos + best[1]], sec['kind']))
    pos = pos + best[1]
sections = []
for k, (start, end, heading, kind) in enumerate(heads):
    stop = heads[k + 1][0] if k + 1 < len(heads) else len(body)
    text = body[end:stop]
    text = re.split(r'扫一扫', text)[0]
    text = '\n'.join(l.strip() for l in text.split('\n') if l.strip())
    if kind == 'table':
        text = ''  # the table's cells are in tables
    sections.append({'heading': heading, 'text': text.strip()})
lines = raw.split('\n')
period = re.search(r'本报告[^。]{0,12}(?:统计时间|统计期限)[^。]*', raw)
out = {
    '$schema': 'https://gongkai.dev/schemas/report.schema.json',
    'schemaVersion': 1, 'format': fmt, 'title': title, 'agency': truth['agency'], 'year': truth['year'],
    'sections': sections, 'tables': tables,
}
if period:
    out['period'] = {'text': period.group(0), 'from': f"{truth['year']}-01-01", 'to': f"{truth['year']}-12-31"}
json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
print()
