#!/usr/bin/env node
// Rewrites the rule table between <!-- rules:start --> and <!-- rules:end --> in README.md from the
// registry (run after `npm run build`), each id linked to its page docs/rules/<id>.md (written by
// scripts/gen-rule-docs.mjs). tests/registry.test.ts fails when the two differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { rulesTable } from '../dist/cli/commands/rules.js';
import { rulePagePath } from '../dist/rules/docs.js';

const url = new URL('../README.md', import.meta.url);
const s = readFileSync(url, 'utf8');
const start = '<!-- rules:start -->';
const end = '<!-- rules:end -->';
const a = s.indexOf(start) + start.length;
const b = s.indexOf(end);
writeFileSync(url, `${s.slice(0, a)}\n${rulesTable('zh', rulePagePath)}\n${s.slice(b)}`);
console.log('updated the rule table in README.md');
