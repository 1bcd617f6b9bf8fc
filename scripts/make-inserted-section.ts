/**
 * Builds fixtures/inserted-section/: a corpus report whose top-level headings are numbered off the
 * template, the way real department reports held out from the project publish them — one inserts a
 * section of its own after 一 ("二、政务公开工作主要任务落实情况") and numbers the template's sections on
 * from 三 to 七; another numbers 主动公开政府信息情况 "三、" by a slip. Beside them, a report whose sections
 * hold numbered lists ("一、内容解读不够透彻" in section 五, as a real report writes its problems) and a
 * numbered line that does not continue the headings' numbering: nothing of that is a heading.
 *
 * Each case, from the corpus report pingtan-2021 (its page.txt and its figures, tests/support/publish.ts):
 * input.txt (the flattened page, edited in place), input.html (the page as published), input.docx (the
 * Word file) and, printed by Chromium from input.html by scripts/make-inserted-section-pdf.mjs,
 * input.pdf; case.json: the corpus report, the edits, and the section findings every form must give
 * (the corpus report's own findings aside).
 *
 * Run through the test runner (no tsx here):  UPDATE_FIXTURES=1 npx vitest run tests/inserted-section.test.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { publishedFromCorpus, toDocx, toHtml, type Published } from '../tests/support/publish.js';
import { once } from './text-cases.js';

export const INSERTED_SECTION = join(import.meta.dirname, '../fixtures/inserted-section');
const CORPUS = 'pingtan-2021';
const PAGE = join(import.meta.dirname, '../fixtures/corpus-pages', CORPUS, 'page.txt');

/** A section finding every form of the case gives: rule, message and the heading it names. */
export interface SectionFinding {
  ruleId: 'section-unknown' | 'section-title';
  messageId: string;
  heading: string;
  /** The template section it is placed at (section-title). */
  section?: string;
  /** numberingRun: how many headings after it are off the same way. */
  more?: number;
}

export interface InsertedSectionMeta {
  name: string;
  corpus: string;
  /** A section outside the template, with its text: a section of its own in every form. */
  inserted?: { heading: string; text: string };
  /** Headings written otherwise than the corpus report's: template heading → as written. */
  renumbered: Record<string, string>;
  /** Text added to sections (numbered lists, a numbered line that continues nothing): no heading. */
  added: Record<string, string>;
  findings: SectionFinding[];
}

export interface InsertedSectionCase {
  meta: InsertedSectionMeta;
  txt: string;
  html: string;
  docx: Uint8Array;
  /** word/document.xml of the docx (compared instead of the zip's bytes). */
  document: string;
}

const INSERTED = {
  heading: '二、政务公开工作主要任务落实情况',
  text: '我区全面落实年度政务公开工作要点，围绕优化营商环境、重大项目建设等重点领域，及时公开政策文件和工作动态。',
};

/** Sections 二 to 六 numbered on from 三 (after the inserted one). */
const NUMBERED_ON: Record<string, string> = {
  '二、主动公开政府信息情况': '三、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况': '四、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况': '五、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况': '六、存在的主要问题及改进情况',
  '六、其他需要报告的事项': '七、其他需要报告的事项',
};

const CASES: InsertedSectionMeta[] = [
  {
    name: 'inserted',
    corpus: CORPUS,
    inserted: INSERTED,
    renumbered: NUMBERED_ON,
    added: {},
    findings: [
      { ruleId: 'section-unknown', messageId: 'unknown', heading: INSERTED.heading },
      { ruleId: 'section-title', messageId: 'numberingRun', heading: '三、主动公开政府信息情况', section: 's2', more: 4 },
    ],
  },
  {
    name: 'renumbered',
    corpus: CORPUS,
    renumbered: { '二、主动公开政府信息情况': '三、主动公开政府信息情况' },
    added: {},
    findings: [{ ruleId: 'section-title', messageId: 'numbering', heading: '三、主动公开政府信息情况', section: 's2' }],
  },
  {
    name: 'lists',
    corpus: CORPUS,
    renumbered: {},
    added: {
      '五、存在的主要问题及改进情况': '一、内容解读不够透彻\n对部分政策文件的解读形式较为单一。\n二、公开平台建设有待加强\n栏目更新不够及时。',
      '六、其他需要报告的事项': '八、附件\n无。',
    },
    findings: [],
  },
];

/** The heading as the case writes it. */
const written = (m: InsertedSectionMeta, heading: string): string => m.renumbered[heading] ?? heading;

function published(m: InsertedSectionMeta): Published {
  const p = publishedFromCorpus(m.corpus);
  const sections = p.sections.map((s) => ({ heading: written(m, s.heading), text: m.added[s.heading] ? `${s.text}\n${m.added[s.heading]}` : s.text }));
  if (m.inserted) sections.splice(1, 0, { ...m.inserted });
  return { ...p, sections };
}

/** The flattened page (fixtures/corpus-pages), edited where each heading is written. */
function flattened(m: InsertedSectionMeta): string {
  let t = readFileSync(PAGE, 'utf8');
  const headings = ['一、总体情况', ...Object.keys(NUMBERED_ON)];
  // Each heading once, from the last: a renumbered heading is never edited again.
  for (let i = headings.length - 1; i >= 0; i--) {
    const h = headings[i]!;
    const add = m.added[h];
    if (add !== undefined) {
      // Added text after the section's first sentence, run together as the flattened page runs its lines.
      const at = t.indexOf(h);
      const end = t.indexOf('。', at) + 1;
      if (at < 0 || end === 0) throw new Error(`${h}: no sentence after it on the page`);
      t = `${t.slice(0, end)}${add.replaceAll('\n', '')}${t.slice(end)}`;
    }
    if (written(m, h) !== h) t = once(t, h, written(m, h));
  }
  if (m.inserted) t = once(t, written(m, '二、主动公开政府信息情况'), `${m.inserted.heading} ${m.inserted.text}${written(m, '二、主动公开政府信息情况')}`);
  return t;
}

function buildCase(m: InsertedSectionMeta): InsertedSectionCase {
  const p = published(m);
  const docx = toDocx(p);
  return { meta: m, txt: flattened(m), html: toHtml(p), docx, document: strFromU8(unzipSync(docx)['word/document.xml']!) };
}

export function buildInsertedSection(): InsertedSectionCase[] {
  return CASES.map(buildCase);
}

export function writeInsertedSection(root = INSERTED_SECTION): InsertedSectionCase[] {
  const cases = buildInsertedSection();
  for (const c of cases) {
    const dir = join(root, c.meta.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'input.txt'), c.txt);
    writeFileSync(join(dir, 'input.html'), c.html);
    writeFileSync(join(dir, 'input.docx'), c.docx);
    writeFileSync(join(dir, 'case.json'), `${JSON.stringify(c.meta, null, 2)}\n`);
  }
  return cases;
}
