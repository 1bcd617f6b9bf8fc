// Module hooks (run off the main thread): append each resolved URL to $GONGKAI_MODULE_LOG.
import { appendFileSync } from 'node:fs';

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.GONGKAI_MODULE_LOG, `${result.url}\n`);
  return result;
}
