/**
 * Spaces beside numbers in the report's text ("受理政府信息公开申请 17 件", "2024 年", "政府集中采购 2 笔"): Word
 * and WPS documents carry them, typed or set around the digits, and so do their PDFs' text layers (the real
 * report PDF that tests/readers-pdf-real.test.ts reads when it is there, kept outside the project, says
 * "区政府办代表区政府受理政府信息公开申请 17 件" — against 95 in its table 三, a mismatch its hand-checked truth
 * names). gongkai read such phrases only without the spaces: the mismatch
 * went unreported, a glued table-二 row lost the sentence that settles its split, section 一 was said to
 * leave out 主动公开 ("公开公安政府信息 184 条"), and in flattened text "一、概述 2020 年，…" was no heading.
 *
 * Each corpus report, with a space put between every number and the Chinese text beside it (in its prose;
 * in the flattened text form its tables too), must give the same findings as the report as published: as
 * flattened text, as a web page and as Word; and through the CLI.
 *
 * Full-width digits (typed in 全角 mode: "１.属于国家秘密０００００００２.其他…") likewise: the flattened text's
 * tables were read as if "２." belonged to the row before (extract-failed on every row of table 三).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { tightened } from '../src/analysis/narrative-text.js';
import { valueRun, withoutTrailingProse } from '../src/readers/split.js';
import { findHeadings, findMeta, lineLocator } from '../src/readers/textlayout.js';
import { publishedOnPage } from '../src/analysis/published.js';
import { corpusNames } from './support/corpus.js';
import { publishedFromCorpus, type Published } from './support/publish.js';
import { findingKeys, utf8, webAndWordKeys } from './support/same-findings.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/gongkai.js');

/** Chinese characters and full-width marks a number may stand beside. */
const CJK = '\\u3400-\\u9fff\\uff01-\\uff5e“”（）：，。、；';
/** A space between every number and the Chinese text beside it, as a Word document may have them. */
const spaced = (t: string): string =>
  t.replace(new RegExp(`([${CJK}])([0-9][0-9.,]*)`, 'gu'), '$1 $2').replace(new RegExp(`([0-9])([${CJK}])`, 'gu'), '$1 $2');
const spacedPublished = (p: Published): Published => ({ ...p, preamble: spaced(p.preamble), sections: p.sections.map((s) => ({ ...s, text: spaced(s.text) })) });

describe('spaces beside numbers', () => {
  it('are taken out for matching phrases, and offsets found without them lead back to the text', () => {
    const s = '2024 年，区政府办受理政府信息公开申请 17 件，占 50 %；文件 20 155 份，A 3 级。';
    const t = tightened(s);
    expect(t.text).toBe('2024年，区政府办受理政府信息公开申请17件，占50%；文件20 155份，A 3级。');
    const at = t.text.indexOf('17件');
    expect(s.slice(t.at(at), t.end(at + 2))).toBe('17');
    expect(s.slice(t.at(at), t.end(at + 3))).toBe('17 件');
    expect(t.at(t.text.length)).toBe(s.length);
    // A text without such spaces is itself.
    const plain = tightened('申请17件');
    expect(plain.text).toBe('申请17件');
    expect(plain.at(2)).toBe(2);
  });

  it('in flattened text: a count with its unit after a space is one cell, a year after a space is prose, a heading before a spaced year is found', () => {
    const row = '政府集中采购 2 笔 984361 元 三、收到';
    expect(valueRun(row, 7).tokens.map((t) => t.text)).toEqual(['2笔', '984361元']);
    const last = '继续办理 20000022025 年，我局';
    const tokens = valueRun(last, 5).tokens;
    expect(withoutTrailingProse(tokens, 7, last).map((t) => t.text)).toEqual(['2000002']);
    const text = '根据条例编制本报告。一、概述 2020 年，我局高度重视政府信息公开工作。二、主动公开政府信息情况 见下表。';
    expect(findHeadings(text).map((h) => h.heading)).toEqual(['一、概述', '二、主动公开政府信息情况']);
  });

  const names = corpusNames();
  it.each(names)('%s: the same findings as published, as flattened text', async (name) => {
    const page = readFileSync(join(ROOT, 'fixtures/corpus-pages', name, 'page.txt'), 'utf8');
    expect(spaced(page)).not.toBe(page);
    expect(await findingKeys('page.txt', utf8(spaced(page)))).toEqual(await findingKeys('page.txt', utf8(page)));
  });

  it.each(names)('%s: the same findings as published, as a web page and as Word', async (name) => {
    const p = publishedFromCorpus(name);
    const s = spacedPublished(p);
    expect(await webAndWordKeys(s)).toEqual(await webAndWordKeys(p));
  });
});

describe('spaces beside numbers, through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-digit-spaces-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a text that says 34 applications against 32 in table 三 is reported, in Chinese and in English', () => {
    // pingtan-office-2025 says "2025年，实验区管委会（办公室）…收到…申请34件"; its table 三 has 32.
    const file = join(dir, 'office-2025.txt');
    writeFileSync(file, spaced(readFileSync(join(ROOT, 'fixtures/corpus-pages/pingtan-office-2025/page.txt'), 'utf8')));
    const zh = spawnSync(process.execPath, [BIN, 'check', file, '-f', 'json'], { encoding: 'utf8' });
    expect(zh.status).toBe(0); // warnings only
    const found = (JSON.parse(zh.stdout) as { files: { diagnostics: Diagnostic[] }[] }).files[0]!.diagnostics.filter((d) => d.ruleId === 'narrative-figure');
    expect(found.map((d) => d.message)).toEqual([expect.stringMatching(/^正文写收到的政府信息公开申请为 34件，但表三“一、本年新收政府信息公开申请数量”总计为 32：“.*申请 34 件/u)]);
    expect(found[0]!.location.cell).toBe('t3.new.total');
    const en = spawnSync(process.execPath, [BIN, 'check', file, '--lang', 'en', '-f', 'pretty'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(en.stdout).toMatch(/The text gives applications received as 34件, but table 三 "一、本年新收政府信息公开申请数量" \/ 总计 is 32/u);
  });
});

describe('full-width digits', () => {
  const fullWidth = (t: string): string => t.replace(/[0-9]/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  it('the year of a title, the period and the date a page was published, typed in full width', () => {
    const text = fullWidth('标题: 平潭综合实验区投资促进局2025年度政府信息公开工作年度报告\n发布时间: 2026-01-17 10:21\n==================== 正文 ====================\n本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。\n');
    const meta = findMeta(text, lineLocator(text));
    expect([meta.year, meta.period?.from, meta.period?.to]).toEqual([2025, '2025-01-01', '2025-12-31']);
    // Quoted as typed.
    expect(meta.title).toBe(fullWidth('平潭综合实验区投资促进局2025年度政府信息公开工作年度报告'));
    expect(meta.period?.text).toBe(fullWidth('本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止'));
    expect(publishedOnPage(utf8(text), false)?.date).toBe('2026-01-17');
  });
  it.each(corpusNames())('%s: the same findings as published, as flattened text typed in full width', async (name) => {
    const page = readFileSync(join(ROOT, 'fixtures/corpus-pages', name, 'page.txt'), 'utf8');
    expect(await findingKeys('page.txt', utf8(fullWidth(page)))).toEqual(await findingKeys('page.txt', utf8(page)));
  });
});
