/** The committed text-reader fixture folders (scripts/text-cases.ts) compared with what their script builds. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { TextCase } from '../../scripts/text-cases.js';

/** Every case's input.txt, truth.json and case.json under `root` equal to the case built. */
export function expectCaseFiles(root: string, cases: readonly TextCase<unknown>[]): void {
  for (const c of cases) {
    expect(readFileSync(join(root, c.name, 'input.txt'), 'utf8'), c.name).toBe(c.input);
    expect(JSON.parse(readFileSync(join(root, c.name, 'truth.json'), 'utf8'))).toEqual(c.truth);
    expect(JSON.parse(readFileSync(join(root, c.name, 'case.json'), 'utf8'))).toEqual({ name: c.name, expect: c.expect });
  }
}
