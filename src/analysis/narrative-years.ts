/**
 * Years that slip in a report's text (rule report-period): a sentence of any section that presents a
 * year other than the reporting year as the year whose work is reported — last year's text left
 * unchanged, or the next year written where the reporting year was meant.
 *
 * What is a slip, for a reporting year Y:
 * - `openingYear` / `workYear`: a year as the topic at the start of a clause, for work done
 *   ("2021年，我局…", "2021年度…", "2021年全区收到…") — section 一's opening is `openingYear`;
 * - `figureYear`: a year right before the figures of the work ("我局2021年共收到政府信息公开申请5件");
 * - `periodText`: a whole calendar year as the period ("2021年1月1日至12月31日，…");
 * - `reportText`: the report introduced as another year's ("现将2021年度政府信息公开工作情况报告如下");
 * - `doneYear`: a later year's report or accounts written as done ("编制完成2023年度政府信息公开工作年度报告");
 * - `planYear`: a plan in section 五 dated the reporting year or before ("2022年，我局将…" in a 2022 report);
 * - `presentYear`: an earlier year given as this year's ("本年（2021年）共收到…", "今年（2021年）…").
 * A clause opens with a year at the start of a sentence, after a colon or a short numbered heading, and
 * after a sub-heading glued to its paragraph in flattened text ("(二)主动公开政府信息的主要类别2021年，…").
 * Not slips: plans (将, 计划, 下一步 …; any later year at the start of a clause in section 五), documents
 * cited by year (《…2021年…》, "2021年度报告", 〔2021〕 has no 年), what a higher authority did that year
 * (2021年，国务院办公厅印发…: background), comparisons (较2021年, 同比, a
 * sentence that also names the reporting year, 本年 or 今年), carried-over applications (2021年度结转),
 * ranges and lists (2020—2022年, 2020、2021年, 结转至2026年), dates (2023年1月5日) and time points
 * (2021年以来, 2021年底).
 * Precision comes first: a reviewer stops reading warnings that are wrong, so each kind needs its own
 * wording around the year, and every doubt (a comparison, a plan, a quotation) leaves the year alone.
 *
 * Linear in the text: each sentence is scanned once for years, and each year is looked at through
 * windows of bounded length around it; what is asked of a whole sentence is asked once per sentence.
 */
import { foldedText, joinedLines, sentences } from './narrative-text.js';
import type { ResolvedSection } from './resolve.js';

type SlipKind = 'openingYear' | 'workYear' | 'figureYear' | 'periodText' | 'reportText' | 'doneYear' | 'planYear' | 'presentYear';

interface YearSlip {
  kind: SlipKind;
  /** The year as written. */
  written: number;
  /** Section id (s1…s6) and the section. */
  id: string;
  section: ResolvedSection;
  /** The sentence as written, trimmed, without its end mark. */
  sentence: string;
  /** The year and the words right after it, as written (for quoting around it). */
  phrase: string;
  /** Offset of the year in the section text. */
  offset: number;
}

/** A year mention: four digits not inside a longer number, 年, and 度 when written. */
const YEAR = /(?<![0-9])((?:19|20)[0-9]{2})\s*年(度?)/gu;
const ANY_YEAR = /(?:19|20)[0-9]{2}\s*年/u;

/** Before a topic year, in a short window: a colon, or a heading number such as "（一）主动公开方面". */
const CLAUSE_OPENER = /(?:[:：]|[（(][一二三四五六七八九十0-9]{1,3}[）)][^。；;，,0-9]{0,10}?[。:：]?)\s*$/u;

/**
 * A sub-heading glued to the sentence that follows it (flattened text, where a heading ends without a
 * mark): its numbering at the start of the sentence, then the heading's words — no mark, digit, quote or
 * bracket — right up to the year: "(二)主动公开政府信息的主要类别2023年，…", "4.认真办理依申请公开2020年全区…".
 * Matched against the folded sentence before the year (full-width brackets and commas folded).
 */
const GLUED_HEADING = /^\s*(?:[(][一二三四五六七八九十0-9]{1,3}[)]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.、])[^。；;，,:：、!?！？"“”‘’《》()（）〔〕\[\]0-9\s]{2,30}\s*$/u;

/** A date, not a year: 2022年1月, 2022年十二月. */
const MONTH_AFTER = /^\s*[0-9一二三四五六七八九十]{1,2}\s*月/u;

/** Who did the work, right after a year written without a comma: "2022年全区收到…", "2021年我局…". */
const SUBJECT = /^(?:全区|全市|全县|全省|全镇|全乡|全委|全局|我局|我区|我市|我县|我省|我委|我办|我厅|我部|我单位|本机关|本单位|本局|本委|本办|共收到|共受理|共办理|共办结|共主动公开|主动公开|共发布|共制发|全年)/u;

/** Future wording right after a topic year: a plan, not a report of work done. */
const FUTURE_AFTER = /^[^。；;]{0,24}?(?:将|计划|拟|要继续|打算|下一步)/u;

/** Words of a plan in the clause around a year ("按时完成2023年度报告" in a list of measures is a plan). */
const FUTURE = /将|计划|拟|(?<![主需重必])要(?!求)|打算|下一步|下阶段|明年|力争|争取|确保|做好|抓好|按时|按期|预计|继续|进一步|持续/u;

/** After a topic year: what a higher authority did then (background to the work, not the agency's own). */
const HIGHER_AFTER = /^[，,]?\s*(?:党中央|中央|国务院|国办|全国|省委|省政府|省人民政府|上级)/u;

/** After "2021年度" (no comma): a document or account of that year, cited — not a topic. */
const DOCUMENT_AFTER = /^[^，,。；;]{0,16}?(?:报告|年报|要点|预算|决算|计划|方案|通知|意见|考核|评议|总结|规划)/u;

/** After a year: applications carried over from it ("2021年度结转的3件申请"). */
const CARRIED_AFTER = /^[^，,。；;]{0,8}?(?:结转|遗留|未办结|转入)/u;

/** After a year: the report introduced as that year's ("…年度政府信息公开工作情况报告如下"). */
const REPORT_AFTER = /^度?[^。；;，,]{0,30}?(?:情况|报告)[^。；;，,]{0,6}?如下/u;

/** After a year: the figures of the work ("共收到政府信息公开申请5件"). */
const FIGURES_AFTER = /^度?(?:全年)?(?:共计|共|累计|合计)?(?:收到|受理|接收|接到|新收|办结|主动公开|制发|制作|获取)[^。；;，,]{0,30}?[0-9一二三四五六七八九十]/u;

/** Before a later year: the work written as done. */
const DONE_BEFORE = /(?:编制完成|编制并发布|编制发布|已完成|完成了|完成|发布了|发布|公布了|公布|印发了|印发|报送了|报送|上报了|上报)\s*$/u;
/** After a later year: something that can only be done once that year is over. */
const DONE_AFTER = /^度?[^。；;，,]{0,16}?(?:年度报告|年报|工作报告|决算|工作总结)/u;

/** A whole calendar year as a period: 2021年1月1日至12月31日, 2021年1月至12月 (the year's 年 already read). */
const SPAN_AFTER = /^\s*1\s*月(?:\s*1\s*日)?\s*(?:起)?\s*(?:至|到|—|–|-|～|~)\s*(?:((?:19|20)[0-9]{2})\s*年\s*)?12\s*月(?:\s*31\s*日)?/u;

/** Next to a year, one of a range or a list: 2020—2022年, 2020、2021年, 至2026年, 与2021年. */
const RANGE_BEFORE = /(?:至|到|—|–|-|～|~|、|和|及|与|或|较|比|同|自|从|截至|截止|于)\s*$/u;
const RANGE_AFTER = /^\s*(?:至|到|—|–|-|～|~|、|和|及|与|或|以来|以前|之前|前|起|初|底|末|中|上半年|下半年|同期)/u;

/** A comparison in the sentence: the year is the other side of it. */
const COMPARE = /同比|环比|相比|相较|比较|较上年|较去年|比上年|比去年|较[0-9]|比[0-9]|上年同期|去年同期|持平|增长|下降|减少|增加|增幅|降幅|上升|回落|分别为/u;
/** The present year named in words. */
const PRESENT = /本年|今年|当年/u;
/** Before a year in brackets: the reporting year named in words and then given ("本年（2021年）共收到…"). */
const PRESENT_BEFORE = /(?:本年度?|今年)\s*[(（]\s*$/u;

/** The marks that end the unit a comparison is looked for in. */
const UNIT_END = new Set([...'。！？!?\n']);

/** Whether an open quotation or book-title mark before `at` (in a short window) is still open. */
function quoted(f: string, at: number): boolean {
  const w = f.slice(Math.max(0, at - 200), at);
  return w.lastIndexOf('《') > w.lastIndexOf('》') || w.lastIndexOf('“') > w.lastIndexOf('”') || w.lastIndexOf('「') > w.lastIndexOf('」');
}

/** The clause a topic year opens: what follows it (and its comma) up to the next comma or end of sentence. */
function firstClause(after: string): string {
  const rest = after.replace(/^[，,]/u, '');
  const stop = rest.search(/[，,；;。！？!?:：]/u);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** The clause around an offset (to the nearest comma or colon each side, at most 40 characters each way). */
function clauseAround(f: string, from: number, to: number): string {
  const back = f.slice(Math.max(0, from - 40), from);
  const cut = Math.max(back.lastIndexOf('，'), back.lastIndexOf(','), back.lastIndexOf('：'), back.lastIndexOf(':'));
  const ahead = f.slice(to, to + 40);
  const stop = ahead.search(/[，,：:]/u);
  return back.slice(cut + 1) + f.slice(from, to) + (stop < 0 ? ahead : ahead.slice(0, stop));
}

/**
 * The year slips of a report's sections, at most one per sentence (the first), in document order.
 * `periodText`: the 统计期限 sentence the rule already checks (not reported again here).
 */
export function yearSlips(sections: readonly ResolvedSection[], year: number, periodText?: string): YearSlip[] {
  const out: YearSlip[] = [];
  const thisYear = new RegExp(`(?<![0-9])${year}\\s*年`, 'u');
  for (const section of sections) {
    const id = section.match?.id;
    if (!id || section.found.text.trim() === '') continue;
    const text = section.found.text;
    const folded = foldedText(text);
    // The unit a comparison is looked for in: the sentence up to 。！？ or a line break (a ；-separated
    // clause "2021年收到70件；2022年收到75件" compares too). Found once per unit.
    let unitEnd = -1;
    let unit = { year: false, present: false, compare: false };
    for (const s of sentences(text)) {
      const f = folded.slice(s.start, s.start + s.text.length);
      if (!ANY_YEAR.test(f)) continue;
      if (periodText !== undefined && periodText !== '' && s.text.includes(periodText.slice(0, 40))) continue;
      if (s.start >= unitEnd) {
        let from = s.start;
        while (from > 0 && !UNIT_END.has(folded[from - 1]!)) from--;
        let to = s.start;
        while (to < folded.length && !UNIT_END.has(folded[to]!)) to++;
        // A sentence's wrapped lines (see sentences) are all in its unit.
        from = Math.min(from, s.start);
        to = Math.max(to, s.start + s.text.length);
        unitEnd = to;
        const u = folded.slice(from, to);
        unit = { year: thisYear.test(u), present: PRESENT.test(u), compare: COMPARE.test(u) };
      }
      const slip = sentenceSlip(f, s.start, folded, id, year, unit);
      if (!slip) continue;
      const sentence = joinedLines(s.text.trim()).replace(/[。！？；!?;]$/u, '');
      const at = slip.at;
      out.push({
        kind: slip.kind,
        written: slip.written,
        id,
        section,
        sentence,
        phrase: joinedLines(s.text.slice(at, at + 16)),
        offset: s.start + at,
      });
    }
  }
  return out;
}

/** The first slip of one sentence (folded `f`, starting at `start` in the section's folded text). */
function sentenceSlip(
  f: string,
  start: number,
  folded: string,
  id: string,
  year: number,
  unit: { year: boolean; present: boolean; compare: boolean },
): { kind: SlipKind; written: number; at: number } | undefined {
  for (const m of f.matchAll(YEAR)) {
    const y = Number(m[1]);
    const at = m.index;
    const end = at + m[0].length;
    const degree = m[2] === '度';
    const after = f.slice(end, end + 40);
    if (!degree && MONTH_AFTER.test(after)) {
      // A date. Only a whole year from 1 January to 31 December is a period.
      const span = SPAN_AFTER.exec(after);
      if (!span || y === year || (span[1] !== undefined && Number(span[1]) !== y)) continue;
      if (quoted(f, at) || unit.year || unit.compare || FUTURE.test(clauseAround(f, at, end))) continue;
      return { kind: 'periodText', written: y, at };
    }
    if (quoted(f, at)) continue;
    const before = f.slice(Math.max(0, at - 20), at);
    // 本年（2021年）, 今年（2021年）: an earlier year called this year (a later one may be the year of publication).
    if (y < year && PRESENT_BEFORE.test(before) && /^\s*[)）]/u.test(after)) return { kind: 'presentYear', written: y, at };
    const sectionStart = start + at <= 64 && folded.slice(0, start + at).trim() === '';
    const clauseStart = (at <= 20 && before.trim() === '') || CLAUSE_OPENER.test(before);
    const comma = /^[，,]/u.test(after);
    // After a glued sub-heading, the year opens the paragraph when a comma or the subject follows it
    // (not "2021年度…", which may be the heading's own words: "(三)做好2021年度…").
    const glued = !clauseStart && at <= 40 && (comma || SUBJECT.test(after)) && GLUED_HEADING.test(f.slice(0, at));
    if (glued || (clauseStart && (degree || comma || SUBJECT.test(after)))) {
      // A topic year: "2021年，…", "2021年度…", "2021年全区…".
      if (CARRIED_AFTER.test(after) || HIGHER_AFTER.test(after)) continue;
      if (REPORT_AFTER.test(after)) {
        if (y !== year && !unit.year && !unit.compare) return { kind: 'reportText', written: y, at };
        continue;
      }
      if (!/^[，,]/u.test(after) && DOCUMENT_AFTER.test(after)) continue;
      if (FUTURE_AFTER.test(after)) {
        // A plan must be for a year after the reporting year.
        if (id === 's5' && y <= year) return { kind: 'planYear', written: y, at };
        continue;
      }
      // 本年/今年 elsewhere in the sentence is the other side of a comparison ("2021年，全区收到70件，本年收到75件");
      // in the clause the year opens, it calls that year this year ("2021年，本年度共收到…").
      if (y === year || unit.year || (unit.present && !PRESENT.test(firstClause(after)))) continue;
      // In section 五 a later year at the start of a clause is the improvement plan's.
      if (id === 's5' && y > year) continue;
      return { kind: sectionStart && id === 's1' ? 'openingYear' : 'workYear', written: y, at };
    }
    if (y === year || RANGE_BEFORE.test(before) || RANGE_AFTER.test(after)) continue;
    if (REPORT_AFTER.test(after)) {
      if (!unit.year && !unit.compare) return { kind: 'reportText', written: y, at };
      continue;
    }
    if (y > year && id !== 's5' && DONE_BEFORE.test(before) && DONE_AFTER.test(after) && !FUTURE.test(clauseAround(f, at, end))) {
      return { kind: 'doneYear', written: y, at };
    }
    if (FIGURES_AFTER.test(after) && !unit.year && !unit.present && !unit.compare && !CARRIED_AFTER.test(after)) {
      if (FUTURE.test(clauseAround(f, at, end))) continue;
      return { kind: 'figureYear', written: y, at };
    }
  }
  return undefined;
}
