#!/usr/bin/env node
// Rewrites the rule table between <!-- rules:start --> and <!-- rules:end --> in README.md from the
// registry (run after `npm run build`). tests/registry.test.ts fails when the two differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { rulesTable } from '../dist/cli/commands/rules.js';

const url = new URL('../README.md', import.meta.url);
const s = readFileSync(url, 'utf8');
const start = '<!-- rules:start -->';
const end = '<!-- rules:end -->';
const a = s.indexOf(start) + start.length;
const b = s.indexOf(end);
writeFileSync(url, `${s.slice(0, a)}\n${rulesTable('zh')}\n${s.slice(b)}`);
console.log('updated the rule table in README.md');
