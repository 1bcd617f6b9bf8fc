import type { CompiledTopic } from '../analysis/content-data.js';
import { agencyLevel } from '../analysis/published.js';
import { missingTopics } from '../analysis/section-content.js';
import { atSection } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/section1-topics.js';

const zhList = (ts: CompiledTopic[]): string => ts.map((t) => `“${t.zh}”`).join('');
const enList = (ts: CompiledTopic[]): string => ts.map((t) => `${t.zh} (${t.en})`).join(', ');

/**
 * Section 一 covers each topic the format lists — 主动公开、依申请公开、政府信息管理、政府信息公开平台建设、
 * 监督保障, and for a government the results of 工作考核、社会评议、责任追究 — by its sub-headings or its
 * words (schemas/content.json); one finding names the topics it leaves out.
 */
export default defineRule({
  id: 'section1-topics',
  code: 'GK180',
  severity: 'warning',
  category: 'content',
  tags: ['sections'],
  text,
  check(ctx) {
    const one = ctx.sections.find((s) => s.match?.id === 's1');
    // An empty section is section-empty's.
    if (!one || one.found.text.trim() === '') return;
    // The level as report-late reads it (the config's, else from the name); a 乡镇人民政府 is a government.
    const level = ctx.ruleOptions['report-late']?.level ?? agencyLevel(ctx.model.agency);
    const missing = missingTopics(one.found.text, level === 'government' || level === 'township');
    if (missing.length === 0) return;
    const general = missing.filter((t) => !t.government);
    const government = missing.filter((t) => t.government);
    ctx.report({
      messageId: general.length === 0 ? 'government' : government.length === 0 ? 'missing' : 'both',
      data: {
        topics: zhList(general),
        topicsEn: enList(general),
        government: zhList(government),
        governmentEn: enList(government),
        missing: missing.map((t) => t.id).join(','),
      },
      hintId: general.length === 0 ? 'government' : 'write',
      ...atSection('s1', one.found.source),
    });
  },
});
