import { templateHeading } from '../format/sections.js';
import { atSection } from './helpers.js';
import { findPeriod } from '../model/meta.js';
import { foldedText, quote } from '../analysis/narrative-text.js';
import { defineRule } from './rule.js';
import text from './text/report-period.js';

/**
 * A year as the topic at the start of a clause: "2022年，…", "2022年度本机关…". Dates ("2022年1月") are
 * not topics. The clause starts the text, follows 。；！？：or a line break, or follows a heading number.
 */
const TOPIC = /(?:^|[。；;！？!?:：\n]|[（(][一二三四五六七八九十0-9]{1,3}[）)][^。；;，,0-9]{0,10}?[。:：]?)\s*((?:19|20)[0-9]{2})\s*年(度?)(?![0-9一二三四五六七八九十]{1,2}月)/gu;

/** Who did the work, right after a year written without a comma: "2022年全区收到…", "2021年我局…". */
const SUBJECT = /^(?:全区|全市|全县|全省|全镇|全乡|全委|全局|我局|我区|我市|我县|我省|我委|我办|我厅|我部|我单位|本机关|本单位|本局|本委|本办|共收到|共受理|共办理|全年)/u;

/** Future wording right after a topic year: a plan, not a report of work done. */
const FUTURE = /^[^。；;]{0,24}?(?:将|计划|拟|要继续|打算|下一步)/u;

/** Characters after a topic year that SUBJECT and FUTURE can look at (FUTURE: 24 + the longest word). */
const AFTER_WINDOW = 32;

/** The end of the sentence a year starts. */
const SENTENCE_END = /[。；;！？!?\n]/gu;

export default defineRule({
  id: 'report-period',
  code: 'GK162',
  severity: 'warning',
  category: 'content',
  tags: ['year', 'narrative'],
  text,
  check(ctx) {
    const year = ctx.model.year;
    if (year === undefined) return;
    // 1. The 统计期限 sentence: the reporting year, 1 January to 31 December.
    const all = ctx.sections.map((s) => s.found.text).join('\n');
    const period = ctx.model.period ?? findPeriod(all);
    if (period?.from && period.to) {
      const fromYear = Number(period.from.slice(0, 4));
      const toYear = Number(period.to.slice(0, 4));
      if (fromYear !== year || toYear !== year) {
        ctx.report({ messageId: 'periodYear', data: { quote: period.text, year, from: period.from, to: period.to }, hintId: 'period', location: {} });
      } else if (!period.from.endsWith('-01-01') || !period.to.endsWith('-12-31')) {
        ctx.report({ messageId: 'periodSpan', data: { quote: period.text, year, from: period.from, to: period.to }, hintId: 'period', location: {} });
      }
    }
    // 2. Years at the start of clauses in sections 一, 五 and 六.
    for (const s of ctx.sections) {
      const id = s.match?.id;
      if (id !== 's1' && id !== 's5' && id !== 's6') continue;
      const textOf = s.found.text;
      const folded = foldedText(textOf);
      const place = atSection(id, s.found.textSource ?? s.found.source);
      let first = true;
      for (const m of folded.matchAll(TOPIC)) {
        const y = Number(m[1]);
        const at = m.index + m[0].lastIndexOf(m[1]!);
        const isOpening = first && id === 's1' && folded.slice(0, at).trim() === '';
        first = false;
        // Only a topic: followed by a comma, written 年度, or followed by who did the work (2022年全区…).
        // What follows is looked at through a short window: slicing or splitting the whole rest of the
        // text at every year made long sections quadratic (a 2 MB section took 5 s).
        const after = folded.slice(m.index + m[0].length, m.index + m[0].length + AFTER_WINDOW);
        if (m[2] !== '度' && !/^[，,]/u.test(after) && !SUBJECT.test(after)) continue;
        const future = FUTURE.test(after);
        SENTENCE_END.lastIndex = at;
        const end = SENTENCE_END.exec(textOf);
        const sentence = textOf.slice(at, end ? end.index : undefined);
        const q = quote(sentence, sentence.slice(0, 20), 70);
        const data = { quote: q, year, written: y, number: templateHeading(id).slice(0, 1) };
        if (future) {
          // A plan must be for a year after the reporting year.
          if (id === 's5' && y <= year) {
            ctx.report({ messageId: 'planYear', data: { ...data, next: year + 1 }, hintId: 'plan', ...place });
          }
          continue;
        }
        if (y === year) continue;
        ctx.report({ messageId: isOpening ? 'openingYear' : 'workYear', data, hintId: 'year', ...place });
      }
    }
  },
});
