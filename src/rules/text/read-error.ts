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
      zipTooManyEntries: '压缩包内有 {count} 个条目，超过上限 {limit}，疑似恶意文件，未读取。',
      zipTooLarge: '压缩包解压后的总大小 {size} 超过上限 {limit}，疑似“压缩炸弹”，未读取。',
      zipRatio: '压缩包条目“{entry}”的压缩比 {ratio}:1 超过上限 {limit}:1，疑似“压缩炸弹”，未读取。',
      zipOverlap: '压缩包条目“{entry}”与条目“{other}”的数据重叠，疑似“压缩炸弹”或文件损坏，未读取。',
      zipSizeMismatch: '压缩包条目“{entry}”解压后的大小与声明的 {size} 不符，疑似“压缩炸弹”或文件损坏，未读取。',
      zipEncrypted: '压缩包条目“{entry}”已加密，无法读取。请先取消文档密码。',
      zipMethod: '压缩包条目“{entry}”使用了不支持的压缩方法（{method}），未读取。',
      zipMalformed: '压缩包结构损坏，未读取：{reason}',
      internal: '读取此文件时 gongkai 出现内部错误（{reason}），已跳过此文件。这是 gongkai 的缺陷，请附上文件报告。',
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
      zipTooManyEntries: 'The archive holds {count} entries, over the limit of {limit}; possibly hostile, not read.',
      zipTooLarge: 'The archive would unpack to {size}, over the limit of {limit}; possibly a zip bomb, not read.',
      zipRatio: 'Archive entry "{entry}" has a compression ratio of {ratio}:1, over the limit of {limit}:1; possibly a zip bomb, not read.',
      zipOverlap: 'Archive entry "{entry}" shares its data with entry "{other}"; possibly a zip bomb or a damaged file, not read.',
      zipSizeMismatch: 'Archive entry "{entry}" does not unpack to its declared size of {size}; possibly a zip bomb or a damaged file, not read.',
      zipEncrypted: 'Archive entry "{entry}" is encrypted and cannot be read. Remove the document password first.',
      zipMethod: 'Archive entry "{entry}" uses an unsupported compression method ({method}); not read.',
      zipMalformed: 'The archive is damaged; not read: {reason}',
      internal: 'gongkai failed while reading this file ({reason}); the file was skipped. This is a bug in gongkai: please report it with the file.',
    },
    hints: { resave: 'Save or export it again from the program that made it, then check again.' },
  },
} satisfies RuleTexts;
