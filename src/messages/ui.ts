/** Words of the pretty output and the CLI, apart from logic. */
import type { Lang } from './render.js';

export const UI = {
  zh: {
    error: '错误',
    warning: '警告',
    info: '提示',
    hint: '修改建议',
    expected: '应为 {expected}，实为 {actual}',
    related: '相关单元格',
    unreadable: '无法读取',
    fileHeader: '{reader} · {format}年格式',
    summary: '共检查 {files} 个文件：{clean} 个无问题，{withErrors} 个有错误，{withWarnings} 个有警告，{unreadable} 个无法读取。合计 {errors} 个错误，{warnings} 个警告，{infos} 个提示。',
    noFiles: '没有找到可检查的文件。',
    tooManyWarnings: '警告数 {warnings} 超过 --max-warnings {max}。',
    ok: '无问题',
    blankCell: '（空白）',
    restZero: '；其余 {n} 个单元格为 0',
  },
  en: {
    error: 'error',
    warning: 'warning',
    info: 'info',
    hint: 'fix',
    expected: 'expected {expected}, found {actual}',
    related: 'related cells',
    unreadable: 'unreadable',
    fileHeader: '{reader} · {format} format',
    summary: 'Checked {files} file(s): {clean} clean, {withErrors} with errors, {withWarnings} with warnings, {unreadable} unreadable. {errors} error(s), {warnings} warning(s), {infos} info in total.',
    noFiles: 'No files to check were found.',
    tooManyWarnings: '{warnings} warnings exceed --max-warnings {max}.',
    ok: 'no problems',
    blankCell: '(blank)',
    restZero: '; the other {n} cells are 0',
  },
} satisfies Record<Lang, Record<string, string>>;
