// model/cache: results worked out from a graph, kept per graph (graphs are built once and never changed) in
// a small most-recently-used map, so returning to a view is a lookup.
import type { AtlasGraph } from './build';

export type PerGraph<T> = WeakMap<AtlasGraph, Map<string, T>>;

/** The value for `key` on `graph`, made once; at most `keep` values per graph, the least recently used dropped. */
export function cachedFor<T>(store: PerGraph<T>, graph: AtlasGraph, key: string, make: () => T, keep = 24): T {
  let byKey = store.get(graph);
  if (!byKey) store.set(graph, (byKey = new Map()));
  if (byKey.has(key)) {
    const hit = byKey.get(key) as T;
    byKey.delete(key); // most recently used last
    byKey.set(key, hit);
    return hit;
  }
  const made = make();
  byKey.set(key, made);
  if (byKey.size > keep) byKey.delete(byKey.keys().next().value!);
  return made;
}
