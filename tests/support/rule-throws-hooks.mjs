// Module hooks for rule-throws.mjs: the first statement of section-order's check (built dist/, bundled
// or not) throws. Only section-order is supported: its first statement is known.
import { appendFileSync } from 'node:fs';

const FIRST = 'const order = ctx.format.sections.map((s) => s.id);';

export async function load(url, context, next) {
  const result = await next(url, context);
  if (process.env.GONGKAI_RULE_THROWS !== 'section-order' || !/\/dist\/(bundle\/[\w-]+|rules\/section-order)\.js$/.test(url)) return result;
  const source = String(result.source);
  if (!source.includes(FIRST)) return result;
  appendFileSync(process.env.GONGKAI_RULE_THROWS_LOG, `${process.pid} rewritten\n`);
  const thrown = `throw new TypeError("Cannot read properties of undefined (reading 'heading')"); ${FIRST}`;
  return { ...result, source: source.replace(FIRST, thrown) };
}
