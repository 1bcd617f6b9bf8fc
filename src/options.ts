/**
 * The options of the Node.js API (src/index.ts), validated with zod before anything runs: a wrong value
 * is an `OptionError` (a TypeError) that names the function, the option, what it should be and what it
 * is, in the language of the call's `lang` option (Chinese by default, English with `lang: 'en'`).
 * Unknown options are refused too (a misspelt `job: 2` would otherwise be ignored). Without this, `jobs:
 * NaN` never settled, `lang: 'xx'` failed with a TypeError from deep inside, `rules: { x: 'fatal' }` and
 * `maxSize: NaN` (no size limit at all) were silently accepted.
 */
import { z } from 'zod';
import { MAX_JOBS, MAX_TIMEOUT_MS } from './node/pool.js';
import { fill, type Lang } from './messages/render.js';
import { getRule } from './rules/index.js';
import { MAX_SIZE_LIMIT } from './size.js';

/** A wrong option given to a function of the API. */
export class OptionError extends TypeError {
  constructor(
    message: string,
    /** The API function: check, checkEach, read, convert, format, checkFile, checkReport. */
    readonly api: string,
    /** The option (`paths`, `jobs`, `rules.cell-blank`, …). */
    readonly option: string,
  ) {
    super(message);
    this.name = 'OptionError';
  }
}

const TEXTS = {
  zh: {
    lead: 'gongkai {fn}：',
    paths: '参数 paths 应为文件、文件夹或通配符的路径（非空字符串），或这样的路径组成的数组，实际为 {got}。',
    options: '参数 options 应为对象（例如 { lang: "en" }），实际为 {got}。',
    unknown: '不认识的选项 {key}。可用的选项：{known}。',
    lang: '选项 lang 应为 "zh" 或 "en"，实际为 {got}。',
    rules: '选项 rules 应为 { 规则编号: 级别 } 的对象，级别为 "off"、"info"、"warning" 或 "error"，例如 { "cell-blank": "off" }；实际为 {got}。',
    ruleUnknown: '选项 rules 中没有编号为 {id} 的规则（全部规则见 gongkai rules）。',
    ruleSeverity: '选项 rules 中 {id} 的级别应为 "off"、"info"、"warning" 或 "error"，实际为 {got}。',
    maxSize: '选项 maxSize 应为 1 至 {max} 之间的整数（字节数，即不超过 2 GB），实际为 {got}。',
    encoding: '选项 encoding 应为文本编码的名称，例如 "gb18030"、"gbk"、"utf-8"，实际为 {got}。',
    jobs: '选项 jobs 应为 1 至 {max} 之间的整数（同时检查的文件数），实际为 {got}。',
    timeoutMs: '选项 timeoutMs 应为 0（不限时）至 {max}（24 小时）之间的毫秒数，实际为 {got}。',
    previous: '选项 previous 应为上一年度报告文件的路径（非空字符串），实际为 {got}。',
    published: '选项 published 应为报告的发布日期 YYYY-MM-DD（如 2025-01-20），实际为 {got}。',
    callback: '选项 {key} 应为函数，实际为 {got}。',
    onFile: '参数 onFile 应为函数（每个文件的结果交给它），实际为 {got}。',
    to: '选项 to 应为 "json" 或 "csv"，实际为 {got}。',
    flag: '选项 {key} 应为 true 或 false，实际为 {got}。',
    color: '选项 color 应为 0、1、2 或 3（颜色级别，0 表示不用颜色），实际为 {got}。',
    text: '选项 {key} 应为字符串，实际为 {got}。',
    docsBase: '选项 docsBase 应为规则说明页所在的网址（以 / 结尾，例如 "https://example.org/gongkai/docs/rules/"），实际为 {got}。',
    reports: '选项 reports 应为 Map（文件路径 → 报告），实际为 {got}。',
    result: '参数 result 应为 check() 返回的检查结果（含 files 和 summary），实际为 {got}。',
    report: '参数 report 应为 read() 返回的报告对象，实际为 {got}。',
    path: '参数 path 应为文件路径（非空字符串），实际为 {got}。',
    formatter: '不认识的输出格式 {got}；可选：{names}。',
  },
  en: {
    lead: 'gongkai {fn}: ',
    paths: 'paths must be a path (a file, a folder or a glob pattern, as a non-empty string) or an array of them, not {got}.',
    options: 'options must be an object (e.g. { lang: "en" }), not {got}.',
    unknown: 'unknown option {key}. Options: {known}.',
    lang: 'option lang must be "zh" or "en", not {got}.',
    rules: 'option rules must be an object of rule id → severity ("off", "info", "warning" or "error"), e.g. { "cell-blank": "off" }, not {got}.',
    ruleUnknown: 'option rules names {id}, which is no rule id (gongkai rules lists them).',
    ruleSeverity: 'option rules gives {id} the severity {got}; it must be "off", "info", "warning" or "error".',
    maxSize: 'option maxSize must be a whole number of bytes from 1 to {max} (2 GB), not {got}.',
    encoding: 'option encoding must be the name of a text encoding such as "gb18030", "gbk" or "utf-8", not {got}.',
    jobs: 'option jobs must be a whole number from 1 to {max} (files checked at the same time), not {got}.',
    timeoutMs: 'option timeoutMs must be a number of milliseconds from 0 (no limit) to {max} (24 hours), not {got}.',
    previous: "option previous must be the path of last year's report (a non-empty string), not {got}.",
    published: 'option published must be the day the reports were published, YYYY-MM-DD (such as 2025-01-20), not {got}.',
    callback: 'option {key} must be a function, not {got}.',
    onFile: 'onFile must be a function (it is given each file\'s result), not {got}.',
    to: 'option to must be "json" or "csv", not {got}.',
    flag: 'option {key} must be true or false, not {got}.',
    color: 'option color must be 0, 1, 2 or 3 (colour level; 0: none), not {got}.',
    text: 'option {key} must be a string, not {got}.',
    docsBase: 'option docsBase must be the address of the rule pages, ending in / (e.g. "https://example.org/gongkai/docs/rules/"), not {got}.',
    reports: 'option reports must be a Map (file path → report), not {got}.',
    result: 'result must be a check result as check() returns it (with files and summary), not {got}.',
    report: 'report must be a report object as read() returns it, not {got}.',
    path: 'path must be the path of a file (a non-empty string), not {got}.',
    formatter: 'unknown formatter {got}; choose one of: {names}.',
  },
} as const;

type Key = keyof (typeof TEXTS)['zh'];

/** A value as the message shows it: strings quoted, NaN and Infinity as such, objects by kind. */
function shown(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v === undefined || v === null) return String(v);
  if (typeof v === 'function') return 'function';
  if (typeof v === 'symbol') return v.toString();
  if (Array.isArray(v)) return `[${v.slice(0, 3).map(shown).join(', ')}${v.length > 3 ? ', …' : ''}]`;
  if (v instanceof Map) return 'Map';
  try {
    const json = JSON.stringify(v);
    return json.length > 80 ? `${json.slice(0, 80)}…` : json;
  } catch {
    return 'object';
  }
}

/** The language of the messages: the call's own `lang` when it is a valid one, else Chinese. */
function langOf(options: unknown): Lang {
  return typeof options === 'object' && options !== null && (options as { lang?: unknown }).lang === 'en' ? 'en' : 'zh';
}

function fail(fn: string, lang: Lang, key: Key, option: string, data: Record<string, string | number> = {}): never {
  const t = TEXTS[lang];
  throw new OptionError(`${fill(t.lead, { fn })}${fill(t[key], data)}`, fn, option);
}

// ── Schemas, one per option; the message of a failure is chosen by the option, not by zod's wording ──

const isEncoding = (label: string): boolean => {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
};

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function');
const path = z.string().min(1);
const OPTION: Record<string, { schema: z.ZodType; key: Key }> = {
  lang: { schema: z.enum(['zh', 'en']), key: 'lang' },
  maxSize: { schema: z.number().int().min(1).max(MAX_SIZE_LIMIT), key: 'maxSize' },
  encoding: { schema: z.string().min(1).refine(isEncoding), key: 'encoding' },
  jobs: { schema: z.number().int().min(1).max(MAX_JOBS), key: 'jobs' },
  timeoutMs: { schema: z.number().min(0).max(MAX_TIMEOUT_MS), key: 'timeoutMs' },
  previous: { schema: path, key: 'previous' },
  published: { schema: z.string().regex(/^20\d\d-\d\d-\d\d$/).refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d)), key: 'published' },
  syncIo: { schema: z.boolean(), key: 'flag' },
  onSkip: { schema: fn, key: 'callback' },
  onProgress: { schema: fn, key: 'callback' },
  onUnread: { schema: fn, key: 'callback' },
  to: { schema: z.enum(['json', 'csv']), key: 'to' },
  strict: { schema: z.boolean(), key: 'flag' },
  force: { schema: z.boolean(), key: 'flag' },
  quiet: { schema: z.boolean(), key: 'flag' },
  verbose: { schema: z.boolean(), key: 'flag' },
  color: { schema: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]), key: 'color' },
  cwd: { schema: z.string(), key: 'text' },
  docsBase: { schema: z.url().endsWith('/'), key: 'docsBase' },
  reports: { schema: z.instanceof(Map), key: 'reports' },
};

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

/** Checks one options object of `fn` against the options it takes (`known`); undefined values are left out as absent. */
function checkOptions(name: string, options: unknown, known: readonly string[], lang: Lang): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) fail(name, lang, 'options', 'options', { got: shown(options) });
  for (const [key, value] of Object.entries(options)) {
    if (!known.includes(key)) fail(name, lang, 'unknown', key, { key, known: known.join(', ') });
    if (value === undefined) continue;
    if (key === 'rules') {
      checkRules(name, value, lang);
      continue;
    }
    const o = OPTION[key]!;
    if (!o.schema.safeParse(value).success) {
      fail(name, lang, o.key, key, { key, got: shown(value), max: key === 'jobs' ? MAX_JOBS : key === 'timeoutMs' ? MAX_TIMEOUT_MS : MAX_SIZE_LIMIT });
    }
  }
}

const RULES_SHAPE = z.record(z.string(), z.unknown());
function checkRules(name: string, value: unknown, lang: Lang): void {
  if (!RULES_SHAPE.safeParse(value).success || Array.isArray(value) || value instanceof Map) fail(name, lang, 'rules', 'rules', { got: shown(value) });
  for (const [id, severity] of Object.entries(value as Record<string, unknown>)) {
    if (!getRule(id)) fail(name, lang, 'ruleUnknown', `rules.${id}`, { id: JSON.stringify(id) });
    if (typeof severity !== 'string' || !SEVERITIES.has(severity)) fail(name, lang, 'ruleSeverity', `rules.${id}`, { id, got: shown(severity) });
  }
}

const PATHS = z.union([path, z.array(path).min(1)]);

/** The options `check`, `checkEach` and `checkFile` take. */
export const RUN_OPTIONS = ['lang', 'rules', 'maxSize', 'encoding', 'jobs', 'timeoutMs', 'previous', 'published', 'onSkip', 'onProgress', 'syncIo'] as const;
/** The options `read` takes. */
export const READ_OPTIONS = ['encoding', 'maxSize'] as const;
/** The options `checkReport` takes. */
const REPORT_OPTIONS = ['lang', 'rules'] as const;
/** The context `format` takes. */
const FORMAT_CONTEXT = ['color', 'cwd', 'quiet', 'verbose', 'reports', 'docsBase'] as const;

/** Validates the paths and options of `check`/`checkEach`. */
export function validateRun(name: string, paths: unknown, options: unknown): void {
  const lang = langOf(options);
  if (!PATHS.safeParse(paths).success) fail(name, lang, 'paths', 'paths', { got: shown(paths) });
  checkOptions(name, options, RUN_OPTIONS, lang);
}

/** Validates a callback argument (checkEach's onFile). */
export function validateOnFile(name: string, onFile: unknown, options: unknown): void {
  if (typeof onFile !== 'function') fail(name, langOf(options), 'onFile', 'onFile', { got: shown(onFile) });
}

/** Validates one path and the options of a function that takes one file. */
export function validateFile(name: string, file: unknown, options: unknown, known: readonly string[]): void {
  const lang = langOf(options);
  if (!path.safeParse(file).success) fail(name, lang, 'path', 'path', { got: shown(file) });
  checkOptions(name, options, known, lang);
}

/** Validates `convert`'s options (required: `to`). */
export function validateConvert(file: unknown, options: unknown, known: readonly string[]): void {
  const lang = langOf(options);
  if (!path.safeParse(file).success) fail('convert', lang, 'path', 'path', { got: shown(file) });
  if (typeof options !== 'object' || options === null || Array.isArray(options)) fail('convert', lang, 'options', 'options', { got: shown(options) });
  if (!OPTION.to!.schema.safeParse((options as { to?: unknown }).to).success) fail('convert', lang, 'to', 'to', { got: shown((options as { to?: unknown }).to) });
  checkOptions('convert', options, known, lang);
}

/** Validates `checkReport`'s report and options. */
export function validateReport(report: unknown, options: unknown): void {
  const lang = langOf(options);
  const r = report as { path?: unknown; sections?: unknown; tables?: unknown; findings?: unknown } | null;
  if (typeof r !== 'object' || r === null || typeof r.path !== 'string' || !Array.isArray(r.sections) || typeof r.tables !== 'object' || !Array.isArray(r.findings)) {
    fail('checkReport', lang, 'report', 'report', { got: shown(typeof report === 'object' && report !== null ? 'object' : report) });
  }
  checkOptions('checkReport', options, REPORT_OPTIONS, lang);
}

/** Validates `format`'s arguments. */
export function validateFormat(result: unknown, name: unknown, context: unknown, names: readonly string[]): void {
  const r = result as { lang?: unknown; files?: unknown; summary?: unknown } | null;
  const lang: Lang = r && typeof r === 'object' && r.lang === 'en' ? 'en' : 'zh';
  if (typeof r !== 'object' || r === null || !Array.isArray(r.files) || typeof r.summary !== 'object' || r.summary === null) fail('format', lang, 'result', 'result', { got: shown(typeof result === 'object' && result !== null ? 'object' : result) });
  if (typeof name !== 'string' || !names.includes(name)) fail('format', lang, 'formatter', 'name', { got: shown(name), names: names.join(', ') });
  checkOptions('format', context, FORMAT_CONTEXT, lang);
}
