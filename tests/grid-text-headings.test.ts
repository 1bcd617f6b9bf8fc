/**
 * textFromGrids (PDF, sheets): which lines of the running text are section headings. A line only like a
 * heading above the report's title — a site's menu line "二、主动公开" that a browser prints above the report
 * when the page's scripts run (fixtures/readers/pdf/chromium-agency-page-scripts-pingtan-2024 end to end) —
 * is no heading when its section's own heading follows below the title; a report's own heading written
 * otherwise ("一、概述") stays one wherever a title-like line stands.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../src/readers/grid-cells.js';
import { textFromGrids } from '../src/readers/grid-text.js';

const TITLE = '平潭综合实验区某某局2024年政府信息公开工作年度报告';
const grid = (lines: string[]): Grid[] => [{ name: '正文', rows: lines.map((text, i) => [{ text, source: { line: i + 1 } }]) }];
const headings = (lines: string[]): string[] => textFromGrids(grid(lines)).sections.map((s) => s.heading);

describe('textFromGrids: page furniture above the title', () => {
  it('a menu line "二、主动公开" above the title is no section: the title is the title, the sections are the report\'s', () => {
    const t = textFromGrids(grid(['首页', '二、主动公开', TITLE, '一、总体情况', '正文。', '二、主动公开政府信息情况', '见下表。']));
    expect(t.sections.map((s) => s.heading)).toEqual(['一、总体情况', '二、主动公开政府信息情况']);
    expect(t.title).toBe(TITLE);
    expect(t.sections[1]!.text).toBe('见下表。');
  });

  it('a heading written otherwise stays a heading: without a title, with the title below the first template heading, or with no heading of its section again', () => {
    expect(headings(['一、概述', '正文。', '二、主动公开政府信息情况', '见下表。', TITLE])).toEqual(['一、概述', '二、主动公开政府信息情况']);
    expect(headings(['一、概述', '正文。', TITLE, '二、主动公开政府信息情况', '见下表。'])).toEqual(['一、概述', '二、主动公开政府信息情况']);
    expect(headings(['二、主动公开', '见下表。', '三、收到和处理政府信息公开申请情况'])).toEqual(['二、主动公开', '三、收到和处理政府信息公开申请情况']);
  });
});
