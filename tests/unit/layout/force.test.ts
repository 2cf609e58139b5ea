import { describe, expect, it } from 'vitest';
import { edgeCrossings, nodeOverlaps } from '../../../bench/legibility';
import { syntheticGraph } from '../../../bench/synthetic';
import { forceIterations, forceLayout, LayoutCancelled, seededRandom } from '../../../src/layout/force';
import { buildGraph } from '../../../src/model/build';
import { loadGraph } from '../../../src/import/load';
import { miniGraph } from '../../fixtures/mini';

const synthetic = (n: number) => {
  const r = loadGraph([{ file: 's.json', text: JSON.stringify(syntheticGraph(n)) }]);
  if (!r.ok) throw new Error('synthetic graph did not load');
  return buildGraph(r.document);
};

describe('layout/force', () => {
  it('rejects unknown nodes', () => {
    expect(() => forceLayout(miniGraph(), ['nope'])).toThrow('layout/force: unknown node "nope"');
  });

  it('never touches Math.random', () => {
    const original = Math.random;
    let calls = 0;
    Math.random = () => {
      calls++;
      return original();
    };
    try {
      const g = miniGraph();
      forceLayout(g, g.nodes());
    } finally {
      Math.random = original;
    }
    expect(calls).toBe(0);
  });

  it('is deterministic whatever the order of the ids', () => {
    const g = synthetic(300);
    const ids = g.nodes();
    expect(forceLayout(g, [...ids].reverse()).positions).toEqual(forceLayout(g, ids).positions);
  });

  it('leaves no two node boxes overlapping on a graph of 300 nodes, and joined nodes nearer than others', () => {
    const g = synthetic(300);
    const { positions: p } = forceLayout(g, g.nodes());
    expect(nodeOverlaps(p)).toBe(0);
    const dist = (a: string, b: string) => Math.hypot(p[a]!.x - p[b]!.x, p[a]!.y - p[b]!.y);
    const joined = g.mapEdges((_e, _a, s, t) => dist(s, t)).sort((a, b) => a - b);
    const ids = g.nodes();
    const any = ids
      .map((id, i) => dist(id, ids[(i * 7919 + 13) % ids.length]!))
      .filter((d) => d > 0)
      .sort((a, b) => a - b);
    expect(joined[joined.length >> 1]!).toBeLessThan(any[any.length >> 1]!);
    expect(edgeCrossings(g, p).crossings).toBeGreaterThanOrEqual(0);
  });

  it('reports progress up to 1 and stops when cancelled', () => {
    const g = synthetic(200);
    const seen: number[] = [];
    forceLayout(g, g.nodes(), { onProgress: (d) => seen.push(d) });
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    let asked = 0;
    expect(() => forceLayout(g, g.nodes(), { cancelled: () => ++asked > 2 })).toThrow(LayoutCancelled);
  });

  it('stops once a round of iterations no longer moves the nodes, before its iterations run out', () => {
    // 40 nodes: 500 iterations in 10 rounds, each reporting progress; the layout settles in fewer.
    const g = synthetic(40);
    const seen: number[] = [];
    const { positions } = forceLayout(g, g.nodes(), { onProgress: (d) => seen.push(d) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.length).toBeLessThan(10 + 1);
    expect(seen.at(-1)).toBe(1);
    expect(nodeOverlaps(positions)).toBe(0);
  });

  it('spends fewer iterations on larger graphs, never fewer than 20', () => {
    expect(forceIterations(100)).toBe(500);
    expect(forceIterations(10_000)).toBe(30);
    expect(forceIterations(1_000_000)).toBe(20);
  });

  it('seededRandom repeats for a seed and stays in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
