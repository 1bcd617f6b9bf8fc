/**
 * gongkai command line. `main` parses arguments, runs one command and returns the exit code; it
 * never calls process.exit.
 *
 * Exit codes: 0 = no errors; 1 = errors found, warnings over --max-warnings, or a file that cannot
 * be read; 2 = usage error or internal failure. bin/gongkai.js adds 130 (Ctrl-C) and 143 (SIGTERM),
 * after `cleanUp()`.
 *
 * Language: the help, argument errors and messages are Chinese, or English with `--lang en`, decided
 * from the arguments before they are parsed (`argvLang`), so that a mistake made before `--lang en` is
 * told in English too. Their words are in src/messages/cli.ts; commander's own English texts are not
 * shown: its errors are told again from their code (`CommanderError.code`) and the command they are on.
 */
import { Command, CommanderError, InvalidArgumentError, Option, type Argument, type Help } from 'commander';
import { UsageError } from '../errors.js';
import { VERSION } from '../version.js';
import type { Io } from './io.js';
import { removeLiveOutputs } from './io-write.js';
import { runCheck } from './commands/check.js';
import { runRules } from './commands/rules.js';
import { runConvert } from './commands/convert.js';
import { runTemplate } from './commands/template.js';
import { runApp } from './commands/app.js';
import type { Severity } from '../model/diagnostic.js';
import { getRule } from '../rules/index.js';
import { removeLiveSpools } from '../node/spool.js';
import { MAX_JOBS, MAX_TIMEOUT_MS } from '../node/pool.js';
import { editDistance } from '../format/labels.js';
import { CLI, type CliTexts } from '../messages/cli.js';
import { fill, type Lang } from '../messages/render.js';
import { SizeError, parseSize as sizeFromText } from '../size.js';
import { terminalSafe } from '../terminal.js';

export const EXIT = { ok: 0, findings: 1, usage: 2, interrupted: 130, terminated: 143 } as const;

/**
 * Removes what a run stopped from outside leaves behind: its spool folders (temp directory) and the
 * temporary files of outputs not finished. Synchronous, for a signal handler right before exit.
 */
export function cleanUp(): void {
  removeLiveSpools();
  removeLiveOutputs();
}

/**
 * What is said on standard error about an internal error (exit 2): one line in the user's language, and
 * the stack trace with --debug. Also used by bin/gongkai.js for an error nothing caught.
 */
export function internalFailure(e: unknown, argv: readonly string[], debug = argv.includes('--debug')): string {
  const t = CLI[argvLang(argv)];
  const msg = e instanceof Error ? e.message : String(e);
  const more = debug && e instanceof Error && e.stack ? e.stack : t.internalDebug;
  return `gongkai: ${terminalSafe(fill(t.internal, { message: msg }))}\n${more}\n`;
}

/** The language asked for with `--lang en` / `--lang=en` anywhere before `--` (the last one wins); Chinese otherwise. */
export function argvLang(argv: readonly string[]): Lang {
  let lang: Lang = 'zh';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value !== undefined) lang = value.trim().toLowerCase() === 'en' ? 'en' : 'zh';
  }
  return lang;
}

/** A mistake in the arguments, told in the user's language, and where the usage is explained. */
class ArgumentError extends UsageError {
  constructor(
    message: string,
    readonly seeHelp: string,
  ) {
    super(message);
    this.name = 'ArgumentError';
  }
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** The parsers of option values; a value they refuse gets its reason in the user's language. */
function optionParsers(t: CliTexts['invalid']) {
  function fail(reason: string): never {
    throw new InvalidArgumentError(reason);
  }
  const wholeNumber = (value: string, min: number, reason: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isInteger(n) || n < min) fail(reason);
    return n;
  };
  return {
    rule(value: string, previous: Record<string, Severity | 'off'> = {}): Record<string, Severity | 'off'> {
      const m = /^([a-z0-9-]+)=(off|info|warning|error)$/.exec(value.trim());
      if (!m) fail(t.ruleSyntax);
      if (!getRule(m[1]!)) fail(fill(t.ruleUnknown, { id: m[1]! }));
      return { ...previous, [m[1]!]: m[2] as Severity | 'off' };
    },
    count: (value: string): number => wholeNumber(value, 0, t.count),
    positive: (value: string): number => wholeNumber(value, 1, t.positive),
    /** `-j`: 1 to MAX_JOBS (more would only start processes that wait for each other). */
    jobs(value: string): number {
      const n = wholeNumber(value, 1, t.positive);
      if (n > MAX_JOBS) fail(fill(t.jobsTooMany, { max: MAX_JOBS }));
      return n;
    },
    /** `--timeout`: 0 (none) to 24 hours; Node's timers overflow past 2^31 − 1 ms (24.8 days). */
    seconds(value: string): number {
      const m = /^(\d+(?:\.\d+)?)\s*(s|ms)?$/i.exec(value.trim());
      if (!m) fail(t.seconds);
      const seconds = (m[2] ?? '').toLowerCase() === 'ms' ? Number(m[1]) / 1000 : Number(m[1]);
      if (seconds * 1000 > MAX_TIMEOUT_MS) fail(t.secondsTooLarge);
      return seconds;
    },
    year(value: string): number {
      const n = Number(value);
      if (!/^\d{4}$/.test(value.trim()) || n < 2000 || n > 2100) fail(t.year);
      return n;
    },
    /** `--published`: a day of the calendar, YYYY-MM-DD. */
    day(value: string): string {
      const v = value.trim();
      if (!/^20\d\d-\d\d-\d\d$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)) || !new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)) fail(t.day);
      return v;
    },
    size(value: string): number {
      try {
        return sizeFromText(value);
      } catch (e) {
        if (!(e instanceof SizeError)) throw e;
        return fail({ syntax: t.sizeSyntax, notPositive: t.sizeNotPositive, tooLarge: t.sizeTooLarge }[e.problem]);
      }
    },
  };
}

/** East Asian wide characters (CJK, full-width forms): two columns in a terminal. */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
/** Punctuation that never starts a line, and that never ends one. */
const NO_LINE_START = new Set('，。、；：？！）》」』】”’');
const NO_LINE_END = new Set('（《「『【“‘');

function displayWidth(text: string): number {
  let w = 0;
  // eslint-disable-next-line no-control-regex
  for (const ch of text.replace(/\u001b\[[0-9;]*m/g, '')) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/**
 * A line cut where it may break: before a run of spaces, and between two Chinese characters (which have
 * no spaces between words), but not before closing or after opening punctuation.
 */
function breakable(line: string): string[] {
  const pieces: string[] = [];
  let cur = '';
  let prev = '';
  for (const ch of line) {
    const space = /\s/.test(ch);
    const cut = (space && prev !== '' && !/\s/.test(prev)) || (!space && WIDE.test(ch) && WIDE.test(prev) && !NO_LINE_START.has(ch) && !NO_LINE_END.has(prev));
    if (cut && cur !== '') {
      pieces.push(cur);
      cur = '';
    }
    cur += ch;
    prev = ch;
  }
  if (cur !== '') pieces.push(cur);
  return pieces;
}

/** Wraps help text at `width` columns, Chinese included (commander's own wrap breaks at spaces only). */
function boxWrap(text: string, width: number): string {
  if (width < 40) return text;
  return text
    .split(/\r?\n/)
    .map((line) => {
      const out: string[] = [];
      let cur = '';
      let w = 0;
      for (const piece of breakable(line)) {
        const pw = displayWidth(piece);
        if (cur !== '' && w + pw > width) {
          out.push(cur);
          cur = piece.trimStart();
          w = displayWidth(cur);
        } else {
          cur += piece;
          w += pw;
        }
      }
      out.push(cur);
      return out.join('\n');
    })
    .join('\n');
}

/** The help in the user's language: titles, and the choices and default after a description. */
function helpConfig(t: CliTexts): Partial<Help> {
  const withExtras = (description: string, choices: readonly string[] | undefined, defaultValue: unknown): string => {
    const extras: string[] = [];
    if (choices) extras.push(fill(t.choicesInHelp, { choices: choices.join(t.listSeparator) }));
    if (defaultValue !== undefined) extras.push(fill(t.defaultInHelp, { value: String(defaultValue) }));
    return extras.length === 0 ? description : `${description}${fill(t.helpExtras, { extras: extras.join(t.helpExtrasSeparator) })}`;
  };
  return {
    styleTitle: (title: string) => t.titles[title] ?? title,
    // Defaults of switches (true/false) are for programmers; only options with a value show theirs.
    optionDescription: (o: Option) => withExtras(o.description, o.argChoices, o.required || o.optional ? o.defaultValue : undefined),
    argumentDescription: (a: Argument) => withExtras(a.description, a.argChoices, a.defaultValue),
    displayWidth,
    boxWrap,
  };
}

/** The closest of `candidates` to a mistyped word, if one is close enough to be meant. */
function suggest(word: string, candidates: string[]): string | undefined {
  const bare = (s: string): string => s.replace(/^-+/, '');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(bare(word), bare(c));
    const similar = 1 - d / Math.max(bare(word).length, bare(c).length);
    if (similar > 0.4 && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** The value an option refused last, kept by the parser wrapper (commander passes on only its English message). */
interface Refused {
  option?: Option;
  value?: string;
  reason?: string;
}

/**
 * Puts the texts of the user's language on a command, its arguments and options, and tells its argument
 * errors in that language: commander's own message is not shown (`outputError`); the error is told again
 * from its code and the command it is on.
 */
function localize(cmd: Command, program: Command, t: CliTexts, refused: Refused): void {
  const texts = t.commands[(cmd === program ? 'gongkai' : cmd.name()) as keyof CliTexts['commands']];
  if (texts) cmd.description(texts.description);
  for (const o of cmd.options) {
    const d = texts?.options[o.attributeName()];
    if (d) o.description = d;
    const parse = o.parseArg;
    if (parse) {
      o.parseArg = ((value: string, previous: unknown) => {
        try {
          return parse(value, previous);
        } catch (e) {
          Object.assign(refused, { option: o, value, reason: e instanceof InvalidArgumentError ? e.message : undefined });
          throw e;
        }
      }) as typeof o.parseArg;
    }
  }
  for (const a of cmd.registeredArguments) {
    const d = texts?.args?.[a.name()];
    if (d) a.description = d;
  }
  const name = cmd === program ? 'gongkai' : `gongkai ${cmd.name()}`;
  cmd.exitOverride((e) => {
    // Help and version (exit 0), and the help shown for `gongkai` alone, are commander's own output.
    if (e.exitCode === 0 || e.code === 'commander.help') throw e;
    throw new ArgumentError(argumentMessage(e, cmd, program, t, refused), fill(t.errors.seeHelp, { command: name }));
  });
}

/** An option as people type it (`--max-size`, or `-j` for one without a long name). */
function optionLabel(o: Option): string {
  return o.long ?? o.short ?? o.flags;
}

/** What went wrong, in the user's language, from commander's error code and the command it is on. */
function argumentMessage(e: CommanderError, cmd: Command, program: Command, t: CliTexts, refused: Refused): string {
  const m = t.errors;
  const list = (items: readonly string[]): string => items.join(t.listSeparator);
  // Commander gives the option a message is about only inside its English text, between single quotes.
  const quoted = [...e.message.matchAll(/'([^']*)'/g)].map((x) => x[1]!);
  const byFlags = (flags: string | undefined): Option | undefined => cmd.options.find((o) => o.flags === flags);
  switch (e.code) {
    case 'commander.unknownOption': {
      const flag = quoted[0] ?? '';
      const longs = [...cmd.options.map((o) => o.long), '--help'].filter((x): x is string => !!x);
      const near = flag.startsWith('--') ? suggest(flag.split('=')[0]!, longs) : undefined;
      return fill(m.unknownOption, { flag }) + (near ? fill(m.didYouMean, { near }) : '');
    }
    case 'commander.unknownCommand': {
      const name = String(cmd.args[0] ?? '');
      const names = program.commands.map((c) => c.name());
      const near = suggest(name, names);
      return fill(m.unknownCommand, { name, commands: list(names) }) + (near ? fill(m.didYouMean, { near }) : '');
    }
    case 'commander.missingArgument': {
      const arg = cmd.registeredArguments.find((a, i) => a.required && cmd.args[i] == null) ?? cmd.registeredArguments[0];
      const term = arg ? `<${arg.name()}${arg.variadic ? '...' : ''}>` : '';
      return fill(m.missingArgument, { arg: term, what: arg?.description ?? '' });
    }
    case 'commander.optionMissingArgument': {
      const o = byFlags(quoted[0]);
      const value = /<[^>]+>|\[[^\]]+\]/.exec(o?.flags ?? '')?.[0] ?? '';
      return fill(m.optionMissingArgument, { option: o ? optionLabel(o) : (quoted[0] ?? ''), value });
    }
    case 'commander.missingMandatoryOptionValue': {
      const o = cmd.options.find((x) => x.mandatory && cmd.getOptionValue(x.attributeName()) === undefined) ?? byFlags(quoted[0]);
      const option = o ? optionLabel(o) : (quoted[0] ?? '');
      return o?.argChoices ? fill(m.mandatoryChoices, { option, choices: list(o.argChoices) }) : fill(m.missingMandatoryOption, { option });
    }
    case 'commander.invalidArgument': {
      const o = refused.option ?? byFlags(quoted[0]);
      const reason = o?.argChoices ? fill(m.choices, { choices: list(o.argChoices) }) : (refused.reason ?? '');
      return fill(m.invalidArgument, { option: o ? optionLabel(o) : (quoted[0] ?? ''), value: refused.value ?? quoted[1] ?? '', reason });
    }
    case 'commander.excessArguments':
      return fill(m.excessArguments, { extra: cmd.args.slice(cmd.registeredArguments.length).join(' ') });
    default:
      return fill(m.other, { message: e.message.replace(/^error:\s*/, '') });
  }
}

export async function main(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const debug = argv.includes('--debug');
  const lang = argvLang(argv);
  const t = CLI[lang];
  const { rule: parseRuleSetting, count: parseCount, jobs: parseJobs, seconds: parseSeconds, year: parseYear, size: parseSize, day: parseDay } = optionParsers(t.invalid);
  // Set before the commands are made: they inherit the help option, help command, help and output settings.
  const program = new Command('gongkai')
    .version(VERSION, '-v, --version')
    .helpOption('-h, --help', t.helpOption)
    .helpCommand('help [command]', t.helpCommand)
    .configureHelp(helpConfig(t))
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => undefined })
    .showSuggestionAfterError(false)
    .option('--debug');
  const langOption = (): Option => new Option('--lang <lang>').choices(['zh', 'en']).default('zh');

  program
    .command('check')
    .argument('<paths...>')
    .addOption(new Option('-f, --format <name[:file]>').argParser(collect))
    .addOption(langOption())
    .option('-o, --output <file>')
    .addOption(new Option('--max-warnings <n>').argParser(parseCount))
    .option('-q, --quiet')
    .addOption(new Option('--rule <id=severity>').argParser(parseRuleSetting))
    .addOption(new Option('--max-size <size>').argParser(parseSize))
    .option('--encoding <name>')
    .addOption(new Option('-j, --jobs <n>').argParser(parseJobs))
    .addOption(new Option('--timeout <seconds>').argParser(parseSeconds))
    .option('--verbose')
    .option('--previous <file>')
    .addOption(new Option('--published <date>').argParser(parseDay))
    .action(async (paths: string[], opts) => {
      code = await runCheck(paths, opts, io);
    });

  program
    .command('rules')
    .addOption(langOption())
    .addOption(new Option('-f, --format <name>').choices(['text', 'json', 'markdown']).default('text'))
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
    .option('--strict', 'write nothing (exit 1) when a table cell could not be read')
    .addOption(new Option('--timeout <seconds>').argParser(parseSeconds))
    .action(async (file: string, opts) => {
      code = await runConvert(file, opts, io);
    });

  program
    .command('template')
    .addOption(new Option('-t, --to <format>').choices(['xlsx', 'csv']).makeOptionMandatory())
    .addOption(new Option('--year <year>').argParser(parseYear))
    .option('-o, --output <file>')
    .option('--force')
    .addOption(langOption())
    .action(async (opts) => {
      code = await runTemplate(opts, io);
    });

  program
    .command('app')
    .option('-o, --output <file>')
    .option('--force')
    .addOption(langOption())
    .action(async (opts) => {
      code = await runApp(opts, io);
    });

  const refused: Refused = {};
  for (const cmd of [program, ...program.commands]) localize(cmd, program, t, refused);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; the help shown for `gongkai` alone is a usage error.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof UsageError) {
      // Messages quote file names and report text: shown with their control characters escaped.
      io.stderr.write(`gongkai: ${terminalSafe(e.message)}\n`);
      if (e instanceof ArgumentError) io.stderr.write(`${e.seeHelp}\n`);
      return EXIT.usage;
    }
    io.stderr.write(internalFailure(e, argv, debug));
    return EXIT.usage;
  }
}
