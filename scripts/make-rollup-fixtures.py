#!/usr/bin/env python3
"""Writes the fixtures of batch-rollup (issue #20 item 8): fixtures/rules/batch-rollup/<case>/ with the summary
report as input.json and its units beside it as batch-*.json (checked in one run by tests/support/rule-fixtures.ts),
and the case's gongkai.config.json when the rollup is declared. The units are real department reports of one
year as published (平潭综合实验区经济发展局 and 管委会办公室 2022, fixtures/corpus); the summary is the real
平潭综合实验区 2022 report (its own sections and title) with tables that are the units' sum — exact, then with
differences planted. Expected results (expected.json) are written by
`UPDATE_FIXTURES=1 npx vitest run tests/rules.test.ts -t batch-rollup` and reviewed by hand. Re-running this
script overwrites only the files it makes."""
import copy, json, os

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def corpus(name):
    return json.load(open(os.path.join(root, 'fixtures', 'corpus', name + '.json'), encoding='utf-8'))

def write(case, data, name='input.json'):
    d = os.path.join(root, 'fixtures', 'rules', 'batch-rollup', case)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), 'w', encoding='utf-8') as f:
        if isinstance(data, str):
            f.write(data)
        else:
            json.dump(data, f, ensure_ascii=False, indent=2)

def summed(units):
    """The tables of the units added cell by cell (every cell of these reports holds a number)."""
    out = copy.deepcopy(units[0]['tables'])
    for t, rows in out.items():
        for r, cols in rows.items():
            for c in cols:
                values = [u['tables'][t][r][c] for u in units]
                assert all(isinstance(v, (int, float)) for v in values), (t, r, c)
                cols[c] = round(sum(values), 6)
    return out

ECON, OFF, P22 = corpus('pingtan-econdev-2022'), corpus('pingtan-office-2022'), corpus('pingtan-2022')
UNITS = {'batch-econdev-2022.json': ECON, 'batch-office-2022.json': OFF}
SUMMARY = copy.deepcopy(P22)
SUMMARY['tables'] = summed(list(UNITS.values()))
# The summary as its page names it: the summary words are the report's own (section 一: 全区共主动公开政府信息…).
SUMMARY['agency'] = '平潭综合实验区'
assert '全区共主动公开政府信息14571条' in SUMMARY['sections'][0]['text']
DECLARED = '{ "rollup": [{ "summary": "input.json", "units": ["batch-*.json"] }] }\n'

def case(name, summary, config=None):
    write(name, summary)
    for file, unit in UNITS.items():
        write(name, unit, file)
    if config:
        write(name, config, 'gongkai.config.json')

# Declared, the summary the exact sum of its units: nothing to say.
case('valid-declared-exact', SUMMARY, DECLARED)
# Declared, differences planted: 行政规范性文件 现行有效 10 more than the units' 94 (a summary above its units: only
# a declaration shows it), and the one 未经复议直接起诉 case (结果维持, 总计) of 管委会办公室 left out.
planted = copy.deepcopy(SUMMARY)
planted['tables']['t2']['normative_documents']['in_force'] += 10
planted['tables']['t4']['suit_direct']['upheld'] -= 1
planted['tables']['t4']['suit_direct']['total'] -= 1
case('invalid-declared-difference', planted, DECLARED)
# Undeclared: the summary's own words and its departments' reports of the same year in the run. As published
# (the real 2022 summary, which is more than these two departments) nothing; planted as above, only the cells
# where the departments add up to MORE than the summary (表四), as info.
case('valid-undeclared-as-published', P22)
case('invalid-undeclared-summary-words', planted)
print('ok')
