/**
 * gongkai command line. `main` parses arguments, runs one command and returns the exit code; it
 * never calls process.exit.
 *
 * Exit codes: 0 = no errors; 1 = errors found, warnings over --max-warnings, or a file that cannot
 * be read; 2 = usage error or internal failure.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../errors.js';
import { VERSION } from '../version.js';
import type { Io } from './io.js';
import { runCheck } from './commands/check.js';
import { runRules } from './commands/rules.js';
import { runConvert } from './commands/convert.js';
import { runTemplate } from './commands/template.js';
import type { Severity } from '../model/diagnostic.js';
import { getRule } from '../rules/index.js';

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

function parseRuleSetting(value: string, previous: Record<string, Severity | 'off'> = {}): Record<string, Severity | 'off'> {
  const m = /^([a-z0-9-]+)=(off|info|warning|error)$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`expected id=off|info|warning|error, got "${value}"`);
  if (!getRule(m[1]!)) throw new InvalidArgumentError(`unknown rule id "${m[1]}" (see: gongkai rules)`);
  return { ...previous, [m[1]!]: m[2] as Severity | 'off' };
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return n;
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}

function parseSeconds(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(s|ms)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected seconds such as 60, 2.5 or 500ms (0: no limit)');
  return (m[2] ?? '').toLowerCase() === 'ms' ? Number(m[1]) / 1000 : Number(m[1]);
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function parseYear(value: string): number {
  const n = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || n < 2000 || n > 2100) throw new InvalidArgumentError('expected a year such as 2025');
  return n;
}

function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 50MB, 800KB or 1048576');
  const mult = { k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 }[(m[2] ?? '').toLowerCase()] ?? 1;
  return Math.floor(Number(m[1]) * mult);
}

export async function main(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const debug = argv.includes('--debug');
  const program = new Command('gongkai')
    .description('检查和转换政府信息公开工作年度报告 / check and convert government information-disclosure annual reports')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .option('--debug', 'show stack traces of internal errors');

  const lang = new Option('--lang <lang>', 'message language').choices(['zh', 'en']).default('zh');

  program
    .command('check')
    .description('check reports (files or directories) against the official format')
    .argument('<paths...>', 'report files, directories (recursive) or quoted glob patterns')
    .addOption(new Option('-f, --format <name[:file]>', 'output format: pretty, json, sarif, github, html; name:file writes it to a file (repeatable)').argParser(collect))
    .addOption(lang)
    .option('-o, --output <file>', 'write the output to a file instead of standard output')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('-q, --quiet', 'report errors only')
    .option('--rule <id=severity>', 'set a rule to off|info|warning|error (repeatable)', parseRuleSetting)
    .option('--max-size <size>', 'largest file to read (default 50MB)', parseSize)
    .option('--encoding <name>', 'text encoding of text, CSV and HTML files (default: detect)')
    .option('-j, --jobs <n>', 'files checked at the same time (default: number of cores)', parsePositive)
    .option('--timeout <seconds>', 'time limit per file; a file that takes longer is stopped and reported (default 60; 0: none)', parseSeconds)
    .option('--verbose', 'say which files were skipped and how the run went (on stderr)')
    .option('--previous <file>', "last year's report of the same agency: year-over-year checks against each file (files checked together are paired by agency and year anyway)")
    .action(async (paths: string[], opts) => {
      code = await runCheck(paths, opts, io);
    });

  program
    .command('rules')
    .description('list every rule with its id, code, default severity and title')
    .addOption(new Option('--lang <lang>', 'language').choices(['zh', 'en']).default('zh'))
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .action((opts) => {
      code = runRules(opts, io);
    });

  program
    .command('convert')
    .description('convert a report to normalized JSON, tidy CSV or an official-layout HTML page')
    .argument('<file>', 'report file')
    .addOption(new Option('-t, --to <format>', 'output format').choices(['json', 'csv', 'html']).makeOptionMandatory())
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--annotate', 'html: mark every finding of check on its cell')
    .addOption(new Option('--lang <lang>', 'message language').choices(['zh', 'en']).default('zh'))
    .option('--encoding <name>', 'text encoding of text, CSV and HTML files (default: detect)')
    .option('--max-size <size>', 'largest file to read (default 50MB)', parseSize)
    .action(async (file: string, opts) => {
      code = await runConvert(file, opts, io);
    });

  program
    .command('template')
    .description('write the blank official template (sections and tables 二/三/四) to fill in')
    .addOption(new Option('-t, --to <format>', 'template format').choices(['xlsx', 'csv']).makeOptionMandatory())
    .option('--year <year>', 'reporting year; picks the format version (default: last year)', parseYear)
    .option('-o, --output <file>', 'write to a file (required for xlsx)')
    .action(async (opts) => {
      code = await runTemplate(opts, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; every other parse problem is a usage error.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof UsageError) {
      io.stderr.write(`gongkai: ${e.message}\n`);
      return EXIT.usage;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.stderr.write(`gongkai: internal error / 内部错误: ${msg}\n`);
    if (debug && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    else io.stderr.write('Run again with --debug for details / 加 --debug 查看详情。\n');
    return EXIT.usage;
  }
}

