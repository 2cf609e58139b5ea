// bench/legibility: how readable a layout is: node boxes that overlap, and edges that cross (on a sample where many).
import type { AtlasGraph } from '../src/model/build';
import { NODE_SIZE, type Positions } from '../src/layout/types';

/** Pairs of nodes whose boxes (NODE_SIZE square) overlap, by a grid of NODE_SIZE cells. */
export function nodeOverlaps(positions: Positions): number {
  const cells = new Map<string, { x: number; y: number }[]>();
  let count = 0;
  for (const p of Object.values(positions)) {
    const cx = Math.floor(p.x / NODE_SIZE);
    const cy = Math.floor(p.y / NODE_SIZE);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const q of cells.get(`${cx + dx},${cy + dy}`) ?? [])
          if (Math.abs(p.x - q.x) < NODE_SIZE && Math.abs(p.y - q.y) < NODE_SIZE) count++;
    const key = `${cx},${cy}`;
    const list = cells.get(key);
    if (list) list.push(p);
    else cells.set(key, [p]);
  }
  return count;
}

const cross = (a: { x: number; y: number }, b: { x: number; y: number }, c: { x: number; y: number }) =>
  (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);

/**
 * Edge crossings among straight edges that share no node. Above `sample` edges, the count among a
 * fixed, evenly spaced sample of that many edges, scaled by the ratio of pairs (an estimate, said so).
 */
export function edgeCrossings(graph: AtlasGraph, positions: Positions, sample = 1500): { crossings: number; estimated: boolean } {
  const all = graph.filterEdges((_e, _a, s, t) => s !== t && positions[s] !== undefined && positions[t] !== undefined);
  const step = Math.max(1, all.length / sample);
  const edges: [string, string][] = [];
  for (let i = 0; i < all.length; i += step) {
    const e = all[Math.floor(i)]!;
    edges.push([graph.source(e), graph.target(e)]);
  }
  let count = 0;
  for (let i = 0; i < edges.length; i++) {
    const [a, b] = edges[i]!;
    const pa = positions[a]!;
    const pb = positions[b]!;
    for (let j = i + 1; j < edges.length; j++) {
      const [c, d] = edges[j]!;
      if (a === c || a === d || b === c || b === d) continue;
      const pc = positions[c]!;
      const pd = positions[d]!;
      if (
        Math.sign(cross(pa, pb, pc)) * Math.sign(cross(pa, pb, pd)) < 0 &&
        Math.sign(cross(pc, pd, pa)) * Math.sign(cross(pc, pd, pb)) < 0
      )
        count++;
    }
  }
  const pairs = (n: number) => (n * (n - 1)) / 2;
  return { crossings: Math.round((count * pairs(all.length)) / Math.max(1, pairs(edges.length))), estimated: edges.length < all.length };
}
