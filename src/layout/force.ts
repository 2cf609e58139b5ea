// layout/force: ForceAtlas2 from a seeded random start, then overlapping boxes pushed apart; deterministic, no globals touched.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import random from 'graphology-layout/random.js';
import type { AtlasGraph } from '../model/build';
import { type LayoutResult, NODE_SIZE, type Point } from './types';
import { AtlasError } from '../errors';

/** How far apart, in layout units, the median edge's two ends are drawn (the old fcose ideal edge length). */
export const EDGE_LENGTH = 90;
const SEED = 0x5eed;

/** A seeded uniform generator in [0, 1) (mulberry32): the layout's only source of randomness. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * ForceAtlas2 iterations by graph size: 500 settle the survey graph; above 600 nodes the work is
 * held near 300,000 node-iterations (Barnes-Hut), so a large graph lays out in seconds, in a worker.
 */
export const forceIterations = (order: number): number => Math.max(20, Math.min(500, Math.round(300_000 / Math.max(1, order))));
/** Room a node gets on average after scaling, as a multiple of NODE_SIZE on each side. */
const ROOM = 3;
/** Space kept between node boxes after separation. */
const GAP = 6;
/** Above this many nodes the area scaling alone spaces them (separation rounds grow with crowding). */
const SEPARATE_UP_TO = 20_000;

export type ForceProgress = {
  /** Called between rounds with the share done, 0..1. */
  readonly onProgress?: (done: number) => void;
  /** Asked between rounds; true stops the layout with an error (a cancelled layout has no result). */
  readonly cancelled?: () => boolean;
};

export class LayoutCancelled extends AtlasError {
  constructor() {
    super('layout-cancelled', 'layout/force: cancelled');
  }
}

const ROUNDS = 10;

export function forceLayout(graph: AtlasGraph, ids: Iterable<string>, progress: ForceProgress = {}): LayoutResult {
  const nodes = [...new Set(ids)].sort();
  for (const id of nodes) if (!graph.hasNode(id)) throw new Error(`layout/force: unknown node "${id}"`);
  const inView = new Set(nodes);
  // The sub-graph in a fixed order (sorted ids, sorted edges), so the same ids give the same layout.
  const g = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  for (const id of nodes) g.addNode(id);
  // The view's edges from its nodes' own (each edge once, from its source), not a walk over the whole graph's.
  const edges: string[] = [];
  for (const id of nodes) graph.forEachOutEdge(id, (e, _a, s, t) => void (s !== t && inView.has(t) && edges.push(e)));
  edges.sort().forEach((e) => g.addEdge(graph.source(e), graph.target(e)));
  const scale = EDGE_LENGTH * Math.sqrt(Math.max(1, nodes.length));
  random.assign(g, { rng: seededRandom(SEED), scale, center: 0 });

  if (g.size > 0) {
    const settings = { ...forceAtlas2.inferSettings(g.order), barnesHutOptimize: g.order > 300 };
    const total = forceIterations(g.order);
    const per = Math.ceil(total / ROUNDS);
    let before = placesOf(g);
    for (let done = 0; done < total; done += per) {
      if (progress.cancelled?.()) throw new LayoutCancelled();
      forceAtlas2.assign(g, { iterations: Math.min(per, total - done), settings, getEdgeWeight: null });
      progress.onProgress?.(Math.min(1, (done + per) / total) * 0.9);
      const after = placesOf(g);
      if (settled(before, after)) break;
      before = after;
    }
    // ForceAtlas2's units are its own: scale so the median edge is EDGE_LENGTH long, or more where
    // the nodes would be crowded (hubs pull their neighbours in): each gets ROOM node sizes squared.
    const lengths = g.mapEdges((_e, _a, _s, _t, sa, ta) => Math.hypot(sa.x - ta.x, sa.y - ta.y)).sort((a, b) => a - b);
    const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
    let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
    g.forEachNode((_id, a) => {
      [x0, x1, y0, y1] = [Math.min(x0, a.x), Math.max(x1, a.x), Math.min(y0, a.y), Math.max(y1, a.y)];
    });
    const area = (x1 - x0) * (y1 - y0);
    const k = Math.max(median > 0 ? EDGE_LENGTH / median : 1, area > 0 ? Math.sqrt((g.order * (ROOM * NODE_SIZE) ** 2) / area) : 1);
    g.updateEachNodeAttributes((_id, a) => ({ ...a, x: a.x * k, y: a.y * k }));
  }
  if (progress.cancelled?.()) throw new LayoutCancelled();
  const positions: Record<string, { x: number; y: number }> = {};
  g.forEachNode((id, a) => {
    positions[id] = { x: a.x as number, y: a.y as number };
  });
  if (g.order <= SEPARATE_UP_TO) separate(nodes, positions, NODE_SIZE + GAP);
  progress.onProgress?.(1);

  const out: Record<string, Point> = {};
  for (const id of nodes) out[id] = { x: Math.round(positions[id]!.x), y: Math.round(positions[id]!.y) };
  return { positions: out };
}

/** The nodes' places, x then y, in the graph's node order. */
function placesOf(g: Graph): Float64Array {
  const out = new Float64Array(g.order * 2);
  let i = 0;
  g.forEachNode((_id, a) => {
    out[i++] = a.x as number;
    out[i++] = a.y as number;
  });
  return out;
}

/**
 * A round of iterations moved no node further than SETTLED of the drawing's diagonal: more would move nodes by less
 * than a pixel once drawn. (The merged graph's filter of 31 nodes settles after 250 of its 500 iterations, the survey's
 * 127 after 450.)
 */
const SETTLED = 0.005;
function settled(before: Float64Array, after: Float64Array): boolean {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  let step = 0;
  for (let i = 0; i < after.length; i += 2) {
    const x = after[i]!;
    const y = after[i + 1]!;
    [x0, x1, y0, y1] = [Math.min(x0, x), Math.max(x1, x), Math.min(y0, y), Math.max(y1, y)];
    step = Math.max(step, Math.hypot(x - before[i]!, y - before[i + 1]!));
  }
  return step <= SETTLED * Math.hypot(x1 - x0, y1 - y0);
}

/**
 * Pushes apart node boxes closer than `d` on both axes, each pair half each along the axis where
 * they overlap least, in a fixed order (deterministic), until none overlap or 50 rounds pass.
 * (graphology-layout-noverlap, tried first, left box overlaps as they were: it separates circles
 * and moves one node of a pair, and jitters coincident nodes with Math.random.)
 */
function separate(ids: readonly string[], p: Record<string, { x: number; y: number }>, d: number): void {
  for (let round = 0; round < 50; round++) {
    const cells = new Map<string, string[]>();
    for (const id of ids) {
      const key = `${Math.floor(p[id]!.x / d)},${Math.floor(p[id]!.y / d)}`;
      const list = cells.get(key);
      if (list) list.push(id);
      else cells.set(key, [id]);
    }
    let moved = false;
    for (const id of ids) {
      const a = p[id]!;
      const cx = Math.floor(a.x / d);
      const cy = Math.floor(a.y / d);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const other of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (other <= id) continue;
            const b = p[other]!;
            const ox = d - Math.abs(a.x - b.x);
            const oy = d - Math.abs(a.y - b.y);
            if (ox <= 0 || oy <= 0) continue;
            moved = true;
            if (ox < oy) {
              const s = (a.x < b.x || (a.x === b.x && id < other) ? -1 : 1) * (ox / 2 + 0.5);
              a.x += s;
              b.x -= s;
            } else {
              const s = (a.y < b.y || (a.y === b.y && id < other) ? -1 : 1) * (oy / 2 + 0.5);
              a.y += s;
              b.y -= s;
            }
          }
    }
    if (!moved) return;
  }
}
