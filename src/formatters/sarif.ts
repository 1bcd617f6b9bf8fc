/**
 * `--format sarif`: SARIF 2.1.0 (OASIS), for code scanning and other tools.
 *
 * - `tool.driver.rules` lists every rule of the registry (src/rules/index.ts), with its title as the
 *   short description, its doc as the full description and its doc plus hints as help; `help.markdown`
 *   is the rule's page in the run's language (docs/rules/<id>.md without the examples: what code scanning
 *   shows as the rule's help) and names the page, whose path is also in `properties.docs`. `helpUri` is
 *   the page's public address where the project has one (RULE_DOCS_BASE in src/rules/docs.ts), else the
 *   page shipped with the installation that wrote the log (`ctx.docsBase`, a file: URL, given by the CLI
 *   and the Node API: what a local SARIF viewer opens); a relative path is not a valid helpUri.
 * - Every result has a location: the file (relative to the working directory, under %SRCROOT%), a
 *   region where the reader knows a line, and a logical location for the cell, table or section. A
 *   result without a line also names the place in its message, since many viewers show only that.
 * - `partialFingerprints` are built from the rule and the cell, so a finding keeps its identity when
 *   lines move.
 */
import type { Diagnostic, FileResult, RunResult, Severity } from '../model/diagnostic.js';
import { formatSource } from '../model/location.js';
import { RULE_DOCS_BASE, ruleDocsUrl, ruleHelpMarkdown, rulePagePath } from '../rules/docs.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';
import { VERSION } from '../version.js';
import { oneShot, type FormatContext, type StreamFormatter } from './formatter.js';
import { JsonArrayStream } from './json-stream.js';
import { UI } from '../messages/ui.js';
import { describePlace, describeWhere, relatedValue, toolPath } from './place.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative path as a URI reference: each segment percent-encoded (Chinese file names included). */
export function pathToUri(path: string): string {
  return path
    .split('/')
    .map((seg) => (seg === '..' || seg === '.' ? seg : encodeURIComponent(seg)))
    .join('/');
}

/**
 * The working directory as a file: URI ending in '/', for %SRCROOT% (a POSIX path or a Windows one with
 * its drive letter; each segment percent-encoded as in pathToUri).
 */
export function directoryUri(cwd: string): string {
  const segments = cwd.replace(/\\/g, '/').split('/').filter((s, i) => s !== '' || i === 0);
  const path = segments.map((seg, i) => (i <= 1 && /^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg))).join('/');
  const dir = path.replace(/\/+$/, '');
  if (dir === '') return 'file:///';
  return `file://${dir.startsWith('/') ? '' : '/'}${dir}/`;
}

/** A rule as SARIF describes it; `docsBase` is where the pages are published (none: no helpUri). */
export function ruleDescriptor(rule: Rule, lang: 'zh' | 'en', docsBase?: string): Record<string, unknown> {
  const t = rule.text[lang];
  const hints = Object.values(t.hints ?? {});
  const helpText = hints.length > 0 ? `${t.doc}\n\n${hints.map((h) => `- ${h}`).join('\n')}` : t.doc;
  const page = rulePagePath(rule.id);
  const url = docsBase === undefined ? undefined : ruleDocsUrl(rule.id, docsBase);
  const more = lang === 'zh' ? `说明页（含示例）：${url ? `<${url}>` : `gongkai 的 \`${page}\``}` : `Page with examples: ${url ? `<${url}>` : `\`${page}\` in gongkai`}`;
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_m, _dash: string, c: string) => c.toUpperCase()),
    shortDescription: { text: t.title },
    fullDescription: { text: t.doc },
    ...(url ? { helpUri: url } : {}),
    help: { text: helpText, markdown: `${ruleHelpMarkdown(rule, lang)}\n\n${more}` },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { code: rule.code, category: rule.category, tags: [...rule.tags], docs: page },
  };
}

/** The logical location of a diagnostic: the cell, else the table, else the section, else the file. */
function logicalLocation(d: Diagnostic): Record<string, unknown> | undefined {
  const l = d.location;
  const place = describePlace(d);
  if (l.cell) return { name: place || l.cell, fullyQualifiedName: l.cell, kind: 'element' };
  if (l.table && l.row) return { name: place || `${l.table}.${l.row}`, fullyQualifiedName: `${l.table}.${l.row}`, kind: 'element' };
  if (l.table) return { name: place || l.table, fullyQualifiedName: l.table, kind: 'object' };
  if (l.section) return { name: place || l.section, fullyQualifiedName: l.section, kind: 'object' };
  if (d.physical?.pointer !== undefined) return { name: `#${d.physical.pointer}`, fullyQualifiedName: `#${d.physical.pointer}`, kind: 'value' };
  return undefined;
}

function region(d: { physical?: Diagnostic['physical'] }): Record<string, number> | undefined {
  const line = d.physical?.line;
  if (line === undefined || line < 1) return undefined;
  const col = d.physical?.column;
  return col !== undefined && col >= 1 ? { startLine: line, startColumn: col } : { startLine: line };
}

function result(d: Diagnostic, ruleIndex: Map<string, number>, lang: 'zh' | 'en', ctx: FormatContext): Record<string, unknown> {
  const uri = pathToUri(toolPath(d.file, ctx.cwd));
  const reg = region(d);
  const logical = logicalLocation(d);
  const where = reg ? '' : describeWhere(d, lang);
  // A finding about what gongkai could not read says so (viewers show the message, not the category).
  const reading = d.category === 'extraction' ? UI[lang].readingProblem : '';
  const text = [where ? `[${where}] ${d.message}` : d.message, d.hint ?? '', reading].filter(Boolean).join('\n');
  const location = {
    physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, ...(reg ? { region: reg } : {}) },
    ...(logical ? { logicalLocations: [logical] } : {}),
  };
  const related = (d.related ?? []).map((r, i) => {
    const rreg = region(r);
    const name = [r.location.labels?.row, r.location.labels?.column].filter(Boolean).join(' › ') || r.location.cell || '';
    return {
      id: i,
      physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, ...(rreg ? { region: rreg } : {}) },
      ...(r.location.cell ? { logicalLocations: [{ name: name || r.location.cell, fullyQualifiedName: r.location.cell, kind: 'element' }] } : {}),
      message: { text: `${name}=${relatedValue(r, lang)}${r.physical && !rreg ? ` (${formatSource(r.physical, lang)})` : ''}` },
    };
  });
  const index = ruleIndex.get(d.ruleId);
  return {
    ruleId: d.ruleId,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: LEVEL[d.severity],
    message: { text },
    locations: [location],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    partialFingerprints: { 'gongkai/v1': [d.ruleId, d.location.cell ?? d.location.table ?? d.location.section ?? d.physical?.pointer ?? '', d.messageId].join('|') },
    properties: {
      category: d.category,
      ...(d.location.cell ? { cell: d.location.cell } : {}),
      ...(d.physical ? { source: formatSource(d.physical, lang) } : {}),
      // A PDF's page and the box on it (points from the page's top-left corner): SARIF regions have no pages.
      ...(d.physical?.page !== undefined ? { page: d.physical.page } : {}),
      ...(d.physical?.box !== undefined ? { box: d.physical.box } : {}),
      ...(d.expected !== undefined ? { expected: d.expected } : {}),
      ...(d.actual !== undefined ? { actual: d.actual } : {}),
      ...(d.equation !== undefined ? { equation: d.equation } : {}),
    },
  };
}

/** The SARIF log with `results` and the summary to fill in. */
function skeleton(lang: 'zh' | 'en', ctx: FormatContext, results: unknown[], summary: unknown): Record<string, unknown> {
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gongkai',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: 'https://www.npmjs.com/package/gongkai',
            language: lang === 'zh' ? 'zh-CN' : 'en-US',
            rules: RULES.map((r) => ruleDescriptor(r, lang, RULE_DOCS_BASE ?? ctx.docsBase)),
          },
        },
        language: lang === 'zh' ? 'zh-CN' : 'en-US',
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(ctx.cwd) } },
        columnKind: 'unicodeCodePoints',
        results,
        properties: { summary },
      },
    ],
  };
}

/** The results of one file's diagnostics. */
function fileResults(f: FileResult, ruleIndex: Map<string, number>, lang: 'zh' | 'en', ctx: FormatContext): Record<string, unknown>[] {
  return f.diagnostics.filter((d) => !ctx.quiet || d.severity === 'error').map((d) => result(d, ruleIndex, lang, ctx));
}

const ruleIndexOf = (): Map<string, number> => new Map(RULES.map((r, i) => [r.id, i]));

/** The SARIF log as an object. */
export function toSarif(run: RunResult, ctx: FormatContext): Record<string, unknown> {
  const ruleIndex = ruleIndexOf();
  return skeleton(run.lang, ctx, run.files.flatMap((f) => fileResults(f, ruleIndex, run.lang, ctx)), run.summary);
}

/** The SARIF log written result by result (the same text as `JSON.stringify(toSarif(…), null, 2)`). */
export const stream: StreamFormatter = (ctx, lang) => {
  const ruleIndex = ruleIndexOf();
  const results = new JsonArrayStream(['runs', 'results'], skeleton(lang, ctx, [], {}));
  return {
    head: () => results.head(),
    file: (f) => fileResults(f, ruleIndex, lang, ctx).map((r) => results.item(r)).join(''),
    tail: (summary) => results.tail(skeleton(lang, ctx, [], summary)),
  };
};

export default oneShot(stream);
