// model/cache: values per graph and key, the least recently used dropped past the bound.
import { describe, expect, it } from 'vitest';
import { cachedFor, keepFor, peekFor, type PerGraph } from '../../../src/model/cache';
import type { AtlasGraph } from '../../../src/model/build';

const graph = () => ({}) as AtlasGraph;

describe('model/cache', () => {
  it('finds nothing for a graph or key never kept', () => {
    const store: PerGraph<number> = new WeakMap();
    expect(peekFor(store, graph(), 'k')).toBeUndefined();
  });
  it('makes a value once per graph and key, and keeps values made elsewhere where cachedFor finds them', () => {
    const store: PerGraph<{ n: number }> = new WeakMap();
    const [g1, g2] = [graph(), graph()];
    let made = 0;
    const make = () => ({ n: ++made });
    const first = cachedFor(store, g1, 'k', make);
    expect(cachedFor(store, g1, 'k', make)).toBe(first);
    expect(cachedFor(store, g2, 'k', make)).not.toBe(first);
    expect(made).toBe(2);
    const kept = keepFor(store, g1, 'other', { n: 99 });
    expect(cachedFor(store, g1, 'other', make)).toBe(kept);
    expect(made).toBe(2);
  });
  it('drops the least recently used value past the bound; a look-up counts as a use', () => {
    const store: PerGraph<string> = new WeakMap();
    const g = graph();
    for (const k of ['a', 'b', 'c']) keepFor(store, g, k, k, 3);
    expect(peekFor(store, g, 'a')).toBe('a'); // now b is the least recently used
    keepFor(store, g, 'd', 'd', 3);
    expect(peekFor(store, g, 'b')).toBeUndefined();
    expect(['a', 'c', 'd'].map((k) => peekFor(store, g, k))).toEqual(['a', 'c', 'd']);
  });
});
