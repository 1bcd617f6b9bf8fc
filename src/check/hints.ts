/**
 * Repair hints for failed sums — never repairs. After the sum rules have run on one report, this
 * post-pass attaches a likely cause of each failed equation (found by hints-causes.ts over the equation
 * model of hints-model.ts) as the finding's hint. A cause is offered only when changing the suspect cells
 * would make every equation they take part in hold and break none; the finding stays an error, the hint
 * says where to look.
 *
 * Failed sums that share a cell are advised together, so that no advice rests on a cell in doubt. The
 * value an equation gives for its total (the finding's `expected`, printed as 应为) is kept only when no
 * cell of that equation takes part in another failed sum. When failures share cells and one single cell,
 * changed to one value, makes all of them hold and breaks nothing, that cell is named as the likely
 * wrong one with that value, once; the other failures say they come from it. When no single cell
 * explains them, none of them states a value, and the hint names the cells they share.
 */
import { oncePer } from '../memo.js';
import { TABLE_IDS, type FormatSpec } from '../format/spec.js';
import { compareDiagnostics } from './order.js';
import { repairHints, type Group } from './hints-causes.js';
import { labelOf, type Instance, type Key } from './hints-model.js';
import type { Finding, MessageData } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';

/** The post-pass over the findings of one report: sum mismatches get a repair hint when one is found. */
const sumRuleSet = oncePer((format: FormatSpec) => new Set(TABLE_IDS.flatMap((t) => format.tables[t].equations.map((e) => e.rule))));

export function addRepairHints(report: Report, format: FormatSpec, findings: Finding[]): void {
  const sumRules = sumRuleSet(format);
  const targets = findings.filter((f) => sumRules.has(f.ruleId) && f.messageId === 'mismatch');
  if (targets.length === 0) return;
  const hints = repairHints(report, format);
  const setHint = (f: Finding, hintId: string, data: MessageData): void => {
    f.hintId = hintId;
    f.hintData = { ...f.hintData, ...data };
  };
  // The findings of each group of failed equations that share cells.
  const byGroup = new Map<Group, { f: Finding; i: Instance }[]>();
  for (const f of targets) {
    const i = hints.instanceOf(f);
    const g = i && hints.groups.get(i);
    if (!i || !g) continue;
    const list = byGroup.get(g);
    if (list) list.push({ f, i });
    else byGroup.set(g, [{ f, i }]);
  }
  const order = compareDiagnostics(format);
  for (const [g, members] of byGroup) {
    if (g.members.length < 2) {
      // Nothing it rests on is in doubt: its 应为 stays, with the cause found for it if any.
      const { f, i } = members[0]!;
      const h = hints.get(i);
      if (h) setHint(f, h.hintId, h.hintData);
      continue;
    }
    const others = g.members.length - 1;
    // No value derived from a cell in doubt: the 应为 of each is dropped, the group is advised as one.
    const actual = new Map(members.map(({ f }) => [f, f.actual]));
    for (const { f } of members) {
      delete f.expected;
      delete f.actual;
    }
    const c = g.cause;
    if (!c && g.totals) {
      // The totals agree and hold together: each finding keeps its 应为; a second finding at the same
      // total cell says so instead of repeating the advice.
      const advised = new Set<Key>();
      for (const m of [...members].sort((a, b) => order(a.f, b.f))) {
        m.f.expected = g.totals.get(m.i.anchor)!;
        const was = actual.get(m.f);
        if (was !== undefined) m.f.actual = was;
        const h = hints.get(m.i);
        if (h) setHint(m.f, h.hintId, h.hintData);
        else if (advised.has(m.i.anchor)) setHint(m.f, 'sameCell', {});
        advised.add(m.i.anchor);
      }
      continue;
    }
    if (!c) {
      const shared = g.shared.slice(0, 3).map((k) => labelOf(format, k)).join('、') + (g.shared.length > 3 ? '等' : '');
      for (const { f, i } of members) {
        const h = hints.get(i);
        if (h) setHint(f, h.hintId, h.hintData);
        else setHint(f, 'shared', { others, shared, sharedEn: shared });
      }
      continue;
    }
    const cause = { causeCell: c.cell, causeValue: c.value, causeActual: c.actual };
    for (const { f } of members) f.data = { ...f.data, ...cause };
    // The cause is advised once: on the failure whose total is the cell itself, else on the first one.
    // Only findings at that cell state its value as 应为; the others say they come from it.
    const sorted = [...members].sort((a, b) => order(a.f, b.f));
    const primary = sorted.find((m) => m.i.anchor === c.key) ?? sorted[0]!;
    const data = { cell: c.label, value: c.value, current: c.actual, others };
    for (const m of members) {
      if (m.i.anchor === c.key) {
        m.f.expected = c.value;
        m.f.actual = c.actual;
      }
      if (m !== primary) setHint(m.f, m.i.anchor === c.key ? 'sameCell' : 'sameCause', data);
      else if (m.i.anchor === c.key) {
        // A total copied from its neighbour says why, with the same value.
        const h = hints.get(m.i);
        if (h?.hintId === 'copied' && h.hintData.expected === c.value) setHint(m.f, h.hintId, h.hintData);
        else setHint(m.f, 'cellHere', data);
      } else setHint(m.f, 'cellThere', data);
    }
  }
}
