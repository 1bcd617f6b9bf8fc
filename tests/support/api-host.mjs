/**
 * A host program using the built Node.js API (dist/index.js) as a library user would: it runs one misuse
 * of the API, named by argv[2], on the reports folder argv[3], catches what it throws and prints it as one
 * JSON line, then ends normally (tests/api-validation.test.ts). An unhandled rejection or an uncaught
 * exception — the API taking its host down — is printed too, and ends the host with exit 70.
 */
import { join } from 'node:path';

const api = await import(new URL('../../dist/index.js', import.meta.url).href);
const [name, dir] = process.argv.slice(2);
const file = join(dir, 'clean.json');

const fatal = (kind) => (e) => {
  process.stdout.write(`${JSON.stringify({ fatal: kind, message: String(e?.message ?? e) })}\n`);
  process.exit(70);
};
process.on('unhandledRejection', fatal('unhandledRejection'));
process.on('uncaughtException', fatal('uncaughtException'));

const boom = (what) => () => {
  throw new Error(`${what} broke`);
};

const CASES = {
  'jobs-nan': () => api.check(dir, { jobs: NaN }),
  'jobs-zero-en': () => api.check(dir, { jobs: 0, lang: 'en' }),
  'jobs-many': () => api.check(dir, { jobs: 10_000 }),
  'lang-xx': () => api.check(dir, { lang: 'xx' }),
  'rules-unknown': () => api.check(dir, { rules: { x: 'fatal' } }),
  'rules-severity': () => api.check(dir, { rules: { 'cell-blank': 'fatal' } }),
  'maxsize-nan': () => api.check(dir, { maxSize: NaN }),
  'maxsize-nan-read': () => api.read(file, { maxSize: NaN }),
  'timeout-overflow': () => api.check(dir, { timeoutMs: 2_147_484_000 }),
  'timeout-negative': () => api.check(dir, { timeoutMs: -1 }),
  'unknown-option': () => api.check(dir, { job: 2 }),
  'encoding': () => api.check(dir, { encoding: 'klingon' }),
  'paths': () => api.check(42),
  'on-progress-throws': () => api.check(dir, { jobs: 2, onProgress: boom('the progress bar') }),
  'on-skip-throws': () => api.check(dir, { onSkip: boom('the skip list') }),
  'on-file-throws': () => api.checkEach(dir, boom('the database')),
  'on-file-rejects': () => api.checkEach(dir, async () => Promise.reject(new Error('the database is gone'))),
  'on-file-missing': () => api.checkEach(dir),
  'convert-to': () => api.convert(file, { to: 'xml' }),
  'format-context': async () => api.format(await api.check(file), 'json', { color: 7 }),
  'check-file-jobs': () => api.checkFile(file, { jobs: -3 }),
  'fine': () => api.check(dir, { jobs: 2, lang: 'en', timeoutMs: 86_400_000, maxSize: 1024 * 1024, rules: { 'cell-blank': 'off' }, onProgress: () => undefined }),
};

try {
  const value = await CASES[name]();
  process.stdout.write(`${JSON.stringify({ resolved: true, files: value?.summary?.files ?? value?.files?.length })}\n`);
} catch (e) {
  process.stdout.write(`${JSON.stringify({ name: e.name, message: e.message, option: e.option, api: e.api, callback: e.callback, cause: e.cause?.message })}\n`);
}
