#!/usr/bin/env node
/**
 * Writes the rule documentation pages: docs/rules/<id>.md for every rule of the registry (Chinese first,
 * then English) and the index docs/rules/README.md. A page is made of the rule's texts
 * (src/rules/text/<id>.ts: title, doc, messages, hints; src/rules/docs.ts writes them as Markdown) and of
 * its fixtures (fixtures/rules/<id>/) as examples: for each case, the part of the input the findings
 * point at, and the findings the real check gives on it, as `gongkai check` prints them.
 *
 *   npm run docs:rules                       build, then write the pages (and remove pages of no rule)
 *   node scripts/gen-rule-docs.mjs --check   compare only; exit 1 naming the pages that differ
 *
 * tests/registry.test.ts calls `rulePages()` with the sources and compares with the committed pages.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'fixtures/rules');

/** Lines of an excerpt at most, and characters of a quoted string. */
const MAX_LINES = 24;
const MAX_STRING = 60;
/** A file this small is shown whole. */
const SMALL = 600;
/** Findings of an example shown at most; the rest are counted. */
const MAX_FINDINGS = 3;

// ---------------------------------------------------------------------------------------------
// The part of an input a finding points at

const unescape = (s) => s.replace(/~1/g, '/').replace(/~0/g, '~');
const pointerOf = (path) => (path.length === 0 ? '/' : `/${path.map((k) => String(k).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`);
const has = (o, k) => o !== null && typeof o === 'object' && Object.prototype.hasOwnProperty.call(o, k);

function valueAt(root, path) {
  let v = root;
  for (const k of path) {
    if (!has(v, k)) return { found: false };
    v = v[k];
  }
  return { found: true, value: v };
}

/** The path to show for a JSON pointer: a table row, a section, else the object holding the value. */
function focusOfPointer(root, pointer) {
  const parts = pointer === '' ? [] : pointer.split('/').slice(1).map(unescape);
  let path;
  if (parts[0] === 'tables' && parts.length >= 3) path = parts.slice(0, 3);
  else if (parts[0] === 'sections' && parts.length >= 2) path = parts.slice(0, 2);
  else path = parts.slice(0, -1);
  // The deepest part of it the input has (a key may be what is missing).
  while (path.length > 0 && !valueAt(root, path).found) path = path.slice(0, -1);
  return path;
}

/** The path to show for a finding without a pointer: its row or table, the section headings, or the top. */
function focusOfLocation(root, l) {
  const candidates = [];
  if (l.table && l.row) candidates.push(['tables', l.table, l.row]);
  if (l.table) candidates.push(['tables', l.table], ['tables']);
  if (l.section) candidates.push(['sections']);
  candidates.push([]);
  return candidates.find((p) => valueAt(root, p).found) ?? [];
}

const quoteString = (s) => JSON.stringify(s.length > MAX_STRING ? `${s.slice(0, MAX_STRING)}…` : s);

/** JSON of a value: objects of plain values on one line, deeper ones folded to {…} below `depth`. */
function show(v, depth, indent = '') {
  if (typeof v === 'string') return quoteString(v);
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  const entries = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
  const open = Array.isArray(v) ? '[' : '{';
  const close = Array.isArray(v) ? ']' : '}';
  if (entries.length === 0) return `${open}${close}`;
  if (depth <= 0) return `${open}…${close}`;
  const item = ([k, x], inner) => `${Array.isArray(v) ? '' : `${JSON.stringify(k)}: `}${show(x, depth - 1, inner)}`;
  if (entries.every(([, x]) => x === null || typeof x !== 'object')) {
    const line = `${open} ${entries.map((e) => item(e, '')).join(', ')} ${close}`;
    if (line.length <= 160) return line;
  }
  const inner = `${indent}  `;
  return `${open}\n${entries.map((e) => `${inner}${item(e, inner)}`).join(',\n')}\n${indent}${close}`;
}

function excerptJson(root, path) {
  const { value } = valueAt(root, path);
  // The list of sections: their headings only.
  const shown = path.length === 1 && path[0] === 'sections' && Array.isArray(value) ? value.map((s) => (has(s, 'heading') ? { heading: s.heading } : s)) : value;
  const text = show(shown, path.length === 0 ? 1 : 2);
  return clip(text.split('\n'));
}

function clip(lines) {
  return lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES - 1), '…'] : lines;
}

/** Lines around a line of a text (1-based), each cut to a readable length. */
function excerptLines(text, line) {
  const all = text.split(/\r?\n/);
  const from = Math.max(0, (line ?? 1) - 2);
  return clip(all.slice(from, from + (line ? 3 : 6)).map((l) => (l.length > 100 ? `${l.slice(0, 100)}…` : l)));
}

/**
 * The parts of an input its findings point at: `{ label, lang, lines }` for each distinct place. JSON by
 * its pointers (or by the table, row or section named when there is none); text by line; a small file
 * whole; binary files not at all.
 */
function excerpts(file, diagnostics, previousFile) {
  const bytes = readFileSync(file);
  const rel = relative(ROOT, file);
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = undefined;
  }
  if (text === undefined || /\.(xlsx|xls|docx|pdf)$/i.test(file)) {
    if (bytes.length > SMALL || /\.(xlsx|xls|docx|pdf)$/i.test(file)) return [{ file: rel, binary: true }];
    return [{ file: rel, lang: 'text', notUtf8: true, lines: new TextDecoder('utf-8').decode(bytes).replace(/\n$/, '').split('\n') }];
  }
  if (bytes.length <= SMALL) return [{ file: rel, lang: extname(file) === '.json' ? 'json' : 'text', lines: text.replace(/\n$/, '').split('\n') }];
  if (extname(file) !== '.json') {
    const lines = [...new Set(diagnostics.map((d) => d.physical?.line).filter((x) => x !== undefined))];
    return (lines.length ? lines : [undefined]).slice(0, 3).map((line) => ({ file: rel, at: line ? `line ${line}` : undefined, lang: 'text', lines: excerptLines(text, line) }));
  }
  let root;
  try {
    root = JSON.parse(text);
  } catch {
    const line = diagnostics.find((d) => d.physical?.line)?.physical.line;
    return [{ file: rel, lang: 'text', lines: excerptLines(text, line) }];
  }
  const previous = previousFile && existsSync(previousFile) ? JSON.parse(readFileSync(previousFile, 'utf8')) : undefined;
  const places = [];
  const add = (doc, docFile, path) => {
    const at = path.length > 0 ? pointerOf(path) : undefined;
    if (!places.some((p) => p.file === docFile && p.at === at)) places.push({ file: docFile, at, path, lang: 'json', lines: excerptJson(doc, path) });
  };
  for (const d of diagnostics) {
    if (d.physical?.pointer !== undefined) add(root, rel, focusOfPointer(root, d.physical.pointer));
    else add(root, rel, focusOfLocation(root, d.location));
    // The cells a statement of the text is compared with; year over year, the previous year's cells.
    const statement = d.physical?.pointer?.startsWith('/sections/');
    for (const r of d.related ?? []) {
      if (r.physical?.pointer === undefined) continue;
      if (previous && d.ruleId.startsWith('yoy-')) add(previous, relative(ROOT, previousFile), focusOfPointer(previous, r.physical.pointer));
      else if (statement) add(root, rel, focusOfPointer(root, r.physical.pointer));
    }
  }
  return places.slice(0, 4);
}

// ---------------------------------------------------------------------------------------------
// The pages

/**
 * The modules the pages are made with: from dist/ when run as a script, from src/ in the drift test.
 * @typedef {{ RULES: any[], getRule: (id: string) => any, checkFile: Function, checkPaths: Function, prettyStream: Function, docs: any }} Lib
 */

/** Runs one fixture case as tests/support/rule-fixtures.ts does; the FileResult with only this rule's findings. */
async function runCase(lib, rule, dir, lang) {
  const input = readdirSync(dir).find((f) => f.startsWith('input.'));
  if (!input) throw new Error(`${relative(ROOT, dir)} has no input`);
  const file = join(dir, input);
  const previous = join(dir, 'previous.json');
  const throws = join(dir, 'throws.json');
  let restore;
  if (existsSync(throws)) {
    // A bug in a rule, as tests/support/rule-fixtures.ts makes it: that rule's check throws.
    const { rule: id, error } = JSON.parse(readFileSync(throws, 'utf8'));
    const target = lib.getRule(id);
    const [name, ...message] = error.split(': ');
    const check = target.check;
    target.check = () => {
      throw Object.assign(new Error(message.join(': ')), { name });
    };
    restore = () => (target.check = check);
  }
  try {
    // batch-*.json: other reports checked in the same run (the rules across the files of a batch).
    const batch = readdirSync(dir).filter((f) => f.startsWith('batch-')).map((f) => join(dir, f));
    const result = existsSync(previous)
      ? (await lib.checkPaths([file], { previous, jobs: 1, lang })).files[0]
      : batch.length > 0
        ? (await lib.checkPaths([file, ...batch], { jobs: 1, lang })).files.find((f) => f.file === file)
        : await lib.checkFile(file, { lang });
    const diagnostics = result.diagnostics.filter((d) => d.ruleId === rule);
    return { file, previous: existsSync(previous) ? previous : undefined, result: { ...result, diagnostics } };
  } finally {
    restore?.();
  }
}

/** The findings as `gongkai check` prints them (no colour, paths from the repository root), the first few. */
function printed(lib, result, lang) {
  const s = lib.prettyStream({ color: 0, cwd: ROOT }, lang);
  const shown = { ...result, diagnostics: result.diagnostics.slice(0, MAX_FINDINGS) };
  // Paths a message quotes (the previous year's file) from the repository root, as the header has them.
  const text = s.file(shown).replace(/\n+$/, '').split(`${ROOT}/`).join('');
  const more = result.diagnostics.length - shown.diagnostics.length;
  return more > 0 ? `${text}\n  ${lang === 'zh' ? `……（另有 ${more} 条同类结果）` : `… (${more} more findings of this rule)`}` : text;
}

function fence(lang, lines) {
  const body = lines.join('\n');
  const ticks = body.includes('```') ? '````' : '```';
  return `${ticks}${lang}\n${body}\n${ticks}`;
}

/** Words of the examples (the rest of the page's words are in src/rules/docs.ts). */
const WORDS = {
  zh: {
    examples: '示例',
    invalid: '不符合',
    valid: '符合',
    result: 'gongkai 的检查结果：',
    noFinding: '不报告此项。',
    colon: '：',
    place: (file, at) => (at ? `输入 ${file} 中 ${at} 处：` : `输入 ${file}：`),
    binary: (file) => `输入 ${file}（二进制文件，不在此显示）。`,
    notUtf8: '（文件不是有效的 UTF-8 编码，无法显示的字节显示为 �。）',
    throws: (rule, error) => `此例让规则 \`${rule}\` 的检查抛出 \`${error}\`，如同该规则有缺陷。`,
  },
  en: {
    examples: 'Examples',
    invalid: 'Does not comply',
    valid: 'Complies',
    result: 'What gongkai reports:',
    noFinding: 'Nothing is reported.',
    colon: ': ',
    place: (file, at) => (at ? `Input ${file}, at ${at}:` : `Input ${file}:`),
    binary: (file) => `Input ${file} (a binary file, not shown here).`,
    notUtf8: '(The file is not valid UTF-8; bytes that cannot be shown are shown as �.)',
    throws: (rule, error) => `Here the check of rule \`${rule}\` is made to throw \`${error}\`, as a bug in it would.`,
  },
};

function examplesSection(lib, examples, lang) {
  const x = WORDS[lang];
  const out = [`### ${x.examples}`];
  for (const ex of examples) {
    out.push('', `#### ${ex.valid ? x.valid : x.invalid}${x.colon}\`${ex.name}\``, '');
    if (ex.throws) out.push(x.throws(ex.throws.rule, ex.throws.error), '');
    for (const p of ex.places) {
      const file = `\`${p.file}\``;
      if (p.binary) out.push(x.binary(file), '');
      else out.push(x.place(file, p.at ? `\`${p.at}\`` : undefined), '', fence(p.lang, p.lines), '', ...(p.notUtf8 ? [x.notUtf8, ''] : []));
    }
    if (ex.valid) out.push(x.noFinding);
    else out.push(x.result, '', fence('text', ex.printed[lang].split('\n')));
  }
  return out.join('\n');
}

/** One rule's page. */
async function rulePage(lib, rule) {
  const dir = join(FIXTURES, rule.id);
  const cases = existsSync(dir) ? readdirSync(dir).sort() : [];
  // Invalid cases first (what the rule reports), then the valid ones.
  const ordered = [...cases.filter((c) => !c.startsWith('valid-')), ...cases.filter((c) => c.startsWith('valid-'))];
  const examples = [];
  let lastPlaces = [];
  for (const name of ordered) {
    const zh = await runCase(lib, rule.id, join(dir, name), 'zh');
    const en = await runCase(lib, rule.id, join(dir, name), 'en');
    const valid = name.startsWith('valid-');
    let places = excerpts(zh.file, zh.result.diagnostics, zh.previous);
    // A valid case has no finding to point with: it is shown at the places its rule's invalid cases were.
    if (valid && lastPlaces.length > 0 && extname(zh.file) === '.json' && readFileSync(zh.file).length > SMALL) {
      const root = JSON.parse(readFileSync(zh.file, 'utf8'));
      const rel = relative(ROOT, zh.file);
      places = [];
      for (const p of lastPlaces.filter((x) => x.lang === 'json' && x.path && !x.file.endsWith('previous.json'))) {
        let path = p.path;
        while (path.length > 0 && !valueAt(root, path).found) path = path.slice(0, -1);
        const at = path.length > 0 ? pointerOf(path) : undefined;
        if (!places.some((q) => q.at === at)) places.push({ file: rel, at, path, lang: 'json', lines: excerptJson(root, path) });
      }
      if (places.length === 0) places = excerpts(zh.file, [], zh.previous);
    }
    if (!valid) lastPlaces = places;
    const throws = join(dir, name, 'throws.json');
    examples.push({ name, valid, places, ...(existsSync(throws) ? { throws: JSON.parse(readFileSync(throws, 'utf8')) } : {}), printed: { zh: printed(lib, zh.result, 'zh'), en: printed(lib, en.result, 'en') } });
  }
  const d = lib.docs;
  const url = d.ruleDocsUrl(rule.id);
  const out = [
    `<!-- ${relative(ROOT, join(ROOT, d.rulePagePath(rule.id)))}: generated by scripts/gen-rule-docs.mjs from src/rules/text/${rule.id}.ts and fixtures/rules/${rule.id}/ — do not edit; run npm run docs:rules -->`,
    '',
    `# ${rule.id} · ${d.mdText(rule.text.zh.title)}`,
    '',
    `${d.mdText(rule.text.en.title)}${url ? ` · <${url}>` : ''}`,
    '',
    d.ruleFactsTable(rule, 'zh'),
    '',
    `[English](#english) · [${d.DOC_WORDS.zh.index}](README.md)`,
    '',
    '## 中文',
    '',
    d.ruleHelpMarkdown(rule, 'zh'),
    '',
    examplesSection(lib, examples, 'zh'),
    '',
    '## English',
    '',
    `**${d.mdText(rule.text.en.title)}**`,
    '',
    d.ruleFactsTable(rule, 'en'),
    '',
    d.ruleHelpMarkdown(rule, 'en'),
    '',
    examplesSection(lib, examples, 'en'),
    '',
  ];
  return out.join('\n');
}

/** The index: every rule with its code, default severity and titles, linked to its page. */
function indexPage(lib) {
  const d = lib.docs;
  const zh = d.DOC_WORDS.zh;
  const en = d.DOC_WORDS.en;
  const out = [
    '<!-- docs/rules/README.md: generated by scripts/gen-rule-docs.mjs — do not edit; run npm run docs:rules -->',
    '',
    `# gongkai 检查规则 · ${en.index}`,
    '',
    '每条规则一页：说明、检查结果的说法、修改建议，以及用真实检查生成的示例（先中文，后英文）。',
    'One page per rule: what it checks, what its findings say, how to fix them, and examples made with the real check (Chinese first, then English).',
    '',
    `| ${zh.rule} · ${en.rule} | ${zh.code} | ${zh.defaultSeverity} | ${zh.title} | ${en.title} |`,
    '|---|---|---|---|---|',
  ];
  for (const r of lib.RULES) {
    out.push(`| [\`${r.id}\`](${r.id}.md) | ${r.code} | ${d.named(zh.severity[r.severity], r.severity)} | ${d.mdText(r.text.zh.title)} | ${d.mdText(r.text.en.title)} |`);
  }
  out.push('');
  return out.join('\n');
}

/** Every page: path relative to the repository → content. */
export async function rulePages(lib) {
  const pages = new Map();
  for (const rule of lib.RULES) pages.set(lib.docs.rulePagePath(rule.id), await rulePage(lib, rule));
  pages.set(`${lib.docs.RULE_DOCS_DIR}/README.md`, indexPage(lib));
  return pages;
}

/** The committed pages that differ from `pages`, are missing, or belong to no rule. */
export function drift(pages, root = ROOT, dir = 'docs/rules') {
  const out = [];
  for (const [path, text] of pages) {
    const file = join(root, path);
    if (!existsSync(file)) out.push(`${path}: missing`);
    else if (readFileSync(file, 'utf8') !== text) out.push(`${path}: differs`);
  }
  const folder = join(root, dir);
  for (const f of existsSync(folder) ? readdirSync(folder) : []) if (!pages.has(`${dir}/${f}`)) out.push(`${dir}/${f}: no rule has this page`);
  return out;
}

async function fromDist() {
  const dist = (p) => import(pathToFileURL(join(ROOT, 'dist', p)).href);
  const [index, run, file, pretty, docs] = await Promise.all([dist('rules/index.js'), dist('node/run.js'), dist('node/file.js'), dist('formatters/pretty.js'), dist('rules/docs.js')]);
  return { RULES: index.RULES, getRule: index.getRule, checkFile: file.checkFile, checkPaths: run.checkPaths, prettyStream: pretty.stream, docs };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const pages = await rulePages(await fromDist());
  const differs = drift(pages);
  if (process.argv.includes('--check')) {
    for (const d of differs) process.stdout.write(`${d}\n`);
    process.stdout.write(differs.length ? `${differs.length} page(s) out of date: run npm run docs:rules\n` : `docs/rules: ${pages.size} pages up to date\n`);
    process.exitCode = differs.length ? 1 : 0;
  } else {
    mkdirSync(join(ROOT, 'docs/rules'), { recursive: true });
    for (const d of differs) if (d.endsWith('no rule has this page')) rmSync(join(ROOT, d.split(':')[0]));
    for (const [path, text] of pages) writeFileSync(join(ROOT, path), text);
    process.stdout.write(`docs/rules: ${pages.size} pages written (${differs.length} changed)\n`);
  }
}
