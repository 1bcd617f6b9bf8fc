#!/usr/bin/env python3
"""Writes fixtures/rules/<rule-id>/<case>/input.json: one valid and one or more invalid cases per rule,
each a real corpus report (fixtures/corpus) with the one change the case is about.
Expected results (expected.json) are written by `UPDATE_FIXTURES=1 npx vitest run tests/rules.test.ts`
and reviewed by hand. Re-running this script overwrites only the inputs it makes."""
import copy, json, os

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def corpus(name):
    return json.load(open(os.path.join(root, 'fixtures', 'corpus', name + '.json'), encoding='utf-8'))
SEED = corpus('seed-tianmen-2021')
CLEAN = corpus('pingtan-2025')

def write(rule, case, data=None, raw=None, name='input.json'):
    d = os.path.join(root, 'fixtures', 'rules', rule, case)
    os.makedirs(d, exist_ok=True)
    path = os.path.join(d, name)
    if raw is not None:
        open(path, 'wb').write(raw)
    else:
        json.dump(data, open(path, 'w', encoding='utf-8'), ensure_ascii=False, indent=2)

def mod(base, fn):
    d = copy.deepcopy(base)
    fn(d)
    return d

def sec(d, number):
    return next(s for s in d['sections'] if s['heading'].startswith(number))

# Sections
write('section-missing', 'valid-all-six', CLEAN)
write('section-missing', 'invalid-no-section-6', mod(CLEAN, lambda d: d['sections'].pop()))
write('section-order', 'valid-template-order', CLEAN)
write('section-order', 'invalid-2-and-3-swapped', mod(CLEAN, lambda d: d['sections'].insert(1, d['sections'].pop(2))))
write('section-order', 'invalid-duplicate', mod(CLEAN, lambda d: d['sections'].append(copy.deepcopy(d['sections'][4]))))
write('section-title', 'valid-template-titles', CLEAN)
write('section-title', 'invalid-seed-heading-5', SEED)
def typo(d): sec(d, '四')['heading'] = '四、政府信息公开行政法复议、行政诉讼情况'
write('section-title', 'invalid-typo-heading-4', mod(CLEAN, typo))
def plan(d): sec(d, '五')['heading'] = '五、存在的主要问题及明年工作计划'
write('section-title', 'invalid-plan-heading-5', mod(CLEAN, plan))
write('section-empty', 'valid-texts', CLEAN)
def empty5(d): sec(d, '五')['text'] = ''
write('section-empty', 'invalid-empty-section-5', mod(CLEAN, empty5))
write('section-unknown', 'valid-six-sections', CLEAN)
write('section-unknown', 'invalid-extra-heading', mod(CLEAN, lambda d: d['sections'].append({'heading': '七、附件', 'text': '附件：统计表'})))
# Format and year
write('format-superseded', 'valid-2019-format-for-2020', corpus('pingtan-2020'))
def y2022(d): d['year'] = 2022; d['title'] = d['title'].replace('2020', '2022')
write('format-superseded', 'invalid-2019-format-for-2022', mod(corpus('pingtan-2020'), y2022))
write('report-year', 'valid-year', CLEAN)
def noyear(d): d.pop('year'); d['title'] = '平潭综合实验区政府信息公开工作年度报告'; d.pop('period', None)
write('report-year', 'invalid-no-year', mod(CLEAN, noyear))
# Tables: completeness
write('table-missing', 'valid-three-tables', CLEAN)
write('table-missing', 'invalid-no-table-4', mod(CLEAN, lambda d: d['tables'].pop('t4')))
write('cell-missing', 'valid-complete', CLEAN)
def holes(d): d['tables']['t3'].pop('other_unpaid_fee'); d['tables']['t2']['regulations'].pop('repealed')
write('cell-missing', 'invalid-row-and-cell', mod(CLEAN, holes))
write('cell-blank', 'valid-zeros', CLEAN)
def blanks(d): d['tables']['t3']['denied_query']['research'] = '/'; d['tables']['t4']['suit_direct']['pending'] = None; d['tables']['t2']['licensing']['decisions'] = '—'
write('cell-blank', 'invalid-placeholders-and-blank', mod(CLEAN, blanks))
write('table-extra', 'valid-official-rows', CLEAN)
def extra(d): d['tables']['t2']['其他主动公开文件'] = {'issued': 3}; d['tables']['t3']['new']['法人或其他组织小计'] = 0
write('table-extra', 'invalid-extra-row-and-column', mod(CLEAN, extra))
# Tables: value domains
write('cell-not-number', 'valid-numbers', CLEAN)
def text(d): d['tables']['t3']['granted']['natural'] = '约3'; d['tables']['t4']['review']['other'] = '见说明'
write('cell-not-number', 'invalid-text-in-cells', mod(CLEAN, text))
write('cell-unit', 'valid-no-units', CLEAN)
def unit(d): d['tables']['t4']['review']['upheld'] = '0件'
write('cell-unit', 'invalid-unit-in-count', mod(CLEAN, unit))
write('value-negative', 'valid-2019-signed-change', corpus('pingtan-2020'))
def neg(d): d['tables']['t3']['unable_not_held']['natural'] = -1
write('value-negative', 'invalid-negative-count', mod(CLEAN, neg))
write('value-not-integer', 'valid-decimal-fee', corpus('pingtan-2021'))
def frac(d): d['tables']['t2']['penalty']['decisions'] = 12.5
write('value-not-integer', 'invalid-fraction-count', mod(CLEAN, frac))
write('amount-unit', 'valid-wan-yuan', corpus('pingtan-2021'))
def yuan(d): d['tables']['t2']['fees']['fee_amount'] = '12000元'
write('amount-unit', 'invalid-yuan', mod(CLEAN, yuan))
# 2019 format: 采购总金额 has no unit in the template and is read in 元 (as pingtan-2019 writes it);
# one written in 万元 is converted and reported.
def proc(text): return lambda d: d['tables']['t2']['procurement'].__setitem__('procurement_amount', text)
write('amount-unit', 'valid-2019-procurement-yuan', mod(corpus('pingtan-2019'), proc('75394432.52元')))
write('amount-unit', 'invalid-2019-procurement-wan-yuan', mod(corpus('pingtan-2019'), proc('7539.443252万元')))
# Sums
write('table3-balance', 'valid-balanced', CLEAN)
write('table3-balance', 'invalid-counted-twice', corpus('pingtan-police-2021'))
write('table3-results-total', 'valid-results-add-up', CLEAN)
write('table3-results-total', 'invalid-pingtan-2020', corpus('pingtan-2020'))
write('table3-results-total', 'invalid-total-row-zero', corpus('pingtan-econdev-2024'))
write('table3-row-total', 'valid-rows-add-up', CLEAN)
def rowoff(d): d['tables']['t3']['granted']['commercial'] += 1
write('table3-row-total', 'invalid-one-more-commercial', mod(CLEAN, rowoff))
# A cell that is text, not a number: the row cannot be checked (a blank would count as 0, below).
def gap(d): d['tables']['t3']['granted']['commercial'] = '不详'
write('table3-row-total', 'invalid-gap-cannot-check', mod(CLEAN, gap))
write('table4-row-total', 'valid-groups-add-up', CLEAN)
def t4off(d): d['tables']['t4']['suit_after_review']['corrected'] += 1
write('table4-row-total', 'invalid-corrected-not-in-total', mod(CLEAN, t4off))
# Zeros left blank (SPEC §9 item 3; #17): every 0 of tables 三 and 四 left empty or written "-", "/", "—". The
# blanks count as 0 in the sums (cell-blank reports them), so the sums are still checked: all hold; one
# figure changed among the blanks breaks its row and column, found with the note that blanks counted as 0;
# a 总计 left blank beside filled columns cannot be checked.
def zeros_blank(d):
    marks = [None, '-', None, '/', None, '—']
    k = 0
    for t in ('t3', 't4'):
        for row in d['tables'][t].values():
            for col, v in row.items():
                if v == 0:
                    row[col] = marks[k % len(marks)]
                    k += 1
BLANK_ZEROS = mod(CLEAN, zeros_blank)
for rule in ('table3-balance', 'table3-results-total', 'table3-row-total', 'table4-row-total'):
    write(rule, 'valid-zeros-left-blank', BLANK_ZEROS)
def break_granted(d): d['tables']['t3']['granted']['natural'] += 1
write('table3-row-total', 'invalid-sum-break-among-blanks', mod(BLANK_ZEROS, break_granted))
write('table3-results-total', 'invalid-sum-break-among-blanks', mod(BLANK_ZEROS, break_granted))
def break_review(d): d['tables']['t4']['suit_direct']['upheld'] += 1
write('table4-row-total', 'invalid-sum-break-among-blanks', mod(BLANK_ZEROS, break_review))
def total_blank(d): d['tables']['t3']['granted']['total'] = None
write('table3-row-total', 'invalid-total-left-blank', mod(BLANK_ZEROS, total_blank))
# The text against a table whose zeros are blank and whose 予以公开 总计 is blank too: that 总计 is read as
# its row (22 + blanks), so the text's 42 (予以公开 22 + 部分公开 20) agrees, and a 45 does not. (The valid case
# also says 470 where the report's own text says 393 现行有效 documents, its real slip against table 二.)
NARRATIVE = corpus('pingtan-2023')
def narrative_blank(d):
    zeros_blank(d)
    d['tables']['t3']['granted']['total'] = None
def narrative_agrees(d):
    narrative_blank(d)
    s1 = sec(d, '一')
    assert s1['text'].count('现行有效行政规范性文件393件') == 1
    s1['text'] = s1['text'].replace('现行有效行政规范性文件393件', '现行有效行政规范性文件470件')
write('narrative-figure', 'valid-total-left-blank', mod(NARRATIVE, narrative_agrees))
def narrative_slip(d):
    narrative_blank(d)
    s1 = sec(d, '一')
    assert s1['text'].count('予以公开及部分公开42件') == 1
    s1['text'] = s1['text'].replace('予以公开及部分公开42件', '予以公开及部分公开45件')
write('narrative-figure', 'invalid-total-left-blank', mod(NARRATIVE, narrative_slip))
# Content required by the 2021 format
write('fee-report', 'valid-fee-sentence', CLEAN)
def nofee(d): sec(d, '六')['text'] = '本年度无其他需要报告的事项。'
write('fee-report', 'invalid-no-fee-sentence', mod(CLEAN, nofee))
write('fee-report', 'valid-2019-format', corpus('pingtan-2020'))
write('section1-length', 'valid-short', SEED)
write('section1-length', 'invalid-long', corpus('pingtan-2021'))
write('section5-substance', 'valid-substantial', CLEAN)
def thin(d): sec(d, '五')['text'] = '无。'
write('section5-substance', 'invalid-says-none', mod(CLEAN, thin))
# Input
write('json-schema', 'valid-normalized', CLEAN)
def bad(d): d['schemaVersion'] = '1'; d['year'] = '2025年'; d['sections'][0]['text'] = 42
write('json-schema', 'invalid-types', mod(CLEAN, bad))
write('json-schema', 'invalid-syntax', raw=b'{"schemaVersion": 1, "sections": [,]}\n')
write('json-unknown-key', 'valid-known-keys', CLEAN)
write('json-unknown-key', 'invalid-misspelt-key', mod(CLEAN, lambda d: d.__setitem__('agnecy', '某局')))
write('json-forbidden-key', 'valid-no-forbidden-keys', CLEAN)
raw = json.dumps(CLEAN, ensure_ascii=False, indent=2).replace('"tables": {', '"tables": {\n    "__proto__": {"polluted": 1},', 1)
raw = raw.replace('"schemaVersion": 1,', '"schemaVersion": 1,\n  "constructor": {"prototype": {"polluted": 1}},', 1)
write('json-forbidden-key', 'invalid-proto-keys', raw=raw.encode('utf-8'))
write('read-error', 'valid-readable', CLEAN)
write('read-error', 'invalid-not-utf8', raw=b'{"schemaVersion": 1, "title": "\xb9\xab\xbf\xaa"}')
write('read-error', 'invalid-unsupported-type', raw=b'not an OFD file\n', name='input.ofd')
# Table labels: the official-layout page of a corpus report (node bin/gongkai.js convert --to html; needs
# npm run build), one row label with a dropped word, as a real report PDF prints it.
import subprocess
page = subprocess.run(['node', os.path.join(root, 'bin', 'gongkai.js'), 'convert', os.path.join(root, 'fixtures', 'corpus', 'pingtan-2022.json'), '--to', 'html'],
                      check=True, capture_output=True).stdout.decode('utf-8')
assert page.count('2.其他法律行政法规禁止公开') == 1
write('table-label', 'valid-official-labels', raw=page.encode('utf-8'), name='input.html')
write('table-label', 'invalid-word-dropped', raw=page.replace('2.其他法律行政法规禁止公开', '2.其他法律行政止公开').encode('utf-8'), name='input.html')
# Mixed layouts (#17 items 1, 2): a 2021 report with one table in the 2019 layout — table 三 with the single
# （六）其他处理 row (the sum of its three 2021 rows, as the real reports that do it print), as JSON and as the
# official-layout page made from it; table 二 with the 2019 columns (those of pingtan-2020), as JSON.
MIXED = corpus('pingtan-2022')
def single_other(d):
    t3 = d['tables']['t3']
    parts = [t3.pop(k) for k in ('other_no_correction', 'other_unpaid_fee', 'other_other')]
    rows = list(t3.items())
    at = next(i for i, (k, _) in enumerate(rows) if k == 'total')
    merged = {c: sum(p[c] for p in parts) for c in parts[0]}
    d['tables']['t3'] = dict(rows[:at] + [('other_handling', merged)] + rows[at:])
write('table-layout', 'valid-one-format', MIXED)
write('table-layout', 'invalid-t3-single-other-row', mod(MIXED, single_other))
def old_t2(d): d['tables']['t2'] = copy.deepcopy(corpus('pingtan-2020')['tables']['t2'])
write('table-layout', 'invalid-t2-2019-columns', mod(MIXED, old_t2))
page = subprocess.run(['node', os.path.join(root, 'bin', 'gongkai.js'), 'convert', os.path.join(root, 'fixtures', 'rules', 'table-layout', 'invalid-t3-single-other-row', 'input.json'), '--to', 'html'],
                      check=True, capture_output=True).stdout
write('table-layout', 'invalid-t3-single-other-row-page', raw=page, name='input.html')
print('ok')
