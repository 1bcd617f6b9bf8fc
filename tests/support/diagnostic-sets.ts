/**
 * Shared diagnostic sets for the formatter tests (regular, empty, clean, no physical location,
 * multi-file, physical lines, non-ASCII with characters that need escaping). Every formatter is
 * snapshotted against every set; the SARIF of every set is validated against the schema.
 */
import { summarize } from '../../src/node/run.js';
import type { Diagnostic, FileResult, RunResult } from '../../src/model/diagnostic.js';

function file(path: string, diagnostics: Diagnostic[], extra: Partial<FileResult> = {}): FileResult {
  const count = (s: string): number => diagnostics.filter((d) => d.severity === s).length;
  return {
    file: path,
    reader: 'json',
    format: '2021',
    readable: true,
    diagnostics,
    errorCount: count('error'),
    warningCount: count('warning'),
    infoCount: count('info'),
    ...extra,
  };
}

const balance: Diagnostic = {
  ruleId: 'table3-balance',
  severity: 'error',
  category: 'content',
  messageId: 'mismatch',
  message: '“自然人”列不平衡：一、本年新收政府信息公开申请数量 + 二、上年结转政府信息公开申请数量 = （七）总计 + 四、结转下年度继续办理。左边为 81，右边为 80，相差 1。',
  hint: '核对该列的“本年新收”“上年结转”“（七）总计”“结转下年度”四个数；同一申请只能计入办结或结转之一。',
  file: 'reports/a-2023.json',
  location: {
    section: 's3',
    table: 't3',
    row: 'total',
    column: 'natural',
    cell: 't3.total.natural',
    labels: { section: '三、收到和处理政府信息公开申请情况', table: '三、收到和处理政府信息公开申请情况', rowGroup: '三、本年度办理结果', row: '（七）总计', columnGroup: '申请人情况', column: '自然人' },
  },
  physical: { pointer: '/tables/t3/total/natural' },
  related: [
    { location: { table: 't3', row: 'new', column: 'natural', cell: 't3.new.natural', labels: { row: '一、本年新收政府信息公开申请数量', column: '自然人' } }, physical: { pointer: '/tables/t3/new/natural' }, value: '80' },
    { location: { table: 't3', row: 'carried_over', column: 'natural', cell: 't3.carried_over.natural', labels: { row: '二、上年结转政府信息公开申请数量', column: '自然人' } }, physical: { pointer: '/tables/t3/carried_over/natural' }, value: '1' },
  ],
  expected: 81,
  actual: 80,
  equation: '一 + 二 = （七）总计 + 四',
  data: { column: '自然人', left: 81, right: 80, diff: 1 },
};

const blank: Diagnostic = {
  ruleId: 'cell-blank',
  severity: 'warning',
  category: 'content',
  messageId: 'placeholder',
  message: '表三“（三）不予公开/8.属于行政查询事项”行“科研机构”列填写了“/”而不是数字。',
  hint: '没有数据请填0。',
  file: 'reports/a-2023.json',
  location: { section: 's3', table: 't3', row: 'denied_query', column: 'research', cell: 't3.denied_query.research', labels: { table: '三、收到和处理政府信息公开申请情况', row: '8.属于行政查询事项', column: '科研机构' } },
  physical: { pointer: '/tables/t3/denied_query/research' },
};

const incomplete: Diagnostic = {
  ruleId: 'table3-row-total',
  severity: 'info',
  category: 'content',
  messageId: 'incomplete',
  message: '“（三）不予公开/8.属于行政查询事项”行无法核对申请人之和：科研机构 不是数字。',
  file: 'reports/a-2023.json',
  location: { section: 's3', table: 't3', row: 'denied_query', column: 'total', cell: 't3.denied_query.total' },
  physical: { pointer: '/tables/t3/denied_query/total' },
};

const missingSection: Diagnostic = {
  ruleId: 'section-missing',
  severity: 'error',
  category: 'format',
  messageId: 'missing',
  message: '缺少第六部分“六、其他需要报告的事项”。',
  file: 'reports/b-2022.json',
  location: { section: 's6', labels: { section: '六、其他需要报告的事项' } },
};

const unreadable: FileResult = {
  file: 'reports/broken.json',
  readable: false,
  diagnostics: [
    {
      ruleId: 'read-error',
      severity: 'error',
      category: 'input',
      messageId: 'unreadable',
      message: '无法读取此文件：不是有效的 JSON',
      hint: '请用原编辑软件重新保存或导出后再检查。',
      file: 'reports/broken.json',
      location: {},
      physical: { line: 1, column: 2 },
    },
  ],
  errorCount: 1,
  warningCount: 0,
  infoCount: 0,
};

/** A text/CSV reader's diagnostics: lines and columns. */
const withLines: Diagnostic[] = [
  {
    ruleId: 'cell-unit',
    severity: 'warning',
    category: 'content',
    messageId: 'unit',
    message: '表四“行政复议”行“结果维持”列写成“3件”，单元格内不应带单位“件”。',
    hint: '只填写 3。',
    file: 'reports/c-2024.csv',
    location: { section: 's4', table: 't4', row: 'review', column: 'upheld', cell: 't4.review.upheld', labels: { table: '四、政府信息公开行政复议、行政诉讼情况', row: '行政复议', column: '结果维持' } },
    physical: { line: 42, column: 3 },
  },
  {
    ruleId: 'section-title',
    severity: 'warning',
    category: 'format',
    messageId: 'variant',
    message: '标题“四、政府信息公开行政法复议、行政诉讼情况”与模板标题不一致。',
    file: 'reports/c-2024.csv',
    location: { section: 's4', labels: { section: '四、政府信息公开行政复议、行政诉讼情况' } },
    physical: { line: 7 },
  },
];

/** Characters every tool format must escape: % , : CR LF | ` and a path with spaces and Chinese. */
const tricky: Diagnostic = {
  ruleId: 'cell-not-number',
  severity: 'error',
  category: 'content',
  messageId: 'text',
  message: '表二“行政许可”行写成“100%, 见附件:\r\n第2页 | `x`”。',
  hint: '只填数字,不要写说明：放到正文里。',
  file: '报告 目录/平潭 2023, 年报.json',
  location: { section: 's2', table: 't2', row: 'licensing', column: 'handled', cell: 't2.licensing.handled', labels: { table: '二、主动公开政府信息情况', row: '行政许可', column: '本年处理决定数量' } },
  physical: { pointer: '/tables/t2/licensing/handled' },
};

function withoutPhysical(d: Diagnostic): Diagnostic {
  const { physical: _dropped, ...rest } = d;
  return rest;
}

export const SETS: Record<string, RunResult> = {
  regular: summarize([file('reports/a-2023.json', [balance, blank, incomplete], { agency: '平潭综合实验区某局', year: 2023 })], 'zh'),
  empty: summarize([], 'zh'),
  clean: summarize([file('reports/clean-2021.json', [])], 'en'),
  'no-physical': summarize([file('reports/b-2022.json', [missingSection, withoutPhysical({ ...blank, file: 'reports/b-2022.json' })])], 'zh'),
  'multi-file': summarize([file('reports/a-2023.json', [balance]), file('reports/b-2022.json', [missingSection]), unreadable, file('reports/clean-2021.json', [])], 'zh'),
  lines: summarize([file('reports/c-2024.csv', withLines, { reader: 'csv' })], 'en'),
  'non-ascii': summarize([file('报告 目录/平潭 2023, 年报.json', [tricky])], 'zh'),
};
