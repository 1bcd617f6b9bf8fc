/**
 * Remembered results of the pure label and heading matchers: the same short texts come back in report
 * after report. Results are shared, never mutated.
 */

/** Texts longer than this are not remembered (a paragraph is matched once). */
const MEMO_TEXT = 200;
/** Entries per map before it starts over: a batch's unique texts (titles, agency names) must not pile up. */
const MEMO_ENTRIES = 10_000;

/** `make()` for `text`, remembered in `map`. */
export function memoised<V>(map: Map<string, V>, text: string, make: () => V): V {
  if (text.length > MEMO_TEXT) return make();
  const hit = map.get(text);
  if (hit !== undefined || map.has(text)) return hit as V;
  const v = make();
  if (map.size >= MEMO_ENTRIES) map.clear();
  map.set(text, v);
  return v;
}
