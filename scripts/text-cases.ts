/**
 * What the text-reader fixture scripts share (make-glued-rows, make-column-pins, make-table4-pins): a case is
 * a corpus page changed by a few replacements, with its truth and what checking it must give, written as a
 * folder of input.txt, truth.json and case.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Tables by row and column id (null: a blank cell). */
export type Tables = Record<'t2' | 't3' | 't4', Record<string, Record<string, number | null>>>;

export interface TextCase<Expect> {
  name: string;
  input: string;
  truth: { tables: Tables };
  expect: Expect;
}

/** `text` with `from` (found exactly once) replaced by `to`. */
export function once(text: string, from: string, to: string): string {
  const n = text.split(from).length - 1;
  if (n !== 1) throw new Error(`"${from}" is on the page ${n} times, not once`);
  return text.replace(from, to);
}

/** Each case as `root/<name>/` input.txt, truth.json and case.json. */
export function writeTextCases<C extends TextCase<unknown>>(root: string, cases: C[]): C[] {
  for (const c of cases) {
    const dir = join(root, c.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'input.txt'), c.input);
    writeFileSync(join(dir, 'truth.json'), `${JSON.stringify(c.truth, null, 2)}\n`);
    writeFileSync(join(dir, 'case.json'), `${JSON.stringify({ name: c.name, expect: c.expect }, null, 2)}\n`);
  }
  return cases;
}
