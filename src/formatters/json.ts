/** `--format json`: exactly the public RunResult, serialized. */
import type { Formatter } from './formatter.js';

const json: Formatter = (result) => `${JSON.stringify(result, null, 2)}\n`;
export default json;
