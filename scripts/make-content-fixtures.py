#!/usr/bin/env python3
"""Writes the rule fixtures of what sections 一 and 五 say (issue #20 items 5 and 7; schemas/content.json):
fixtures/rules/<rule-id>/<case>/input.json, each a real corpus report (fixtures/corpus) as published, or
with the one thing the case is about planted. Expected results (expected.json) are written by
`UPDATE_FIXTURES=1 npx vitest run tests/rules.test.ts` and reviewed by hand. Re-running this script
overwrites only the inputs it makes."""
import copy, json, os, re

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def corpus(name):
    return json.load(open(os.path.join(root, 'fixtures', 'corpus', name + '.json'), encoding='utf-8'))

def write(rule, case, data):
    d = os.path.join(root, 'fixtures', 'rules', rule, case)
    os.makedirs(d, exist_ok=True)
    json.dump(data, open(os.path.join(d, 'input.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)

def sec(d, number):
    return next(s for s in d['sections'] if s['heading'].startswith(number))

def planted(name, fn):
    d = copy.deepcopy(corpus(name))
    fn(d)
    return d

def cut(text, start, end):
    """The text without the part from `start` up to (not including) `end`, both as written in it once."""
    assert text.count(start) == 1 and text.count(end) == 1, (start, end)
    return text[:text.index(start)] + text[text.index(end):]

# section1-topics: pingtan-2022 (a government's report with all five topics and the results of 工作考核、
# 社会评议、责任追究) and 管委会办公室 2025 (a department's: the five topics) as published; pingtan-2022 without
# its paragraph （二）依申请公开方面; pingtan-2024 as published (a government's report that gives no results
# of 社会评议 or 责任追究); 财政金融局 2021 as published (its section 一 is about 预决算, 采购 and 解读 and says
# nothing of applications or of information management).
write('section1-topics', 'valid-government-all-topics', corpus('pingtan-2022'))
write('section1-topics', 'valid-department-five-topics', corpus('pingtan-office-2025'))
def no_requests(d):
    one = sec(d, '一')
    one['text'] = cut(one['text'], '（二）依申请公开方面', '（三）政府信息管理方面')
write('section1-topics', 'invalid-no-request-paragraph', planted('pingtan-2022', no_requests))
write('section1-topics', 'invalid-government-results-missing', corpus('pingtan-2024'))
write('section1-topics', 'invalid-finance-2021-as-published', corpus('pingtan-finance-2021'))

# section1-figures: 管委会办公室 2025 gives every figure but the responses to public concerns; with a sentence
# giving that one too it gives all; 经济发展局 2024 gives only the items published.
def responses(d):
    one = sec(d, '一')
    at = '有效保障公众获取政府信息的需求。'
    assert one['text'].count(at) == 1
    one['text'] = one['text'].replace(at, at + '全年通过“平潭大家谈”在线访谈等回应社会关切36次。')
write('section1-figures', 'valid-every-figure', planted('pingtan-office-2025', responses))
write('section1-figures', 'invalid-office-2025-no-responses', corpus('pingtan-office-2025'))
write('section1-figures', 'invalid-econdev-2024-items-only', corpus('pingtan-econdev-2024'))

# section5-specific: pingtan-2025 as published (problems, then 下一步整改措施：一是 … 二是 … 三是 …); its section 五 with
# only generic phrases (the wording of a section that says nothing: 进一步加强, 不断提高, 持续推进, 切实做好); only its
# measures; only its problems; 经济发展局 2024 as published (its measures one sentence, not itemised).
GENERIC = ('2025年，我区政府信息公开工作取得了一定成效，但仍存在一些不足。下一步，我区将进一步加强政府信息公开工作，'
           '不断提高政务公开质量和水平，持续推进政务公开标准化规范化建设，切实做好政府信息公开各项工作。')
write('section5-specific', 'valid-problems-and-itemised-measures', corpus('pingtan-2025'))
def generic(d): sec(d, '五')['text'] = GENERIC
write('section5-specific', 'invalid-generic-phrases-only', planted('pingtan-2025', generic))
MEASURES_AT = '下一步整改措施：'
def measures_only(d):
    five = sec(d, '五')
    assert five['text'].count(MEASURES_AT) == 1
    five['text'] = five['text'][five['text'].index(MEASURES_AT):]
write('section5-specific', 'invalid-measures-only', planted('pingtan-2025', measures_only))
def problems_only(d):
    five = sec(d, '五')
    five['text'] = five['text'][:five['text'].index(MEASURES_AT)]
write('section5-specific', 'invalid-problems-only', planted('pingtan-2025', problems_only))
write('section5-specific', 'invalid-econdev-2024-not-itemised', corpus('pingtan-econdev-2024'))
