/**
 * Plain words, in Chinese and English, for the JSON reader's findings: which place of the report a JSON
 * pointer is (a table cell by its official labels, a section by its number, a field by its meaning with
 * its key), what that place must hold, and what it holds instead — never type names such as object,
 * array, string, null or undefined, nor parser error codes.
 */
import { matchLabel, rowName } from '../format/labels.js';
import type { FormatSpec, TableId } from '../format/spec.js';

export interface Words {
  zh: string;
  en: string;
}

const TABLE_IDS = new Set(['t2', 't3', 't4']);

/** The tokens of a JSON pointer (`/tables/t3/new` → tables, t3, new). */
export function pointerTokens(p: string): string[] {
  if (p === '' || p === '/') return [];
  return p
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const quote = (s: string, max = 24): string => {
  const chars = [...s];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : s;
};

/** The key path as written, for places outside the report's layout: “a › b › c”. */
function keyPath(tokens: string[]): Words {
  const path = (more: string): string =>
    (tokens.length > 6 ? [...tokens.slice(0, 3), more, ...tokens.slice(-2)] : tokens).map((t) => quote(t, 16)).join(' › ');
  return { zh: `“${path(`…（共 ${tokens.length} 层）`)}”`, en: `"${path(`… (${tokens.length} levels)`)}"` };
}

const TOP: Record<string, Words> = {
  $schema: { zh: '结构说明地址（$schema）', en: 'The layout address ($schema)' },
  schemaVersion: { zh: '结构版本号（schemaVersion）', en: 'The layout version (schemaVersion)' },
  format: { zh: '格式版本（format）', en: 'The format version (format)' },
  title: { zh: '标题（title）', en: 'The title (title)' },
  agency: { zh: '机关名称（agency）', en: 'The agency (agency)' },
  year: { zh: '报告年度（year）', en: 'The reporting year (year)' },
  period: { zh: '统计期限（period）', en: 'The reporting period (period)' },
  sections: { zh: '正文各部分（sections）', en: 'The sections (sections)' },
  tables: { zh: '统计表（tables）', en: 'The tables (tables)' },
};

const PERIOD: Record<string, Words> = {
  text: { zh: '统计期限的原文（period › text）', en: 'The text of the reporting period (period › text)' },
  from: { zh: '统计期限的起始日期（period › from）', en: 'The start of the reporting period (period › from)' },
  to: { zh: '统计期限的截止日期（period › to）', en: 'The end of the reporting period (period › to)' },
};

const SECTION_FIELDS: Record<string, Words> = {
  heading: { zh: '的标题（heading）', en: 'The heading' },
  text: { zh: '的正文（text）', en: 'The text' },
  source: { zh: '的来源位置（source）', en: 'The source' },
};

function rowOf(spec: FormatSpec, t: TableId, key: string): string | undefined {
  const table = spec.tables[t];
  const row = table.rows.find((r) => r.id === key) ?? table.rows.find((r) => r.id === matchLabel(key, table.rows)?.id);
  return row ? rowName(row.label, table.rowGroups.find((g) => g.id === row.group)?.label) : undefined;
}

function columnOf(spec: FormatSpec, t: TableId, key: string): string | undefined {
  const table = spec.tables[t];
  const col = table.columns.find((c) => c.id === key) ?? table.columns.find((c) => c.id === matchLabel(key, table.columns)?.id);
  return col?.label;
}

/** A table cell's place: 表三“（七）总计”行“自然人”列 / Table 三, row "（七）总计", column "自然人". */
function tablePlace(spec: FormatSpec, tokens: string[]): Words {
  const t = tokens[1] as TableId;
  const n = spec.tables[t].number;
  if (tokens.length === 2) return { zh: `表${n}（tables › ${t}）`, en: `Table ${n} (tables › ${t})` };
  const rowKey = tokens[2]!;
  const row = rowOf(spec, t, rowKey);
  const rowZh = row ? `表${n}“${row}”行` : `表${n}中的“${quote(rowKey)}”`;
  const rowEn = row ? `Table ${n}, row "${row}"` : `Table ${n}, "${quote(rowKey)}"`;
  if (tokens.length === 3) return { zh: rowZh, en: rowEn };
  const colKey = tokens[3]!;
  const col = row ? columnOf(spec, t, colKey) : undefined;
  const zh = `${rowZh}${col ? `“${col}”列` : `中的“${quote(colKey)}”`}`;
  const en = `${rowEn}, ${col ? `column "${col}"` : `"${quote(colKey)}"`}`;
  if (tokens.length === 4) return { zh, en };
  const rest = tokens.slice(4).join(' › ');
  return { zh: `${zh}的 ${rest}`, en: `${en}: ${rest}` };
}

/** The place a pointer names, for people. */
export function placeOf(spec: FormatSpec, tokens: string[]): Words {
  if (tokens.length === 0) return { zh: '文件最外层', en: 'The top level of the file' };
  const [top, second] = tokens;
  if (top === 'tables' && tokens.length >= 2 && TABLE_IDS.has(second!)) return tablePlace(spec, tokens);
  if (top === 'sections' && tokens.length >= 2 && /^\d+$/.test(second!)) {
    const n = Number(second) + 1;
    if (tokens.length === 2) return { zh: `正文第 ${n} 部分（sections 第 ${n} 项）`, en: `Section ${n} (item ${n} of sections)` };
    const field = SECTION_FIELDS[tokens[2]!];
    const keys = tokens.slice(2).join(' › ');
    const rest = tokens.slice(field ? 3 : 2).join(' › ');
    const zh = `正文第 ${n} 部分${field ? field.zh : ''}${rest ? ` › ${rest}` : ''}`;
    const en = `${field ? `${field.en} of section ${n}` : `Section ${n}`} (item ${n} of sections › ${keys})`;
    return { zh, en };
  }
  if (top === 'period' && tokens.length === 2 && PERIOD[second!]) return PERIOD[second!]!;
  if (tokens.length === 1 && TOP[top!]) return TOP[top!]!;
  return keyPath(tokens);
}

const TEXT: Words = { zh: '文字（用双引号括起）', en: 'text in double quotes' };
const CELL: Words = { zh: '数字（空白单元格写 ""，“/”“无”等照原样写成文字）', en: 'a number ("" for a blank cell; "/", "无" and the like as written)' };
const POSITIVE: Words = { zh: '正整数', en: 'a positive whole number' };

/** Words for a kind zod names, where the place says nothing more specific. */
function kindWords(kind: string | undefined): Words {
  switch (kind) {
    case 'number':
      return { zh: '数字', en: 'a number' };
    case 'int':
      return { zh: '整数', en: 'a whole number' };
    case 'string':
      return TEXT;
    case 'array':
      return { zh: '用 […] 括起的一组值', en: 'a list in brackets […]' };
    case 'object':
    case 'record':
      return { zh: '用 {…} 括起、带键名的一组值', en: 'named values in braces {…}' };
    case 'boolean':
      return { zh: 'true 或 false', en: 'true or false' };
    default:
      return { zh: '符合规范化报告结构的值', en: 'a value the normalized report layout allows' };
  }
}

/** What the place a pointer names must hold. */
export function expectedAt(tokens: string[], kind?: string): Words {
  const [top, second] = tokens;
  const n = tokens.length;
  if (n === 0) return { zh: '用 {…} 括起的一份报告（标题、正文各部分、统计表）', en: 'one report in braces {…} (title, sections, tables)' };
  if (n === 1) {
    switch (top) {
      case 'schemaVersion':
        return { zh: '数字 1', en: 'the number 1' };
      case 'format':
        return { zh: '"2021" 或 "2019"（带引号）', en: '"2021" or "2019" (in quotes)' };
      case 'year':
        return { zh: '整数年份（2000 至 2100 之间，如 2023，不带引号）', en: 'a whole year from 2000 to 2100, e.g. 2023 (no quotes)' };
      case 'period':
        return { zh: '{"text": "统计期限原文", "from": "2023-01-01", "to": "2023-12-31"} 这样的写法', en: 'the form {"text": "…", "from": "2023-01-01", "to": "2023-12-31"}' };
      case 'sections':
        return { zh: '[{"heading": "一、总体情况", "text": "…"}, …] 这样的列表', en: 'a list like [{"heading": "一、总体情况", "text": "…"}, …]' };
      case 'tables':
        return { zh: '{"t2": {…}, "t3": {…}, "t4": {…}} 这样的写法', en: 'the form {"t2": {…}, "t3": {…}, "t4": {…}}' };
      case 'title':
      case 'agency':
      case '$schema':
        return TEXT;
    }
  }
  if (top === 'period' && n === 2) return second === 'text' ? TEXT : { zh: '日期文字，如 "2023-01-01"', en: 'a date in quotes, e.g. "2023-01-01"' };
  if (top === 'sections' && n >= 2) {
    if (n === 2) return { zh: '{"heading": "…", "text": "…"} 这样的一个部分', en: 'one section like {"heading": "…", "text": "…"}' };
    if (tokens[2] === 'heading' || tokens[2] === 'text') return TEXT;
  }
  if (top === 'tables' && n >= 2 && TABLE_IDS.has(second!)) {
    if (n === 2) return { zh: '按行列出的单元格：{"行编号": {"列编号": 数字, …}, …}', en: 'its cells by row: {"row id": {"column id": number, …}, …}' };
    if (n === 3) return { zh: '这一行各列的数字：{"列编号": 数字, …}', en: 'the numbers of the row by column: {"column id": number, …}' };
    if (n === 4 || (n === 5 && tokens[4] === 'value')) return CELL;
    if (n === 5 && tokens[4] === 'raw') return TEXT;
  }
  const last = tokens[n - 1]!;
  if (tokens.includes('source')) {
    if (last === 'source') return { zh: '来源位置：{"line": 行号, "column": 列号, …}', en: 'a place: {"line": line, "column": column, …}' };
    if (['pointer', 'sheet', 'cell', 'path'].includes(last)) return TEXT;
    return POSITIVE;
  }
  return kindWords(kind);
}

/** What a value is, for people: 空值, 文字“x”, 数字 5, a list […], … */
export function valueWords(v: unknown): Words {
  if (v === undefined) return { zh: '缺少此项', en: 'nothing' };
  if (v === null) return { zh: '空值', en: 'an empty value' };
  if (typeof v === 'string') return v === '' ? { zh: '空文字 ""', en: 'empty text ""' } : { zh: `文字“${quote(v)}”`, en: `the text "${quote(v)}"` };
  if (typeof v === 'number') return { zh: `数字 ${v}`, en: `the number ${v}` };
  if (typeof v === 'boolean') return { zh: `逻辑值 ${v}`, en: `${v}` };
  if (Array.isArray(v)) return v.length === 0 ? { zh: '空列表 []', en: 'an empty list []' } : { zh: `一组值 […]（${v.length} 项）`, en: `a list […] of ${v.length}` };
  if (typeof v === 'object') {
    const keys = Object.keys(v);
    const shown = keys.slice(0, 3).map((k) => quote(k, 12)).join('、');
    return keys.length === 0
      ? { zh: '空的 {}', en: 'empty braces {}' }
      : { zh: `带键名的一组值 {${shown}${keys.length > 3 ? '…' : ''}}`, en: `named values {${keys.slice(0, 3).map((k) => quote(k, 12)).join(', ')}${keys.length > 3 ? ', …' : ''}}` };
  }
  return { zh: '无法识别的值', en: 'a value that cannot be shown' };
}

/**
 * What is wrong at a JSON syntax error, by jsonc-parser's error name. `atEnd`: the error is where the
 * text ends; `open`: the brackets still open there, innermost last (to say which closers are missing).
 */
export function syntaxProblem(code: string, atEnd: boolean, open: string[]): Words {
  const closers = open
    .slice()
    .reverse()
    .map((b) => (b === '{' ? '}' : ']'));
  if (atEnd && code === 'UnexpectedEndOfString') return { zh: '文件在这里意外结束：一段文字少了结尾的双引号 "', en: 'the file ends here, inside a text that lacks its closing double quote "' };
  if (atEnd && code !== 'EndOfFileExpected') {
    const missing = closers.length > 0 ? closers.join(' ') : '} 或 ]';
    return closers.length > 0
      ? { zh: `文件在这里意外结束，可能少了 ${missing}（文件不完整，或最后几行被删掉了）`, en: `the file ends too early; ${missing} may be missing (the file is incomplete, or its last lines were cut off)` }
      : { zh: '文件在这里意外结束，可能少了一个 } 或 ]', en: 'the file ends too early; a } or ] may be missing' };
  }
  switch (code) {
    case 'InvalidSymbol':
      return { zh: '这里有 JSON 不允许的字符或词（文字要用双引号括起，不能用单引号）', en: 'a character or word JSON does not allow (text must be in double quotes, not single quotes)' };
    case 'InvalidNumberFormat':
      return { zh: '数字的写法不对（如多了小数点，或以 0 开头）', en: 'a number written wrongly (an extra decimal point, a leading 0)' };
    case 'PropertyNameExpected':
      return { zh: '这里应是用双引号括起的键名（最后一项后面不能有逗号）', en: 'a key in double quotes belongs here (no comma after the last item)' };
    case 'ValueExpected':
      return { zh: '这里缺少一个值（最后一项后面不能有逗号）', en: 'a value is missing here (no comma after the last item)' };
    case 'ColonExpected':
      return { zh: '键名后面应有冒号 :', en: 'a colon : belongs after the key' };
    case 'CommaExpected':
      return { zh: '两项之间少了逗号 ,', en: 'a comma , is missing between two items' };
    case 'CloseBraceExpected':
      return { zh: '这里应有 } 结束前面的 {', en: 'a } belongs here to close the { before it' };
    case 'CloseBracketExpected':
      return { zh: '这里应有 ] 结束前面的 [', en: 'a ] belongs here to close the [ before it' };
    case 'EndOfFileExpected':
      return { zh: '报告内容在这之前已经结束，后面多出了内容（可能多了一个 } 或 ]）', en: 'the report ends before this point and more follows (perhaps an extra } or ])' };
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return { zh: 'JSON 里不能写注释', en: 'JSON does not allow comments' };
    case 'UnexpectedEndOfString':
      return { zh: '这段文字少了结尾的双引号 "', en: 'a text lacks its closing double quote "' };
    case 'UnexpectedEndOfNumber':
      return { zh: '数字没有写完', en: 'a number is not complete' };
    case 'InvalidUnicode':
      return { zh: '\\u 后面应是 4 位十六进制数字', en: '\\u must be followed by 4 hexadecimal digits' };
    case 'InvalidEscapeCharacter':
      return { zh: '反斜杠 \\ 后面的字符无效（文字中的 \\ 要写成 \\\\）', en: 'the character after a backslash \\ is not valid (write \\ in text as \\\\)' };
    case 'InvalidCharacter':
      return { zh: '文字中有不能直接出现的控制字符（如制表符要写成 \\t，换行写成 \\n）', en: 'a control character in a text (write a tab as \\t, a line break as \\n)' };
    default:
      return { zh: '这里的写法不符合 JSON', en: 'this is not valid JSON here' };
  }
}
