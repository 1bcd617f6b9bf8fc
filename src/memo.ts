/**
 * Values built once per key object and kept as long as the key lives (a WeakMap): the per-format and
 * per-table plans that the engine and the readers derive from `schemas/format` (cell orders, bound
 * equations, row indexes) are built on first use and then reused by every report.
 */

/** `build(key)`, built once per key object. */
export function oncePer<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = build(key);
    cache.set(key, value);
    return value;
  };
}

/** `build(key, second)`, built once per key object and second key (compared with `Map` semantics). */
export function oncePerPair<K extends object, K2, V>(build: (key: K, second: K2) => V): (key: K, second: K2) => V {
  const cache = new WeakMap<K, Map<K2, V>>();
  return (key, second) => {
    let inner = cache.get(key);
    if (!inner) cache.set(key, (inner = new Map()));
    if (inner.has(second)) return inner.get(second) as V;
    const value = build(key, second);
    inner.set(second, value);
    return value;
  };
}
