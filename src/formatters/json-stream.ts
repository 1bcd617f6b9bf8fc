/**
 * Writing `JSON.stringify(value, null, 2)` of an object with one long array piece by piece: the text
 * before the array, its items one at a time, and the text after it, given the final object. The pieces
 * concatenated are byte for byte what `JSON.stringify` gives for the whole object.
 */

/** Stands for the streamed array in the skeleton; chosen so that no real value can look like it. */
const MARK = '\u0000gongkai:streamed-array\u0000';

function split(skeleton: Record<string, unknown>, key: string[]): { before: string; after: string; indent: string } {
  const copy = structuredClone(skeleton);
  let at: Record<string, unknown> = copy;
  for (const k of key.slice(0, -1)) at = (Array.isArray(at[k]) ? (at[k] as unknown[])[0] : at[k]) as Record<string, unknown>;
  at[key[key.length - 1]!] = MARK;
  const text = JSON.stringify(copy, null, 2);
  const quoted = JSON.stringify(MARK);
  const k = text.indexOf(quoted);
  const lineStart = text.lastIndexOf('\n', k) + 1;
  const indent = /^ */.exec(text.slice(lineStart))![0];
  return { before: text.slice(0, k), after: text.slice(k + quoted.length), indent };
}

/**
 * `key` is the path to the array: object keys, where an array on the way stands for its first (only)
 * item, as in `['runs', 'results']` for SARIF.
 */
export class JsonArrayStream {
  private count = 0;
  private readonly indent: string;

  constructor(
    private readonly key: string[],
    private readonly skeleton: Record<string, unknown>,
  ) {
    this.indent = split(skeleton, key).indent;
  }

  /** The text up to the array (given the skeleton; the values after the array may change later). */
  head(): string {
    return split(this.skeleton, this.key).before;
  }

  /** One item of the array. */
  item(value: unknown): string {
    const inner = `${this.indent}  `;
    const text = JSON.stringify(value, null, 2).replace(/\n/g, `\n${inner}`);
    return `${this.count++ === 0 ? '[\n' : ',\n'}${inner}${text}`;
  }

  /** The end of the array and the text after it, from the final object (same shape as the skeleton). */
  tail(final: Record<string, unknown>): string {
    const close = this.count === 0 ? '[]' : `\n${this.indent}]`;
    return `${close}${split(final, this.key).after}\n`;
  }
}
