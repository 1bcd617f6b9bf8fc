/**
 * A write that fails half-way (disk full) must leave the previous output intact and no temp file:
 * fs/promises writeFile is replaced by one that writes half the bytes, then fails with ENOSPC.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const fault = vi.hoisted(() => ({ on: false, calls: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    writeFile: async (path: Parameters<typeof real.writeFile>[0], data: string | Uint8Array, ...rest: unknown[]) => {
      if (!fault.on) return (real.writeFile as (...a: unknown[]) => Promise<void>)(path, data, ...rest);
      fault.calls++;
      const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data);
      await real.writeFile(path, bytes.subarray(0, bytes.length >> 1));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    },
  };
});

const { writeOutput } = await import('../src/cli/io-write.js');
const { main } = await import('../src/cli/main.js');

const dir = mkdtempSync(join(tmpdir(), 'gk-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a write that fails half-way', () => {
  it('writeOutput: previous file intact, no partial or temp file, a usage error in both languages', async () => {
    writeFileSync(join(dir, 'out.json'), 'previous');
    fault.on = true;
    try {
      await expect(writeOutput('out.json', 'x'.repeat(10_000), dir)).rejects.toThrow(/无法写入 out\.json：.*ENOSPC.* \/ cannot write out\.json: .*ENOSPC/);
    } finally {
      fault.on = false;
    }
    expect(fault.calls).toBe(1);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });
  it('convert -o through main(): exit 2, message without a stack, previous output intact', async () => {
    const input = join(dir, 'in.json');
    writeFileSync(input, readFileSync('fixtures/corpus/pingtan-2021.json'));
    writeFileSync(join(dir, 'out.csv'), 'previous');
    let stderr = '';
    fault.on = true;
    let code: number;
    try {
      code = await main(['convert', input, '--to', 'csv', '-o', 'out.csv'], { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, env: {}, cwd: dir });
    } finally {
      fault.on = false;
    }
    expect(code).toBe(2);
    expect(stderr).toMatch(/ENOSPC/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('previous');
    expect(readdirSync(dir).sort()).toEqual(['in.json', 'out.csv', 'out.json']);
  });
});
