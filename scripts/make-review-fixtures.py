#!/usr/bin/env python3
"""Writes the rule fixtures of what reviewers grade (issue #20): fixtures/rules/<rule-id>/<case>/input.json
(and previous.json, the same agency's report of the year before, for the year-over-year rules), each made
from real corpus reports (fixtures/corpus): the reports as published (valid: no finding) and the same
reports with the one thing the case is about planted. Expected results (expected.json) are written by
`UPDATE_FIXTURES=1 npx vitest run tests/rules.test.ts` and reviewed by hand. Re-running this script
overwrites only the inputs it makes."""
import copy, json, os, re

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def corpus(name):
    return json.load(open(os.path.join(root, 'fixtures', 'corpus', name + '.json'), encoding='utf-8'))

def write(rule, case, data, name='input.json'):
    d = os.path.join(root, 'fixtures', 'rules', rule, case)
    os.makedirs(d, exist_ok=True)
    json.dump(data, open(os.path.join(d, name), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)

def sec(d, number):
    return next(s for s in d['sections'] if s['heading'].startswith(number))

def next_year(text, year):
    """Last year's text as if written a year later: every year moved on by one."""
    return re.sub(r'(20\d\d)', lambda m: str(int(m.group(1)) + 1) if int(m.group(1)) in (year - 1, year) else m.group(1), text)

# yoy-text-repeat: pingtan 2023 → 2024 as published (the texts were rewritten), and 2024 with sections 一 and
# 五 of 2023 again, only the years moved on and a few figures changed.
P23, P24 = corpus('pingtan-2023'), corpus('pingtan-2024')
write('yoy-text-repeat', 'valid-rewritten', P24)
write('yoy-text-repeat', 'valid-rewritten', P23, 'previous.json')
planted = copy.deepcopy(P24)
for n in ('一', '五'):
    old = sec(P23, n)['text']
    sec(planted, n)['text'] = re.sub(r'(\d+)(?=件|条|期|次|场)', lambda m: str(int(m.group(1)) + 3), next_year(old, 2023))
write('yoy-text-repeat', 'invalid-last-year-again', planted)
write('yoy-text-repeat', 'invalid-last-year-again', P23, 'previous.json')
# yoy-tables-unchanged: pingtan 2023 → 2024 as published (8 of 41 non-zero figures the same), and 2024 with
# the tables of 2023 (only the year changed), then with two figures of table 二 changed as well.
write('yoy-tables-unchanged', 'valid-new-figures', P24)
write('yoy-tables-unchanged', 'valid-new-figures', P23, 'previous.json')
same = copy.deepcopy(P24)
same['tables'] = copy.deepcopy(P23['tables'])
write('yoy-tables-unchanged', 'invalid-tables-of-last-year', same)
write('yoy-tables-unchanged', 'invalid-tables-of-last-year', P23, 'previous.json')
nearly = copy.deepcopy(same)
nearly['tables']['t2']['normative_documents']['issued'] += 5
nearly['tables']['t2']['normative_documents']['in_force'] += 5
write('yoy-tables-unchanged', 'invalid-two-figures-changed', nearly)
write('yoy-tables-unchanged', 'invalid-two-figures-changed', P23, 'previous.json')
# table3-other-share: pingtan-2025 (11 of 148 results other handling, 7 %) and pingtan-2020 (2019 format,
# 4 of 21) as published; planted, 40 applications moved from 本机关不掌握相关政府信息 to 3.其他 (51 of 148,
# 34 %), and in the 2019 format 3 moved from 予以公开 to （六）其他处理 (7 of 21, 33 %) — every sum still holds.
def move(d, src, dst, n):
    t3 = d['tables']['t3']
    for col in ('natural', 'total'):
        t3[src][col] -= n
        t3[dst][col] += n
P25, P20 = corpus('pingtan-2025'), corpus('pingtan-2020')
write('table3-other-share', 'valid-few-other', P25)
write('table3-other-share', 'valid-2019-format', P20)
planted = copy.deepcopy(P25)
move(planted, 'unable_not_held', 'other_other', 40)
write('table3-other-share', 'invalid-other-dominates', planted)
planted = copy.deepcopy(P20)
move(planted, 'granted', 'other_handling', 3)
write('table3-other-share', 'invalid-2019-other-handling', planted)
# batch-copied-text: 公安局 2024 checked with 财政金融局 2023 and 管委会办公室 2025 as published (no finding), and
# with section 一 of 财政金融局 2023 as its own (names and years changed to 公安局's 2024), the others beside
# it in the run (batch-*.json). The 条例 preamble in every section 一 alone is no copy.
FIN, POL, OFF = corpus('pingtan-finance-2023'), corpus('pingtan-police-2024'), corpus('pingtan-office-2025')
write('batch-copied-text', 'valid-own-texts', POL)
write('batch-copied-text', 'valid-own-texts', FIN, 'batch-finance-2023.json')
write('batch-copied-text', 'valid-own-texts', OFF, 'batch-office-2025.json')
planted = copy.deepcopy(POL)
sec(planted, '一')['text'] = re.sub('平潭综合实验区财政金融局|财政金融局', lambda m: m.group(0).replace('财政金融局', '公安局'), sec(FIN, '一')['text']).replace('2023', '2024')
write('batch-copied-text', 'invalid-section-1-of-another-agency', planted)
write('batch-copied-text', 'invalid-section-1-of-another-agency', FIN, 'batch-finance-2023.json')
write('batch-copied-text', 'invalid-section-1-of-another-agency', OFF, 'batch-office-2025.json')
PREAMBLE = '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）、《福建省政府信息公开办法》及区管委会办公室关于做好政府信息公开工作年度报告编制公布工作的要求，现编制完成了本报告。'
def with_preamble(d):
    d = copy.deepcopy(d)
    sec(d, '一')['text'] = PREAMBLE + '\n' + sec(d, '一')['text']
    return d
write('batch-copied-text', 'valid-same-preamble', with_preamble(POL))
write('batch-copied-text', 'valid-same-preamble', with_preamble(FIN), 'batch-finance-2023.json')
write('batch-copied-text', 'valid-same-preamble', with_preamble(OFF), 'batch-office-2025.json')
# report-late: the published pages (page.txt with the site's header: 发布时间), on time as published, and with
# the date moved after the deadline — a department's (公安局 2024: 1月31日) and a government's (平潭 2023:
# 3月31日, on time though after a department's); a local deadline in the case's config (管委会办公室 2025,
# published 2026-01-30, against 01-28); a date given by the config's pattern for a JSON report.
def page(name):
    return open(os.path.join(root, 'fixtures', 'corpus-pages', name, 'page.txt'), 'rb').read()
def redate(raw, old, new):
    assert raw.count(old.encode()) == 1, old
    return raw.replace(old.encode(), new.encode())
def write_raw(rule, case, raw, name):
    d = os.path.join(root, 'fixtures', 'rules', rule, case)
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, name), 'wb').write(raw)
write_raw('report-late', 'valid-department-on-time', page('pingtan-police-2024'), 'input.txt')
write_raw('report-late', 'invalid-department-after-january', redate(page('pingtan-police-2024'), '发布时间: 2025-01-20', '发布时间: 2025-02-15'), 'input.txt')
write_raw('report-late', 'valid-government-in-march', page('pingtan-2023'), 'input.txt')
write_raw('report-late', 'invalid-government-after-march', redate(page('pingtan-2023'), '发布时间: 2024-03-08', '发布时间: 2024-04-08'), 'input.txt')
write_raw('report-late', 'invalid-local-deadline', page('pingtan-office-2025'), 'input.txt')
write_raw('report-late', 'invalid-local-deadline', b'{ "options": { "report-late": { "deadline": "01-28" } } }\n', 'gongkai.config.json')
write('report-late', 'invalid-date-from-config', corpus('pingtan-econdev-2024'))
write_raw('report-late', 'invalid-date-from-config', b'{ "options": { "report-late": { "published": { "*.json": "2025-03-02" } } } }\n', 'gongkai.config.json')
print('ok')
