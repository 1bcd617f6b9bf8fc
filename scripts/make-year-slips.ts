/**
 * Builds fixtures/year-slips/ (issue #17 items 6 and 10): every corpus report (fixtures/corpus) with
 * year slips planted in its text — sentences that present the year before or after the reporting year
 * as the reporting year's, the way last year's text left unchanged reads — and near misses planted next
 * to them: sentences that name another year and are right (a plan, a document cited by name, a
 * comparison, carried-over applications, a date, a range, next year's budget). The sentences follow
 * the patterns of real reports with the report's own years; no real page is copied.
 *
 * Each folder holds `input.json` (the report) and `truth.json`: the planted slips, each with the
 * section it is in, the message the check gives (rule report-period) and the sentence, and the near
 * misses, which must give nothing.
 *
 * Run through the test runner (no tsx here):  UPDATE_FIXTURES=1 npx vitest run tests/year-slips.test.ts
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const YEAR_SLIPS = join(import.meta.dirname, '../fixtures/year-slips');
const CORPUS = join(import.meta.dirname, '../fixtures/corpus');

type SectionId = 's1' | 's2' | 's3' | 's4' | 's5' | 's6';

interface Planted {
  section: SectionId;
  sentence: string;
  /** The report-period message a slip gives; absent for a near miss. */
  messageId?: string;
  /** The year written in a slip. */
  written?: number;
}

export interface YearSlipCase {
  name: string;
  input: { year: number; sections: { heading: string; text: string }[] } & Record<string, unknown>;
  truth: { base: string; year: number; slips: Planted[]; nearMisses: Planted[] };
}

/** A sentence template for a reporting year `y` and a small number `n`. */
type Template = (y: number, n: number) => Planted;

/** Slips: each presents another year as the reporting year's. */
const SLIPS: Template[] = [
  (y) => ({ section: 's1', messageId: 'workYear', written: y + 1, sentence: `${y + 1}年，本机关共收到政府信息公开申请${3}件，均已按期答复。` }),
  (y, n) => ({ section: 's1', messageId: 'figureYear', written: y - 1, sentence: `本机关${y - 1}年共受理政府信息公开申请${n}件，均在法定期限内答复。` }),
  (y, n) => ({ section: 's2', messageId: 'periodText', written: y - 1, sentence: `${y - 1}年1月1日至12月31日，本机关共主动公开政府信息${n * 10}条。` }),
  (y) => ({ section: 's1', messageId: 'reportText', written: y - 1, sentence: `现将本机关${y - 1}年度政府信息公开工作情况报告如下。` }),
  (y) => ({ section: 's1', messageId: 'doneYear', written: y + 1, sentence: `编制完成${y + 1}年度政府信息公开工作年度报告，并在门户网站政府信息公开专栏公开。` }),
  (y) => ({ section: 's6', messageId: 'workYear', written: y - 1, sentence: `${y - 1}年，本机关未收取信息处理费。` }),
  (y) => ({ section: 's3', messageId: 'workYear', written: y - 1, sentence: `${y - 1}年，本机关收到的政府信息公开申请均已按期办结。` }),
  (y) => ({ section: 's5', messageId: 'planYear', written: y, sentence: `${y}年，本机关将进一步加强政策解读，丰富解读形式。` }),
  (y, n) => ({ section: 's4', messageId: 'workYear', written: y - 1, sentence: `${y - 1}年度本机关因政府信息公开被申请行政复议${n}件，均已审结。` }),
  // A sub-heading glued to its paragraph, as flattened text has it: last year's opening left under it.
  (y, n) => ({
    section: 's2',
    messageId: 'workYear',
    written: y - 1,
    sentence: `（二）主动公开政府信息的主要类别${y - 1}年，在主动公开的${n * 10 + 1}条政府信息中，全文电子化的主动公开信息数共${n * 10 + 1}条。`,
  }),
  (y, n) => ({ section: 's3', messageId: 'presentYear', written: y - 1, sentence: `本年（${y - 1}年）本机关共收到政府信息公开申请${n}件。` }),
];

/** Near misses: another year, rightly. */
const NEAR_MISSES: Template[] = [
  (y) => ({ section: 's1', sentence: `按时编制并发布《${y - 1}年政府信息公开工作年度报告》。` }),
  (y, n) => ({ section: 's1', sentence: `全年收到的申请数较${y - 1}年增长${n}%。` }),
  (y) => ({ section: 's3', sentence: `${y - 1}年度结转的申请已全部办结。` }),
  (y) => ({ section: 's5', sentence: `${y + 1}年，本机关将进一步规范年度报告编制。` }),
  (y) => ({ section: 's1', sentence: `依据《关于做好${y - 1}年政务公开工作的通知》（办〔${y - 1}〕12号）开展工作。` }),
  (y) => ({ section: 's6', sentence: `${y + 1}年1月，本机关召开专题会议部署年度报告编制工作。` }),
  (y) => ({ section: 's1', sentence: `在门户网站公开了${y}年部门预算和${y - 1}年部门决算。` }),
  (y) => ({ section: 's1', sentence: `编制完成${y + 1}年度部门预算。` }),
  (y, n) => ({ section: 's2', sentence: `自${y - 3}年以来，累计主动公开政府信息${n * 100}条。` }),
  (y) => ({ section: 's5', sentence: `下一步，按时完成${y + 1}年度政府信息公开工作年度报告编制发布。` }),
  (y) => ({ section: 's1', sentence: `与${y - 1}年相比，申请数量有所增加。` }),
  (y, n) => ({ section: 's3', sentence: `结转至${y + 1}年${n}件。` }),
  // Next to glued sub-headings: the reporting year under one, a document or a higher authority's plan cited after one.
  (y, n) => ({ section: 's2', sentence: `（二）主动公开政府信息的主要类别${y}年，在主动公开的${n * 10}条政府信息中，政策文件占多数。` }),
  (y) => ({ section: 's2', sentence: `（一）主动公开政府信息的情况全面贯彻落实《${y - 1}年全区政务公开工作主要任务分解表》要求。` }),
  (y) => ({ section: 's1', sentence: `（五）监督保障情况根据国务院办公厅${y - 1}年政务公开工作要点，印发工作方案。` }),
  // Last year named as last year, a deadline in last year, this year's publication month.
  (y, n) => ({ section: 's3', sentence: `上年（${y - 1}年）共收到政府信息公开申请${n}件。` }),
  (y) => ({ section: 's3', sentence: `${y - 1}年12月31日前提交的申请均已办结。` }),
  (y) => ({ section: 's6', sentence: `今年（${y + 1}年）1月，本机关发布了${y}年度政府信息公开工作年度报告。` }),
];

/** Puts a sentence after the first sentence of a section's text (or as its text when it has none). */
function plant(text: string, sentence: string): string {
  const end = text.search(/[。！？]/u);
  if (end < 0) return text.trim() === '' ? sentence : `${text}${sentence}`;
  return `${text.slice(0, end + 1)}${sentence}${text.slice(end + 1)}`;
}

const SECTION_NUMBERS: Record<SectionId, string> = { s1: '一', s2: '二', s3: '三', s4: '四', s5: '五', s6: '六' };

export function buildYearSlips(): YearSlipCase[] {
  const names = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
  return names.map((base, k) => {
    const input = JSON.parse(readFileSync(join(CORPUS, `${base}.json`), 'utf8')) as YearSlipCase['input'];
    const y = input.year;
    const n = 2 + (k % 7);
    const slips = [SLIPS[(2 * k) % SLIPS.length]!(y, n), SLIPS[(2 * k + 1) % SLIPS.length]!(y, n)];
    const nearMisses = [0, 1, 2].map((j) => NEAR_MISSES[(3 * k + j) % NEAR_MISSES.length]!(y, n));
    for (const p of [...nearMisses, ...slips]) {
      // A report without the section (pingtan-finance-2021 has no 六) gets the sentence in section 一.
      let section = input.sections.find((s) => s.heading.startsWith(SECTION_NUMBERS[p.section]));
      if (!section) {
        p.section = 's1';
        section = input.sections.find((s) => s.heading.startsWith('一'))!;
      }
      section.text = plant(section.text, p.sentence);
    }
    return { name: base, input, truth: { base, year: y, slips, nearMisses } };
  });
}

/**
 * The flattened-text form (issue #17 item 6): a corpus page (fixtures/corpus-pages/<base>/page.txt, the
 * body on one line, sub-headings glued to their paragraphs) with last year's year left in section 二
 * right after a sub-heading, as a real 2024 report wrote "(二)主动公开政府信息的主要类别2023年，在主动公开的
 * 61条政府信息中，…". Each case is written as fixtures/year-slips/flattened/<name>/input.txt with its truth:
 * the slips it adds to what the page gives as published (nothing, for these pages).
 */
export interface FlattenedCase {
  name: string;
  text: string;
  truth: { base: string; year: number; slips: Planted[]; nearMisses: Planted[] };
}

export const FLATTENED = join(YEAR_SLIPS, 'flattened');
const CORPUS_PAGES = join(import.meta.dirname, '../fixtures/corpus-pages');

function page(base: string): string {
  return readFileSync(join(CORPUS_PAGES, base, 'page.txt'), 'utf8');
}

/** `text` with `from` (found exactly once) replaced by `to`. */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`not found exactly once: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

export function buildFlattened(): FlattenedCase[] {
  // 1. pingtan-finance-2023 as published, with both of section 二's sub-headed paragraphs still on 2022.
  const finance = page('pingtan-finance-2023');
  const figures = '(一)主动公开政府信息的数量2022年制作、获取政府信息总数509条，其中主动公开政府信息107条，依申请公开信息数354条，不予公开信息数48条。';
  const kinds =
    '(二)主动公开政府信息的主要类别2022年，在主动公开的107条政府信息中，全文电子化的主动公开信息数共107条，其中:减税降费22条，财税金融等政策及解读共2条；';
  let text = replaceOnce(finance, '(一)主动公开政府信息的数量2023年制作', '(一)主动公开政府信息的数量2022年制作');
  text = replaceOnce(text, '(二)主动公开政府信息的主要类别2023年，', '(二)主动公开政府信息的主要类别2022年，');
  const financeCase: FlattenedCase = {
    name: 'pingtan-finance-2023-section2-2022',
    text,
    truth: {
      base: 'pingtan-finance-2023',
      year: 2023,
      slips: [
        { section: 's2', messageId: 'figureYear', written: 2022, sentence: figures },
        { section: 's2', messageId: 'workYear', written: 2022, sentence: kinds },
      ],
      nearMisses: [],
    },
  };
  // 2. pingtan-police-2024 (its section 二 only tables) with section 二's paragraphs planted before its
  //    tables: this year's figures under (一), last year's opening left under (二), as the real report.
  const police = page('pingtan-police-2024');
  const one = '(一)主动公开政府信息的数量2024年制作、获取政府信息总数320条，其中主动公开政府信息61条。';
  const two = '(二)主动公开政府信息的主要类别2023年，在主动公开的61条政府信息中，全文电子化的主动公开信息数共61条，其中:政策文件及解读12条，其他文件共49条。';
  const last = '上年（2023年）共主动公开政府信息58条。';
  const three = '(三)主动公开政府信息的主要形式根据《2023年全区政务公开工作主要任务分解表》要求，主要通过门户网站公开。';
  const policeCase: FlattenedCase = {
    name: 'pingtan-police-2024-section2-2023',
    text: replaceOnce(police, '二、主动公开政府信息情况 第二十条', `二、主动公开政府信息情况 ${one}${two}${last}${three}第二十条`),
    truth: {
      base: 'pingtan-police-2024',
      year: 2024,
      slips: [{ section: 's2', messageId: 'workYear', written: 2023, sentence: two }],
      nearMisses: [one, last, three].map((sentence) => ({ section: 's2', sentence })),
    },
  };
  return [financeCase, policeCase];
}

export function writeFlattened(): FlattenedCase[] {
  const built = buildFlattened();
  for (const c of built) {
    const dir = join(FLATTENED, c.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'input.txt'), c.text);
    writeFileSync(join(dir, 'truth.json'), `${JSON.stringify(c.truth, null, 2)}\n`);
  }
  return built;
}

export function writeYearSlips(): YearSlipCase[] {
  const built = buildYearSlips();
  for (const c of built) {
    const dir = join(YEAR_SLIPS, c.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'input.json'), `${JSON.stringify(c.input, null, 2)}\n`);
    writeFileSync(join(dir, 'truth.json'), `${JSON.stringify(c.truth, null, 2)}\n`);
  }
  return built;
}
