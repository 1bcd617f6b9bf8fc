/**
 * Words of the command line itself, apart from logic: the help (descriptions of commands, arguments and
 * options, the help's titles), argument errors, and the usage errors of the commands. `{name}`
 * placeholders are filled by `fill` (render.ts).
 *
 * Help descriptions are keyed by command name (`gongkai` for the program) and then by the option's
 * attribute name (`--max-size` → `maxSize`) or the argument's name; main.ts puts them on the commands
 * (tests/cli-edges.test.ts checks that every option of every command has one in each language).
 */
import type { Lang } from './render.js';

interface CommandTexts {
  description: string;
  args?: Record<string, string>;
  options: Record<string, string>;
}

export interface CliTexts {
  /** Help section titles, by commander's English title. */
  titles: Record<string, string>;
  /** The extra information after an option's description: its choices and its default. */
  choicesInHelp: string;
  defaultInHelp: string;
  /** Around the extras (`{extras}`), and between them. */
  helpExtras: string;
  helpExtrasSeparator: string;
  listSeparator: string;
  helpOption: string;
  helpCommand: string;
  commands: Record<'gongkai' | 'check' | 'rules' | 'convert' | 'template' | 'app', CommandTexts>;
  /** Argument errors (exit 2), each followed by `seeHelp`. */
  errors: {
    unknownOption: string;
    didYouMean: string;
    unknownCommand: string;
    missingArgument: string;
    optionMissingArgument: string;
    missingMandatoryOption: string;
    mandatoryChoices: string;
    invalidArgument: string;
    choices: string;
    excessArguments: string;
    other: string;
    seeHelp: string;
  };
  /** Why an option's value was not accepted (after `invalidArgument`). */
  invalid: {
    ruleSyntax: string;
    ruleUnknown: string;
    count: string;
    positive: string;
    seconds: string;
    secondsTooLarge: string;
    jobsTooMany: string;
    year: string;
    day: string;
    sizeSyntax: string;
    sizeNotPositive: string;
    sizeTooLarge: string;
  };
  /** Writing output files. */
  io: {
    inputOverwrite: string;
    previousOverwrite: string;
    configOverwrite: string;
    /** Why an output may not go to a file of the run (the step summary's reason): it is an input, --previous, the config. */
    guarded: { input: string; previous: string; config: string };
    /** A kind of file no output is written to (a block device, a socket): {kind}. */
    notWritable: string;
    exists: string;
    cannotWrite: string;
    /** Plain words for the usual reasons a file cannot be written, by error code. */
    reasons: Record<string, string>;
  };
  check: {
    unknownFormat: string;
    emptyFile: string;
    outputUnused: string;
    twoToStdout: string;
    sameFile: string;
    stepSummary: string;
    workbookNeedsFile: string;
  };
  template: {
    noFormat: string;
    xlsxNeedsOutput: string;
  };
  app: {
    /** The page is not in the installation (dist/gongkai.html, written by npm run build). */
    notBuilt: string;
    /** Told on standard error once the page is written. */
    written: string;
  };
  internal: string;
  internalDebug: string;
}

export const CLI: Record<Lang, CliTexts> = {
  zh: {
    titles: { 'Usage:': '用法：', 'Options:': '选项：', 'Commands:': '命令：', 'Arguments:': '参数：', 'Global Options:': '全局选项：' },
    choicesInHelp: '可选：{choices}',
    defaultInHelp: '默认：{value}',
    helpExtras: '（{extras}）',
    helpExtrasSeparator: '；',
    listSeparator: '、',
    helpOption: '显示帮助',
    helpCommand: '显示某个命令的帮助',
    commands: {
      gongkai: {
        description: '检查和转换政府信息公开工作年度报告',
        options: { version: '显示版本号', debug: '内部错误时显示程序调用栈（供开发者排查）' },
      },
      check: {
        description: '按官方格式检查年度报告（文件或目录）',
        args: { paths: '报告文件、目录（含子目录）或加引号的通配模式，如 "报告/*.xlsx"' },
        options: {
          format: '输出格式：pretty、json、sarif、github、html、csv（问题清单）、xlsx（审核用工作簿，须写入文件，如 xlsx:汇总.xlsx）；写成 名称:文件 则写入该文件（可重复）',
          lang: '提示语言：zh 中文，en 英文',
          output: '把结果写入文件，而不是显示在屏幕上（标准输出）',
          maxWarnings: '警告数超过此数时，退出码为 1',
          quiet: '只报告错误',
          rule: '把某条规则设为 off、info、warning 或 error，如 --rule cell-blank=off（可重复）',
          maxSize: '可读取的最大文件（默认 50MB；单位 B、KB、MB、GB，不分大小写，1 KB = 1024 字节）',
          encoding: '文本、CSV、HTML 文件的字符编码（默认自动识别）',
          jobs: '同时检查的文件数（默认等于 CPU 核数）',
          timeout: '每个文件的时间上限，超时的文件停止检查并报告（默认 60 秒；0 表示不限）',
          verbose: '在标准错误输出上说明跳过了哪些文件、运行情况；逐个列出一条提示涉及的全部单元格（如一张表的所有空白单元格）',
          previous: '同一机关上一年度的报告，与每个文件做同比检查（一起检查的文件会按机关和年度自动配对）',
          published: '报告的发布日期（YYYY-MM-DD），与发布期限比较（report-late）；不给时从网页页头或配置文件读取',
        },
      },
      rules: {
        description: '列出所有规则：编号、代码、默认严重程度和标题',
        options: { lang: '语言：zh 中文，en 英文', format: '输出格式' },
      },
      convert: {
        description: '把报告转换为规范化 JSON、整洁的 CSV 或官方版式的 HTML 页面',
        args: { file: '报告文件' },
        options: {
          to: '输出格式',
          output: '写入文件，而不是显示在屏幕上（标准输出）',
          annotate: 'html：在单元格上标出检查发现的每个问题',
          lang: '提示语言：zh 中文，en 英文',
          encoding: '文本、CSV、HTML 文件的字符编码（默认自动识别）',
          maxSize: '可读取的最大文件（默认 50MB；单位 B、KB、MB、GB，不分大小写）',
          strict: '有未能读取的单元格时不写出任何输出（退出码 1）',
          timeout: '读取文件的时间上限，超时则停止并报告（默认 60 秒；0 表示不限）',
        },
      },
      template: {
        description: '生成空白的官方模板（各部分及表二、表三、表四），供填写',
        options: {
          to: '模板格式',
          year: '报告年度，决定用哪一版格式（默认：上一年）',
          output: '写入文件（xlsx 必须指定）',
          force: '文件已存在时覆盖它（默认不覆盖，以免冲掉已填写的表格）',
          lang: '提示语言：zh 中文，en 英文',
        },
      },
      app: {
        description: '写出离线检查页面：一个 HTML 文件，用浏览器打开即可检查报告，不需要 Node.js，也不联网',
        options: {
          output: '写到哪个文件（默认 gongkai.html）',
          force: '文件已存在时覆盖它（默认不覆盖）',
          lang: '提示语言：zh 中文，en 英文',
        },
      },
    },
    errors: {
      unknownOption: '不认识的选项 {flag}。',
      didYouMean: '是不是要用 {near}？',
      unknownCommand: '没有 {name} 这个命令。可用的命令：{commands}。',
      missingArgument: '缺少参数 {arg}：{what}。',
      optionMissingArgument: '选项 {option} 后面缺少值（{value}）。',
      missingMandatoryOption: '缺少必需的选项 {option}。',
      mandatoryChoices: '缺少必需的选项 {option}，可选：{choices}。',
      invalidArgument: '选项 {option} 的值“{value}”无效：{reason}',
      choices: '可选：{choices}。',
      excessArguments: '多余的参数：{extra}。文件名含空格时请加引号；选项要以 - 或 -- 开头。',
      other: '命令行参数有误：{message}',
      seeHelp: '查看用法：{command} --help',
    },
    invalid: {
      ruleSyntax: '应写成 规则编号=级别，级别为 off、info、warning 或 error，例如 --rule cell-blank=off。',
      ruleUnknown: '没有编号为 {id} 的规则（全部规则见 gongkai rules）。',
      count: '应为 0 或正整数。',
      positive: '应为正整数（1、2、3……）。',
      seconds: '应为秒数，例如 60、2.5 或 500ms（0 表示不限时）。',
      secondsTooLarge: '不能超过 86400 秒（24 小时）；0 表示不限时。',
      jobsTooMany: '不能超过 {max}（同时检查的文件数；默认每个处理器核心一个）。',
      year: '应为 2000 至 2100 之间的四位年份，例如 2025。',
      day: '应为日期 YYYY-MM-DD，例如 2025-01-20。',
      sizeSyntax: '应为大小，例如 50MB、800KB 或 1048576（字节）；单位可用 B、K、KB、KiB、M、MB、MiB、G、GB、GiB，不分大小写。',
      sizeNotPositive: '必须大于 0，例如 50MB。',
      sizeTooLarge: '不能超过 2 GB。',
    },
    io: {
      inputOverwrite: '不能把结果写到输入文件 {path} 上，请用 -o 换一个文件名。',
      previousOverwrite: '不能把结果写到 --previous 指定的文件 {path} 上，请用 -o 换一个文件名。',
      configOverwrite: '不能把结果写到配置文件 {path} 上，请用 -o 换一个文件名。',
      guarded: { input: '这是本次检查的输入文件', previous: '这是 --previous 指定的文件', config: '这是本次使用的配置文件' },
      notWritable: '这是一个{kind}，gongkai 只写入普通文件、字符设备（如 /dev/null）和命名管道',
      exists: '文件已存在，未写入：{where}。要覆盖它请加 --force，或用 -o 换一个文件名。',
      cannotWrite: '无法写入 {path}：{reason}。',
      reasons: {
        ENOENT: '文件夹不存在（ENOENT）',
        ENOTDIR: '路径中有一段不是文件夹（ENOTDIR）',
        EISDIR: '这是一个文件夹（EISDIR）',
        EACCES: '没有写入权限（EACCES）',
        EPERM: '没有写入权限（EPERM）',
        EROFS: '磁盘是只读的（EROFS）',
        ENOSPC: '磁盘空间已满（ENOSPC）',
        EDQUOT: '磁盘配额已用完（EDQUOT）',
        ENXIO: '这是一个命名管道，但没有程序在读取它（ENXIO）',
        ELOOP: '符号链接绕成了圈，找不到真正的文件（ELOOP）',
      },
    },
    check: {
      unknownFormat: '不认识的输出格式 --format "{format}"，可选：{names}。',
      emptyFile: '--format {spec}：冒号后面的文件名是空的。',
      outputUnused: '-o {output} 用不上：每个 --format 都已写明自己的文件。要用 -o，请给一个不带文件名的 --format，例如 --format sarif -o {output}。',
      twoToStdout: '只能有一个 --format 输出到屏幕（标准输出），其余请写明文件，例如 --format sarif:gongkai.sarif。',
      sameFile: '有两个 --format 写到了同一个文件，请给它们不同的文件名。',
      stepSummary: 'gongkai：无法写入 GitHub 步骤摘要 {path}：{reason}（检查结果不受影响）',
      workbookNeedsFile: '--format {format} 写出的是工作簿文件，不能显示在屏幕上：请写成 --format {format}:文件名，如 --format {format}:汇总.xlsx。',
    },
    template: {
      noFormat: '{year} 年没有适用的报告格式（格式自 2019 年起适用），请用 --year 指定 2019 年以后的年度。',
      xlsxNeedsOutput: 'xlsx 是二进制文件，不能显示在屏幕上：请用 -o 指定文件名，例如 -o 年度报告.xlsx。',
    },
    app: {
      notBuilt: '这个 gongkai 安装中没有离线检查页面（{path}）。请安装正式发布的 gongkai，或在源代码目录中运行 npm run build 生成它。',
      written: '已写出离线检查页面 {path}（{size}）。用浏览器（Chrome、Edge、Firefox）打开它即可检查报告，不需要安装任何软件，也不联网；可以复制到其他电脑使用。',
    },
    internal: '内部错误：{message}',
    internalDebug: '加 --debug 再运行一次可看到详情。',
  },
  en: {
    titles: { 'Usage:': 'Usage:', 'Options:': 'Options:', 'Commands:': 'Commands:', 'Arguments:': 'Arguments:', 'Global Options:': 'Global Options:' },
    choicesInHelp: 'choices: {choices}',
    defaultInHelp: 'default: {value}',
    helpExtras: ' ({extras})',
    helpExtrasSeparator: '; ',
    listSeparator: ', ',
    helpOption: 'show help',
    helpCommand: 'show help for a command',
    commands: {
      gongkai: {
        description: 'check and convert government information-disclosure annual reports',
        options: { version: 'show the version number', debug: 'show stack traces of internal errors' },
      },
      check: {
        description: 'check reports (files or directories) against the official format',
        args: { paths: 'report files, directories (recursive) or quoted glob patterns such as "reports/*.xlsx"' },
        options: {
          format: 'output format: pretty, json, sarif, github, html, csv (the findings), xlsx (the reviewer\'s workbook, to a file only, e.g. xlsx:summary.xlsx); name:file writes it to a file (repeatable)',
          lang: 'message language: zh Chinese, en English',
          output: 'write the output to a file instead of standard output',
          maxWarnings: 'exit 1 when there are more warnings than this',
          quiet: 'report errors only',
          rule: 'set a rule to off, info, warning or error, e.g. --rule cell-blank=off (repeatable)',
          maxSize: 'largest file to read (default 50MB; units B, KB, MB, GB in any case, 1 KB = 1024 bytes)',
          encoding: 'text encoding of text, CSV and HTML files (default: detect)',
          jobs: 'files checked at the same time (default: number of cores)',
          timeout: 'time limit per file; a file that takes longer is stopped and reported (default 60; 0: none)',
          verbose: 'say which files were skipped and how the run went (on stderr); list every cell of a finding (e.g. all blank cells of a table)',
          previous: "last year's report of the same agency: year-over-year checks against each file (files checked together are paired by agency and year anyway)",
          published: 'the day the reports were published (YYYY-MM-DD), checked against the deadline (report-late); without it, read from the page header or the config',
        },
      },
      rules: {
        description: 'list every rule with its id, code, default severity and title',
        options: { lang: 'language: zh Chinese, en English', format: 'output format' },
      },
      convert: {
        description: 'convert a report to normalized JSON, tidy CSV or an official-layout HTML page',
        args: { file: 'report file' },
        options: {
          to: 'output format',
          output: 'write to a file instead of standard output',
          annotate: 'html: mark every finding of check on its cell',
          lang: 'message language: zh Chinese, en English',
          encoding: 'text encoding of text, CSV and HTML files (default: detect)',
          maxSize: 'largest file to read (default 50MB; units B, KB, MB, GB in any case)',
          strict: 'write nothing (exit 1) when a table cell could not be read',
          timeout: 'time limit for reading the file; past it, it is stopped and reported (default 60; 0: none)',
        },
      },
      template: {
        description: 'write the blank official template (sections and tables 二/三/四) to fill in',
        options: {
          to: 'template format',
          year: 'reporting year; picks the format version (default: last year)',
          output: 'write to a file (required for xlsx)',
          force: 'replace the file if it exists (by default an existing file, perhaps filled in, is kept)',
          lang: 'message language: zh Chinese, en English',
        },
      },
      app: {
        description: 'write the offline page: one HTML file that checks reports when opened in a browser, without Node.js and without the network',
        options: {
          output: 'the file to write (default gongkai.html)',
          force: 'replace the file if it exists (by default it is kept)',
          lang: 'message language: zh Chinese, en English',
        },
      },
    },
    errors: {
      unknownOption: 'unknown option {flag}.',
      didYouMean: ' Did you mean {near}?',
      unknownCommand: 'there is no command {name}. Commands: {commands}.',
      missingArgument: 'missing {arg}: {what}.',
      optionMissingArgument: 'option {option} needs a value ({value}).',
      missingMandatoryOption: 'the option {option} is required.',
      mandatoryChoices: 'the option {option} is required; choose one of: {choices}.',
      invalidArgument: 'invalid value "{value}" for {option}: {reason}',
      choices: 'choose one of: {choices}.',
      excessArguments: 'unexpected argument(s): {extra}. Quote file names with spaces; options start with - or --.',
      other: 'wrong arguments: {message}',
      seeHelp: 'See: {command} --help',
    },
    invalid: {
      ruleSyntax: 'expected id=severity with off, info, warning or error, e.g. --rule cell-blank=off.',
      ruleUnknown: 'there is no rule {id} (see: gongkai rules).',
      count: 'expected a whole number ≥ 0.',
      positive: 'expected a whole number ≥ 1.',
      seconds: 'expected seconds such as 60, 2.5 or 500ms (0: no limit).',
      secondsTooLarge: 'must be at most 86400 seconds (24 hours); 0 means no limit.',
      jobsTooMany: 'must be at most {max} (files checked at the same time; default one per core).',
      year: 'expected a four-digit year from 2000 to 2100, such as 2025.',
      day: 'expected a date YYYY-MM-DD, such as 2025-01-20.',
      sizeSyntax: 'expected a size such as 50MB, 800KB or 1048576 (bytes); units B, K, KB, KiB, M, MB, MiB, G, GB, GiB in any case.',
      sizeNotPositive: 'must be more than 0, e.g. 50MB.',
      sizeTooLarge: 'must be at most 2 GB.',
    },
    io: {
      inputOverwrite: 'refusing to overwrite the input file {path}: choose another name with -o.',
      previousOverwrite: 'refusing to overwrite the --previous file {path}: choose another name with -o.',
      configOverwrite: 'refusing to overwrite the config file {path}: choose another name with -o.',
      guarded: { input: 'it is one of the files being checked', previous: 'it is the --previous file', config: 'it is the config file in use' },
      notWritable: 'it is a {kind}; gongkai writes only to regular files, character devices (such as /dev/null) and named pipes',
      exists: 'not written: the file already exists: {where}. Add --force to replace it, or choose another name with -o.',
      cannotWrite: 'cannot write {path}: {reason}.',
      reasons: {
        ENOENT: 'the folder does not exist (ENOENT)',
        ENOTDIR: 'part of the path is not a folder (ENOTDIR)',
        EISDIR: 'it is a folder (EISDIR)',
        EACCES: 'no permission to write there (EACCES)',
        EPERM: 'no permission to write there (EPERM)',
        EROFS: 'the disk is read-only (EROFS)',
        ENOSPC: 'the disk is full (ENOSPC)',
        EDQUOT: 'the disk quota is used up (EDQUOT)',
        ENXIO: 'it is a named pipe and nothing is reading it (ENXIO)',
        ELOOP: 'the symbolic links go round in a loop, with no file at the end (ELOOP)',
      },
    },
    check: {
      unknownFormat: 'unknown --format "{format}"; choose one of: {names}.',
      emptyFile: '--format {spec}: the file name after ":" is empty.',
      outputUnused: '-o {output}: every --format already names its own file; give -o with a bare --format, e.g. --format sarif -o {output}.',
      twoToStdout: 'only one --format can write to standard output; give the others a file, e.g. --format sarif:gongkai.sarif.',
      sameFile: 'two --format outputs name the same file; give them different names.',
      stepSummary: 'gongkai: cannot write the step summary to {path}: {reason} (the check itself is not affected)',
      workbookNeedsFile: '--format {format} writes a workbook file, which cannot go to the screen: give a file name, e.g. --format {format}:summary.xlsx.',
    },
    template: {
      noFormat: 'no official format applies to the year {year} (formats apply from 2019); give --year 2019 or later.',
      xlsxNeedsOutput: '--to xlsx writes a binary file: give its name with -o, e.g. -o 年度报告.xlsx.',
    },
    app: {
      notBuilt: 'this installation of gongkai has no offline page ({path}). Install a released gongkai, or run npm run build in the source folder to make it.',
      written: 'wrote the offline page {path} ({size}). Open it in a browser (Chrome, Edge, Firefox) to check reports: nothing to install, no network; it can be copied to other computers.',
    },
    internal: 'internal error: {message}',
    internalDebug: 'Run again with --debug for details.',
  },
};

/**
 * A message in the language asked for; without one (API callers that pass no language), in both,
 * Chinese first.
 */
export function cliText(lang: Lang | undefined, pick: (t: CliTexts) => string, fillWith: (template: string) => string = (s) => s): string {
  if (lang) return fillWith(pick(CLI[lang]));
  return `${fillWith(pick(CLI.zh))} / ${fillWith(pick(CLI.en))}`;
}
