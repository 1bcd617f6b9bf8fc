/**
 * The largest and smallest of a list of numbers, in a loop. `Math.max(...list)` passes every element as an
 * argument, and past about 120,000 of them Node throws "Maximum call stack size exceeded" — a hostile
 * file (one drawn path of 200,000 points, a line of that many text pieces) would then lose its whole
 * report. Same answers as `Math.max` / `Math.min`: `-Infinity` / `Infinity` for none, `NaN` if any is.
 */

/** The largest of `values` (or of `key` over `items`); `-Infinity` when there are none. */
export function maxOf(values: Iterable<number>): number;
export function maxOf<T>(items: Iterable<T>, key: (item: T) => number): number;
export function maxOf<T>(items: Iterable<T>, key?: (item: T) => number): number {
  let m = -Infinity;
  for (const item of items) m = Math.max(m, key ? key(item) : (item as number));
  return m;
}

/** The smallest of `values` (or of `key` over `items`); `Infinity` when there are none. */
export function minOf(values: Iterable<number>): number;
export function minOf<T>(items: Iterable<T>, key: (item: T) => number): number;
export function minOf<T>(items: Iterable<T>, key?: (item: T) => number): number {
  let m = Infinity;
  for (const item of items) m = Math.min(m, key ? key(item) : (item as number));
  return m;
}
