/** Deeply nested markup (found by fuzzing: 5,000 unclosed <div>s overflowed the stack) is refused with a clear reason. */
import { describe, expect, it } from 'vitest';
import { ReadError } from '../src/errors.js';
import { readHtml } from '../src/readers/html.js';

const page = (depth: number): Uint8Array =>
  new TextEncoder().encode(`<html><body>${'<div>'.repeat(depth)}<p>一、总体情况</p><p>本年度…</p></body></html>`);

describe('HTML nesting depth', () => {
  it('refuses 5,000 nested elements as unreadable, without a stack overflow', () => {
    let error: unknown;
    try {
      readHtml({ path: 'deep.html', bytes: page(5000) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).ruleId).toBe('read-error');
    expect(String((error as ReadError).data.reason)).toContain('nested');
  });

  it('reads a page nested 100 levels deep', () => {
    const report = readHtml({ path: 'ok.html', bytes: page(100) });
    expect(report.sections.map((s) => s.heading)).toContain('一、总体情况');
  });
});
