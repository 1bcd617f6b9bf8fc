/** `--format json`: exactly the public RunResult, serialized (written file by file). */
import { VERSION } from '../version.js';
import { oneShot, type StreamFormatter } from './formatter.js';
import { JsonArrayStream } from './json-stream.js';

export const stream: StreamFormatter = (_ctx, lang) => {
  const skeleton = (summary: unknown): Record<string, unknown> => ({ tool: { name: 'gongkai', version: VERSION }, lang, files: [], summary });
  const files = new JsonArrayStream(['files'], skeleton({}));
  return {
    head: () => files.head(),
    file: (f) => files.item(f),
    tail: (summary) => files.tail(skeleton(summary)),
  };
};

export default oneShot(stream);
