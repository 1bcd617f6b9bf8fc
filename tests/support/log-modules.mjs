// Preloaded with `node --import`: logs every module the process loads to $GONGKAI_MODULE_LOG, one URL or
// path a line — ES modules through a resolve hook, CommonJS modules from require.cache at exit.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

register('./log-modules-hooks.mjs', import.meta.url);
const require = createRequire(import.meta.url);
process.on('exit', () => {
  const cjs = Object.keys(require.cache);
  if (cjs.length > 0) appendFileSync(process.env.GONGKAI_MODULE_LOG, `${cjs.join('\n')}\n`);
});
