/**
 * The memory a checking process really holds, read by the process that started it (pool.ts).
 *
 * V8's heap cap (early.ts) counts only the JavaScript heap. What a file makes a process allocate outside it
 * — the data of ArrayBuffers and typed arrays, native allocations — is not counted, and a small file can
 * make that grow far: a PDF whose one content stream inflates to 300 MB (pdfjs inflates it in JavaScript
 * into one typed array it doubles as it goes) took its checking process to 670 MB with the heap well under
 * its cap. So the pool also reads, every WATCH_MS, the resident memory of each child that is on a file, and
 * stops a child over its limit as one that ran out of heap.
 *
 * Resident memory is what the system says the process holds in RAM: on Linux `VmRSS` in
 * /proc/<pid>/status (about 25 µs a read). Where the system does not say so cheaply (no /proc: macOS,
 * Windows), `residentMb` gives undefined and only the heap cap holds.
 */
import { existsSync, readFileSync } from 'node:fs';

/**
 * The resident memory a checking process may hold while on a file, in MB (pool.ts): a normal one at its heap
 * cap holds about 190 MB, and a 53-page PDF about 140; the roomy one at its heap cap about 450.
 */
export const MEMORY_LIMIT_MB = 320;
export const RETRY_MEMORY_LIMIT_MB = 480;

/** How often the pool reads its busy children's memory, in milliseconds. */
export const WATCH_MS = 10;
/** How often while one is within WATCH_NEAR_MB of its limit (a read is about 25 µs). */
export const WATCH_NEAR_MS = 2;
export const WATCH_NEAR_MB = 96;

/** Whether this system says how much memory a process holds (Linux's /proc). */
export const canWatchMemory: boolean = process.platform === 'linux' && existsSync('/proc/self/status');

/** The resident memory of process `pid` in MB, or undefined when the system does not say (or it is gone). */
export function residentMb(pid: number): number | undefined {
  if (!canWatchMemory) return undefined;
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'latin1');
  } catch {
    return undefined;
  }
  const m = /\nVmRSS:\s*(\d+)\s*kB/.exec(status);
  return m ? Number(m[1]) / 1024 : undefined;
}
