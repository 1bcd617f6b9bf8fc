/**
 * Table 二 of a flattened page as real department reports held out from the project write it (#17 item 8):
 * a count with its unit ("政府集中采购 3个 3443000元", "2笔 984361元", "1个246900元"), and zeros run together
 * between cells the text separates ("规范性文件 00　2"). The text reader stopped a value at the unit (the row
 * then unread, with a message quoting a bilingual stand-in for "no sum") and never cut a token the text
 * separates, "00" included. Now a count unit is part of the count, as in a table cell (reported by
 * cell-unit), a leading zero is a cell of its own, and a row of too few digits says so. Built from the corpus
 * page pingtan-2020 (2019 format), in process and through the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../src/check/bytes.js';
import { splitTokens } from '../src/readers/split.js';
import { once } from '../scripts/text-cases.js';
import { tempDir } from './support/tmp.js';

const ROOT = join(import.meta.dirname, '..');
const PAGE = readFileSync(join(ROOT, 'fixtures/corpus-pages/pingtan-2020/page.txt'), 'utf8');

const cases = {
  /** 规章 0 | 0 | 7, its zeros run together and apart from the 7. */
  zeros: once(PAGE, '规章007', '规章 00 7'),
  /** 政府集中采购 395 | 73802895.90元, the count with its unit, apart. */
  unit: once(PAGE, '政府集中采购39573802895.90元', '政府集中采购 395个 73802895.90元'),
  /** …and run together. */
  glued: once(PAGE, '政府集中采购39573802895.90元', '政府集中采购395笔73802895.90元'),
  /** 行政事业性收费: one digit for its two cells. */
  short: once(PAGE, '行政事业性收费35-15', '行政事业性收费3'),
};

const check = async (text: string, lang: 'zh' | 'en' = 'zh') => checkBytes('page.txt', new TextEncoder().encode(text), { lang }, undefined, { cells: true });

describe('in process', () => {
  it('zeros run together between separated cells are cells of their own: 规章 0 | 0 | 7', async () => {
    const { cells } = await check(cases.zeros);
    const t2 = cells!.tables.t2!.cells;
    expect(['made', 'published', 'total_published'].map((c) => (t2[`regulations.${c}`] as { value?: number } | undefined)?.value)).toEqual([0, 0, 7]);
    expect(cells!.unread.some((u) => u.row === 'regulations')).toBe(false);
  });

  for (const name of ['unit', 'glued'] as const) {
    it(`a count written with its unit is read, the unit reported by cell-unit (${name})`, async () => {
      const { result, cells } = await check(cases[name]);
      const t2 = cells!.tables.t2!.cells;
      expect(t2['procurement.procurement_items']).toMatchObject({ kind: 'number', value: 395 });
      expect(t2['procurement.procurement_amount']).toMatchObject({ kind: 'number', value: 73802895.9 });
      expect(cells!.unread.some((u) => u.row === 'procurement')).toBe(false);
      const unit = result.diagnostics.filter((d) => d.ruleId === 'cell-unit');
      expect(unit.map((d) => d.location.cell)).toEqual(['t2.procurement.procurement_items']);
    });
  }

  it('zeros are peeled only between spaces: a line or a tab holds one cell, "00" there is cut by no one', () => {
    const types = ['count', 'count', 'count'] as const;
    expect(splitTokens([{ text: '00', offset: 0 }, { text: '2', offset: 3 }], [...types], { strict: true })).toMatchObject({ kind: 'ok', pieces: [{ value: 0 }, { value: 0 }, { value: 2 }] });
    expect(splitTokens([{ text: '00', offset: 0 }, { text: '2', offset: 3, fieldStart: true }], [...types], { strict: true })).toEqual({ kind: 'none' });
  });

  it('a row of fewer digits than cells says so, in plain words in both languages', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { result } = await check(cases.short, lang);
      const failed = result.diagnostics.filter((d) => d.ruleId === 'extract-failed' && d.location.row === 'fees');
      expect(failed.map((d) => d.messageId)).toEqual(['tooFew']);
      expect(failed[0]!.message).toBe(
        lang === 'zh' ? '表二“行政事业性收费”行只读到 1 个数值（应为 2 个）：“3”，该行未读取。' : 'Table 二, row "行政事业性收费": only 1 values read (2 expected): "3"; the row was not read.',
      );
    }
  });
});

describe('through the built CLI', () => {
  it('convert --to json reads the cells; check reports the unit once and nothing unread in those rows', () => {
    const dir = tempDir('gongkai-text-units-');
    for (const name of ['zeros', 'unit', 'glued'] as const) {
      const file = join(dir, `${name}.txt`);
      writeFileSync(file, cases[name]);
      const conv = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'convert', file, '--to', 'json'], { encoding: 'utf8' });
      const t2 = (JSON.parse(conv.stdout) as { tables: { t2: Record<string, Record<string, { value: unknown; status?: string }>> } }).tables.t2;
      const row = name === 'zeros' ? t2.regulations! : t2.procurement!;
      expect(Object.values(row).map((c) => c.status)).toEqual(Object.values(row).map(() => undefined));
      expect(Object.values(row).map((c) => c.value)).toEqual(name === 'zeros' ? [0, 0, 7] : [name === 'unit' ? '395个' : '395笔', '73802895.90元']);
      const chk = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', file, '-f', 'json'], { encoding: 'utf8' });
      const ds = (JSON.parse(chk.stdout) as { files: { diagnostics: { ruleId: string; location: { row?: string } }[] }[] }).files[0]!.diagnostics;
      expect(ds.filter((d) => d.ruleId.startsWith('extract-') && d.location.row === (name === 'zeros' ? 'regulations' : 'procurement'))).toEqual([]);
      expect(ds.filter((d) => d.ruleId === 'cell-unit').length).toBe(name === 'zeros' ? 0 : 1);
    }
  });
});
