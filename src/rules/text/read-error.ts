import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '无法读取文件',
    doc: '文件无法打开或无法按其格式解析（例如文件损坏、格式与扩展名不符、不是受支持的格式、文件过大）。请确认文件完整，另存为受支持的格式（.json、.xlsx、.csv、.docx、.html、.txt）后重试。',
    messages: {
      unreadable: '无法读取此文件：{reason}',
      unsupported: '不支持的文件类型“{ext}”。可检查的格式：{formats}。',
      notFound: '找不到文件或目录：{path}',
      tooLarge: '文件大小 {size} 超过上限 {limit}，未读取。可用 --max-size 调整上限。',
    },
    hints: { resave: '请用原编辑软件重新保存或导出后再检查。' },
  },
  en: {
    title: 'File cannot be read',
    doc: 'The file cannot be opened or parsed as its format (damaged file, content that does not match the extension, an unsupported type, a file over the size limit). Make sure the file is complete, save it in a supported format (.json, .xlsx, .csv, .docx, .html, .txt) and check again.',
    messages: {
      unreadable: 'This file cannot be read: {reason}',
      unsupported: 'Unsupported file type "{ext}". Readable formats: {formats}.',
      notFound: 'No such file or directory: {path}',
      tooLarge: 'File size {size} exceeds the limit {limit}; not read. Use --max-size to change the limit.',
    },
    hints: { resave: 'Save or export it again from the program that made it, then check again.' },
  },
} satisfies RuleTexts;
