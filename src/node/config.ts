/**
 * Project configuration: `gongkai.config.json`, found by walking up from each checked file's folder
 * (the nearest one applies; there is no merging of several), up to the root of the repository the file
 * is in (the folder holding `.git`) or the home directory, whichever comes first, and never above:
 * a config left in a shared folder higher up (/tmp, /home, /) does not change anyone's checks. It sets
 * rule severities:
 *
 *   { "rules": { "narrative-figure": "off", "yoy-jump": "warning" } }
 *
 * and, for batch-rollup, which checked files are a summary report and its units (`"rollup"`, file patterns
 * relative to the config's folder; rollupPlan).
 *
 * `--rule id=severity` on the command line wins over the file. A config that cannot be read or does
 * not validate is a usage error (exit 2) naming the file and what is wrong; only a regular file is read,
 * and at most CONFIG_MAX_SIZE of it (a link to /dev/zero or a FIFO is refused, never read).
 */
import { lstatSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative as relativePath, resolve, sep } from 'node:path';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { getRule } from '../rules/index.js';
import type { RuleSettings } from '../check/check.js';
import type { RollupDeclared } from '../check/rollup.js';
import { RuleOptionsSchema, type RuleOptions } from '../analysis/review-data.js';
import { fsPath, KIND_WORDS, NotRegularFile, OverLimit, readRegularFileSync } from './files.js';

export const CONFIG_NAME = 'gongkai.config.json';

/** A config file is a few lines; anything larger than this is not one. */
const CONFIG_MAX_SIZE = 1024 * 1024;

const Severity = z.enum(['off', 'info', 'warning', 'error']);
/** batch-rollup: a summary report and the reports it sums up (逐级汇总), as file patterns. */
const RollupSchema = z.strictObject({
  summary: z.string().min(1).describe('The summary report (汇总): a file pattern relative to this config file\'s folder (a pattern without / matches file names).'),
  units: z.array(z.string().min(1)).min(1).describe('The reports it sums up (its departments\', towns\' …): file patterns, as summary. Only those of the summary\'s year are compared.'),
  year: z.number().int().min(2000).max(2100).optional().describe('Only reports of this year (without it: the summary\'s own year).'),
});
const ConfigFile = z.strictObject({
  $schema: z.string().optional(),
  rules: z.record(z.string(), Severity).optional(),
  options: RuleOptionsSchema.optional(),
  rollup: z
    .array(RollupSchema)
    .optional()
    .describe('batch-rollup: which files checked together are a summary report and its units; the summary\'s tables are compared with the sum of its units\'.'),
});

/**
 * The JSON Schema of gongkai.config.json (`schemas/config.schema.json`, written by `npm run schema`):
 * editors that read `"$schema"` complete the rule ids and severities and flag unknown ones.
 */
export function configJsonSchema(ruleIds: readonly string[]): Record<string, unknown> {
  const base = z.toJSONSchema(ConfigFile, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown> & { properties: Record<string, Record<string, unknown>> };
  return {
    ...base,
    $id: 'https://gongkai.dev/schemas/config.schema.json',
    title: 'gongkai.config.json',
    description: 'Rule severities, and the settings of the rules that have some, for the reports in this folder and below (the nearest gongkai.config.json applies; --rule on the command line wins).',
    properties: {
      ...base.properties,
      rules: {
        ...base.properties.rules,
        description: 'Rule id (see `gongkai rules`) → off | info | warning | error.',
        propertyNames: { enum: [...ruleIds] },
      },
    },
  };
}

interface Config {
  /** Absolute path of the file. */
  path: string;
  rules: RuleSettings;
  options?: RuleOptions;
  rollup?: z.infer<typeof RollupSchema>[];
}

const dirCache = new Map<string, string | null>();
const fileCache = new Map<string, Config>();

/**
 * True when `path` exists (any kind: a config that is a FIFO or a link to a device is found, then refused).
 * Below a file that is not a folder (a checked path such as notes.md/report.json) there is nothing.
 */
function exists(path: string): boolean {
  try {
    return lstatSync(fsPath(path), { throwIfNoEntry: false }) !== undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') return false;
    throw e;
  }
}

/** The home directory, resolved (undefined when there is none). */
function home(): string | undefined {
  try {
    const h = homedir();
    return h ? resolve(h) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The nearest gongkai.config.json at or above the folder of `file`, or undefined. The walk ends at the
 * root of the repository the file is in (a folder holding `.git`, a folder or a file as in worktrees and
 * submodules), at the home directory, or at the file system's root: a folder above those is never looked in.
 */
export function findConfig(file: string): string | undefined {
  const start = dirname(resolve(file));
  const stopAt = home();
  const seen: string[] = [];
  let dir = start;
  for (;;) {
    const cached = dirCache.get(dir);
    if (cached !== undefined) {
      for (const d of seen) dirCache.set(d, cached);
      return cached ?? undefined;
    }
    seen.push(dir);
    const candidate = join(dir, CONFIG_NAME);
    if (exists(candidate)) {
      for (const d of seen) dirCache.set(d, candidate);
      return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir || dir === stopAt || exists(join(dir, '.git'))) {
      for (const d of seen) dirCache.set(d, null);
      return undefined;
    }
    dir = parent;
  }
}

/** Reads and validates one config file. Throws UsageError with the file name and the problem. */
function loadConfig(path: string): Config {
  const abs = resolve(path);
  const hit = fileCache.get(abs);
  if (hit) return hit;
  let json: unknown;
  try {
    json = JSON.parse(readRegularFileSync(abs, CONFIG_MAX_SIZE).toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    if (e instanceof NotRegularFile) {
      const kind = KIND_WORDS[e.kind];
      throw new UsageError(`配置文件 ${path} 无法使用：不是普通文件（${kind.zh}），gongkai 只读取普通文件 / config file ${path} cannot be used: not a regular file (${kind.en}); gongkai reads regular files only`);
    }
    if (e instanceof OverLimit) throw new UsageError(`配置文件 ${path} 无法使用：超过 1 MB，不是配置文件 / config file ${path} cannot be used: over 1 MB, not a config file`);
    const why = e instanceof SyntaxError ? `not valid JSON (${e.message})` : `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
    throw new UsageError(`配置文件 ${path} 无法使用 / config file ${path} is ${why}`);
  }
  const parsed = ConfigFile.safeParse(json);
  if (!parsed.success) {
    throw new UsageError(
      `配置文件 ${path} 格式不对 / config file ${path} is invalid:\n${z.prettifyError(parsed.error)}\n` +
        `expected e.g. { "rules": { "narrative-figure": "off" } } with off|info|warning|error`,
    );
  }
  const rules = parsed.data.rules ?? {};
  const unknown = Object.keys(rules).filter((id) => !getRule(id));
  if (unknown.length > 0) {
    throw new UsageError(`配置文件 ${path} 中有未知规则 / config file ${path} names unknown rule(s): ${unknown.join(', ')} (see: gongkai rules)`);
  }
  const config: Config = {
    path: abs,
    rules: rules as RuleSettings,
    ...(parsed.data.options ? { options: parsed.data.options as RuleOptions } : {}),
    ...(parsed.data.rollup?.length ? { rollup: parsed.data.rollup } : {}),
  };
  fileCache.set(abs, config);
  return config;
}

/** Rule settings for one file: its nearest config, overridden by the command line's `--rule`. */
export function rulesFor(file: string, cli: RuleSettings = {}): RuleSettings {
  const found = findConfig(file);
  if (!found) return cli;
  return { ...loadConfig(found).rules, ...cli };
}

/** The settings of the rules that have some, for one file: its nearest config's "options" (undefined: the defaults). */
export function optionsFor(file: string): RuleOptions | undefined {
  const found = findConfig(file);
  return found ? loadConfig(found).options : undefined;
}

/**
 * As optionsFor, with report-late's date for the file when a pattern of the config's "published" matches
 * it (relative to the config's folder; the first that matches). The pattern library is loaded only then.
 */
export async function fileOptionsFor(file: string): Promise<RuleOptions | undefined> {
  const found = findConfig(file);
  if (!found) return undefined;
  const { options } = loadConfig(found);
  const late = options?.['report-late'];
  if (!late?.published) return options;
  const matches = await matcher();
  const relative = toPosix(relativePath(dirname(found), resolve(file)));
  const hit = Object.entries(late.published).find(([pattern]) => matches(pattern)(relative));
  return hit ? { ...options, 'report-late': { ...late, given: { date: hit[1], from: 'config', pattern: hit[0] } } } : options;
}

/**
 * batch-rollup: the rollups the configs of the checked files declare, as indices of `files` (the run's
 * files, in order). Patterns are relative to the folder of the config that declares them and match only
 * files below it; the pattern library is loaded only when a config declares one.
 */
export async function rollupPlan(files: readonly string[]): Promise<RollupDeclared[]> {
  const configs = new Map<string, Config>();
  for (const f of files) {
    const found = findConfig(f);
    if (!found) continue;
    const c = loadConfig(found);
    if (c.rollup) configs.set(c.path, c);
  }
  if (configs.size === 0) return [];
  const matches = await matcher();
  const out: RollupDeclared[] = [];
  for (const c of configs.values()) {
    const dir = dirname(c.path);
    const below = files.flatMap((file, index) => {
      const rel = relativePath(dir, resolve(file));
      return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? [] : [{ index, file, rel: toPosix(rel) }];
    });
    const shown = relativePath(process.cwd(), c.path);
    const config = shown.startsWith(`..${sep}`) || isAbsolute(shown) ? c.path : shown;
    for (const d of c.rollup ?? []) {
      const isSummary = matches(d.summary);
      const unitPatterns = d.units.map(matches);
      const units = below.filter((f) => unitPatterns.some((m) => m(f.rel))).map(({ index, file }) => ({ index, file }));
      for (const f of below) if (isSummary(f.rel)) out.push({ summary: f.index, units, ...(d.year !== undefined ? { year: d.year } : {}), config });
    }
  }
  return out;
}

/**
 * A config's file pattern as a test of a path relative to the config's folder: a pattern without / matches
 * file names in any folder, one with / the whole path (picomatch's `basename` would match a pattern with a
 * folder against the file name alone, and so never). The pattern library is loaded on first use.
 */
async function matcher(): Promise<(pattern: string) => (path: string) => boolean> {
  const { default: picomatch } = await import('picomatch');
  return (pattern) => picomatch(pattern, { dot: true, basename: !pattern.includes('/') });
}

/** A path with / between its parts, as patterns write it. */
function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Validates the configs that apply to `files` up front, so that a bad one stops the run (exit 2). */
export function checkConfigs(files: string[]): void {
  for (const f of files) {
    const found = findConfig(f);
    if (found) loadConfig(found);
  }
}

/** The config files that apply to `files` (absolute paths, each once): no output may be written over them. */
export function configsInUse(files: readonly string[]): string[] {
  const out = new Set<string>();
  for (const f of files) {
    const found = findConfig(f);
    if (found) out.add(found);
  }
  return [...out];
}

/** Forgets cached lookups (for tests that create config files). */
export function clearConfigCache(): void {
  dirCache.clear();
  fileCache.clear();
}
