/**
 * Paragraphs wrapped into lines: text copied from a PDF, kept in fixed-width lines, or a PDF turned into
 * Word or a web page with one paragraph per printed line ("…受理政府信息公开申" / "请17件，…"). gongkai
 * took every line break as the end of a sentence: a phrase broken by the wrap was not read (a mismatch
 * between text and table went unreported, a glued table-二 row lost the sentence that settles its split, the
 * figures section 一 gives were said to be missing), and a document title 《…》 wrapped over two lines
 * stopped being a title (its words were taken as section 一's topics).
 *
 * A line break is a wrap when the line before it is a paragraph's (at least 20 characters, no end mark)
 * and the next line starts no numbered item; headings on lines of their own and a paragraph's last line
 * stay breaks. Each corpus report with its prose wrapped at 38 characters (never inside a number) gives the
 * findings of the report as published: as flattened text, as a web page and as Word; and through the CLI.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { joinedLines, sentences, tightened } from '../src/analysis/narrative-text.js';
import { corpusNames } from './support/corpus.js';
import { publishedFromCorpus, type Published } from './support/publish.js';
import { findingKeys, utf8, webAndWordKeys } from './support/same-findings.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/gongkai.js');

/** Lines of `width` characters, a line never broken inside a number (as a typesetter keeps numbers whole). */
function wrap(text: string, width = 38): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let cur = '';
    const chars = [...line];
    chars.forEach((c, i) => {
      cur += c;
      const next = chars[i + 1];
      if ([...cur].length >= width && next !== undefined && !(/[0-9.,]/u.test(c) && /[0-9.,]/u.test(next))) {
        out.push(cur);
        cur = '';
      }
    });
    out.push(cur);
  }
  return out.join('\n');
}
/** The flattened page with section 一 (up to 二、主动公开) wrapped: its tables after that stay as they are. */
function wrapSection1(page: string): string {
  const a = page.search(/一、(?:总体情况|概述)/u);
  const b = page.search(/二、主动公开/u);
  return a < 0 || b < a ? page : page.slice(0, a) + wrap(page.slice(a, b)) + page.slice(b);
}
const wrappedPublished = (p: Published): Published => ({ ...p, sections: p.sections.map((s) => ({ ...s, text: wrap(s.text) })) });

describe('wrapped lines', () => {
  it('a wrap stays inside its sentence; a heading on its own line, a paragraph\'s last line and a numbered item do not', () => {
    const text = [
      '（二）依申请公开情况',
      '2024年，区政府办代表区政府受理政府信息公开申',
      '请17件，均已在法定期限内予以答复。',
      '一是完善制度，制定了依申请公开办理工作流程规范',
      '二是加强培训，全年组织培训3次',
      '（三）政府信息管理',
    ].join('\n');
    expect(sentences(text).map((s) => joinedLines(s.text))).toEqual([
      '（二）依申请公开情况',
      '2024年，区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复。',
      '一是完善制度，制定了依申请公开办理工作流程规范',
      '二是加强培训，全年组织培训3次',
      '（三）政府信息管理',
    ]);
    // Before the change each line was a sentence of its own.
    expect(sentences(text)).toHaveLength(5);
    // An indented line starts a paragraph of its own (a wrapped line is not indented).
    const indented = '全年主动公开政府信息一千二百条，其中政策文件四十条，规范性文件九件\n　　2024年，区政府办受理政府信息公开申请17件。';
    expect(sentences(indented)).toHaveLength(2);
    expect(sentences(indented.replace('\n　　', '\n'))).toHaveLength(1);
    // Joined for matching, offsets back in the text; Latin words and numbers keep a space.
    const s = '区政府办代表区政府受理政府信息公开申\n  请 17 件，文件数 20\n155 份';
    const t = tightened(s);
    expect(t.text).toBe('区政府办代表区政府受理政府信息公开申请17件，文件数20 155份');
    const at = t.text.indexOf('申请');
    expect(s.slice(t.at(at), t.end(at + 2))).toBe('申\n  请');
  });

  it('a text with long runs of spaces is tightened in one pass (each run looked at from where it starts)', () => {
    // Found by fuzzing: tried from every position inside a run of spaces, the line-break pattern made a
    // 700 KB text take 50 s. A run of 400,000 spaces, not followed by a line break, then one that is.
    const run = ' '.repeat(400_000);
    const s = `申请${run}公${run}\n17件`;
    const t = tightened(s);
    // Compared by length and ends (a failing comparison of two 400,000-character strings is slow to print).
    expect([t.text.length, t.text.slice(-4)]).toEqual([run.length + 6, '公17件']);
    const j = joinedLines(s);
    expect([j.length, j.slice(-4)]).toEqual([run.length + 6, '公17件']);
    expect(s.slice(t.at(t.text.length - 3), t.end(t.text.length - 1))).toBe('17');
  });

  const names = corpusNames();
  it.each(names)('%s: the same findings as published, as flattened text with section 一 wrapped', async (name) => {
    const page = readFileSync(join(ROOT, 'fixtures/corpus-pages', name, 'page.txt'), 'utf8');
    const wrapped = wrapSection1(page);
    expect(wrapped).not.toBe(page);
    expect(await findingKeys('page.txt', utf8(wrapped))).toEqual(await findingKeys('page.txt', utf8(page)));
  });

  it.each(names)('%s: the same findings as published, as a web page and as Word with a paragraph per line', async (name) => {
    const p = publishedFromCorpus(name);
    const w = wrappedPublished(p);
    expect(await webAndWordKeys(w)).toEqual(await webAndWordKeys(p));
  });
});

describe('wrapped lines, through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-wrapped-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a text that says 34 applications against 32 in table 三, over a wrap, is reported with the sentence joined', () => {
    const file = join(dir, 'office-2025.txt');
    const page = readFileSync(join(ROOT, 'fixtures/corpus-pages/pingtan-office-2025/page.txt'), 'utf8');
    // The sentence wrapped inside its phrase, at the end of a full line, as a copied PDF line would break it.
    const wrapped = page.replace('共受理公开申请34件', '共受理公开申\n请34件');
    expect(wrapped).toContain('申\n请34件');
    writeFileSync(file, wrapped);
    const r = spawnSync(process.execPath, [BIN, 'check', file, '-f', 'json'], { encoding: 'utf8' });
    expect(r.status).toBe(0); // warnings only
    const found = (JSON.parse(r.stdout) as { files: { diagnostics: Diagnostic[] }[] }).files[0]!.diagnostics.filter((d) => d.ruleId === 'narrative-figure');
    expect(found).toHaveLength(1);
    expect(found[0]!.location.cell).toBe('t3.new.total');
    expect(found[0]!.message).toMatch(/^正文写收到的政府信息公开申请为 34件，但表三“一、本年新收政府信息公开申请数量”总计为 32：“[^\n”]*共受理公开申请34件/u);
  });
});
