// model/cache: results worked out from a graph, kept per graph (graphs are built once and never changed) in
// a small most-recently-used map, so returning to a view is a lookup.
import type { AtlasGraph } from './build';

export type PerGraph<T> = WeakMap<AtlasGraph, Map<string, T>>;

/** The value kept for `key` on `graph`, now the most recently used; undefined when none is kept. */
export function peekFor<T>(store: PerGraph<T>, graph: AtlasGraph, key: string): T | undefined {
  const byKey = store.get(graph);
  if (!byKey?.has(key)) return undefined;
  const hit = byKey.get(key) as T;
  byKey.delete(key); // most recently used last
  byKey.set(key, hit);
  return hit;
}

/** Keeps `value` for `key` on `graph` (made elsewhere, e.g. in a worker); at most `keep` per graph, the least recently used dropped. */
export function keepFor<T>(store: PerGraph<T>, graph: AtlasGraph, key: string, value: T, keep = 24): T {
  let byKey = store.get(graph);
  if (!byKey) store.set(graph, (byKey = new Map()));
  byKey.delete(key);
  byKey.set(key, value);
  if (byKey.size > keep) byKey.delete(byKey.keys().next().value!);
  return value;
}

/** The value for `key` on `graph`, made once; at most `keep` values per graph, the least recently used dropped. */
export function cachedFor<T>(store: PerGraph<T>, graph: AtlasGraph, key: string, make: () => T, keep = 24): T {
  if (store.get(graph)?.has(key)) return peekFor(store, graph, key) as T;
  return keepFor(store, graph, key, make(), keep);
}
