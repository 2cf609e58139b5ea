// layout/print-rows: boxes placed in rows that we choose (time top to bottom, each row spread across the width),
// and Graphviz asked only to route the edges between them (the `nop2` engine, `neato -n2`: positions kept, edges
// drawn as splines around every box). Dot's own ranking of a wide time slot spreads it over more width than a
// column has; placing the rows ourselves packs them to the width and lets the figure grow down the page instead.
import { flattenSpline, type GraphvizEngine, parsePoints } from './layered';
import type { DotPrint, PrintBox, PrintEdge } from './print-dot';
import type { Point } from './types';

export type RowsOptions = {
  /** Rows top to bottom, each the boxes of one row, left to right. */
  readonly rows: readonly (readonly string[])[];
  /** The space above each row: between rows of one time slot, between slots, and where the mark goes. */
  readonly gapBefore: (row: number) => number;
  /** Where an extra mark (the watershed) sits: in the gap before this row, or after the last. */
  readonly markBefore?: number;
  readonly width: number;
  /** Room at the right end of the mark's gap that routes keep out of (the mark's name and the next band's). */
  readonly markLabel?: { readonly width: number; readonly above: number; readonly below: number };
  /** The least room between two boxes of a row. */
  readonly minGap: number;
  /** Room kept clear around each box by the routes, in points. */
  readonly clearance: number;
};

const WHERE = 'layout/print-rows';
/**
 * Sweeps over the rows that draw each box towards the mean of its neighbours' centres: 'd' top to bottom towards those
 * already placed above, 'u' bottom to top towards those below, 'a' top to bottom towards all. Each schedule costs a
 * routing; of the others tried (more sweeps, medians) none did better on the legibility check's views.
 */
const SWEEPS: readonly (readonly ('d' | 'u' | 'a')[])[] = [
  ['d', 'a'],
  ['d', 'u', 'd', 'a'],
];
const PT = 72;

type Json = { objects?: { _gvid: number; name: string }[]; edges?: { tail: number; head: number; pos?: string; id?: string }[] };

/**
 * Places the rows and routes the edges. `routed` is false when Graphviz could not route some edge clear of
 * the boxes (it then draws straight lines, which may cross labels): such an arrangement must not be used.
 */
export function rowsPrint(
  engine: GraphvizEngine,
  nodes: readonly PrintBox[],
  edges: readonly PrintEdge[],
  o: RowsOptions,
): DotPrint & { routed: boolean } {
  const size = new Map(nodes.map((n) => [n.id, n]));
  const neighbours = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const e of edges)
    if (e.source !== e.target) {
      neighbours.get(e.source)?.push(e.target);
      neighbours.get(e.target)?.push(e.source);
    }
  // Rows top to bottom; each box's height is its row's, boxes centred in it.
  const tops: number[] = [];
  const slotAt: number[] = [];
  let y = 0;
  let markAt: number | undefined;
  o.rows.forEach((row, i) => {
    const gap = i === 0 && i !== o.markBefore ? 0 : o.gapBefore(i);
    if (i === o.markBefore) markAt = y + gap / 2;
    y += gap;
    const h = Math.max(...row.map((id) => size.get(id)!.h));
    tops.push(y);
    slotAt.push(y + h / 2);
    y += h;
  });
  if (o.markBefore !== undefined && o.markBefore >= o.rows.length) markAt = y + o.gapBefore(o.rows.length) / 2;
  const height = y;
  // Across: first spread evenly, then each box drawn towards its neighbours' centres in sweeps over the rows, so that
  // edges run short and mostly downwards. Each schedule of sweeps (SWEEPS) is routed, and the one whose edges wind
  // least (their length over the straight lines between their ends) is kept: which one that is depends on the graph.
  const spreadEvenly = new Map<string, number>();
  o.rows.forEach((row) => spread(row, size, o.width).forEach((x, id) => spreadEvenly.set(id, x)));
  let best: ReturnType<typeof routeRows> | undefined;
  for (const schedule of SWEEPS) {
    const centre = sweep(schedule, o.rows, neighbours, new Map(spreadEvenly), size, o.width, o.minGap);
    const r = routeRows(engine, nodes, edges, o, centre, tops, height, markAt);
    if (!best || (r.routed && !best.routed) || (r.routed === best.routed && r.detour < best.detour - 1e-9)) best = r;
  }
  const { boxes, routes, routed } = best!;
  return { boxes, routes, slotAt, ...(markAt !== undefined ? { markAt } : {}), width: o.width, height, routed };
}

/** Boxes at `centre` across and their rows' places down, and the edges Graphviz routes around them. */
function routeRows(
  engine: GraphvizEngine,
  nodes: readonly PrintBox[],
  edges: readonly PrintEdge[],
  o: RowsOptions,
  centre: ReadonlyMap<string, number>,
  tops: readonly number[],
  height: number,
  markAt: number | undefined,
) {
  const size = new Map(nodes.map((n) => [n.id, n]));
  const boxes: Record<string, { x0: number; y0: number; x1: number; y1: number }> = {};
  o.rows.forEach((row, i) => {
    const h = Math.max(...row.map((id) => size.get(id)!.h));
    for (const id of row) {
      const b = size.get(id)!;
      const top = tops[i]! + (h - b.h) / 2;
      boxes[id] = { x0: centre.get(id)! - b.w / 2, y0: top, x1: centre.get(id)! + b.w / 2, y1: top + b.h };
    }
  });

  // Graphviz's y runs up: rows are given below zero and read back negated.
  const name = new Map(nodes.map((n, i) => [n.id, `n${i}`]));
  const f = (v: number) => v.toFixed(3);
  const lines = [
    'digraph rows {',
    `graph [splines=spline, esep="+${f(o.clearance)}", inputscale=${PT}, notranslate=true, outputorder=edgesfirst];`,
    'node [shape=box, fixedsize=true, label="", margin=0, penwidth=0];',
    'edge [dir=none, arrowhead=none, penwidth=0];',
  ];
  for (const n of nodes) {
    const b = boxes[n.id]!;
    lines.push(
      `${name.get(n.id)} [pos="${f((b.x0 + b.x1) / 2)},${f(-(b.y0 + b.y1) / 2)}!", width=${(n.w / PT).toFixed(4)}, height=${(n.h / PT).toFixed(4)}];`,
    );
  }
  // Thin walls just outside the drawing keep the routes within its width and height (gaps at the corners).
  const wall = (id: string, cx: number, cy: number, w: number, h: number) =>
    lines.push(`${id} [pos="${f(cx)},${f(-cy)}!", width=${(w / PT).toFixed(4)}, height=${(h / PT).toFixed(4)}];`);
  const off = o.clearance * 2 + 1;
  wall('wl', -off, height / 2, 1, height);
  wall('wr', o.width + off, height / 2, 1, height);
  wall('wt', o.width / 2, -off, o.width, 1);
  wall('wb', o.width / 2, height + off, o.width, 1);
  if (markAt !== undefined && o.markLabel) {
    const m = o.markLabel;
    wall('wm', o.width - m.width / 2, markAt + (m.below - m.above) / 2, m.width, m.above + m.below);
  }
  for (const e of edges)
    if (e.source !== e.target) lines.push(`${name.get(e.source)} -> ${name.get(e.target)} [id=${JSON.stringify(e.id)}];`);
  lines.push('}');
  const result = engine.render(lines.join('\n'), { format: 'json0', engine: 'nop2' });
  if (result.status !== 'success' || result.output === undefined)
    throw new Error(`${WHERE}: Graphviz failed: ${result.errors.map((e) => e.message).join('; ') || result.status}`);
  const out = JSON.parse(result.output) as Json;
  const routes: Record<string, Point[]> = {};
  const byEdge = new Map((out.edges ?? []).flatMap((e) => (e.id ? [[e.id, e] as const] : [])));
  for (const e of edges) {
    const drawn = byEdge.get(e.id);
    if (!drawn?.pos) continue;
    routes[e.id] = flattenSpline(parsePoints(drawn.pos).map((p) => ({ x: p.x, y: -p.y }))).filter(
      (p, i, all) => i === 0 || i === all.length - 1 || Math.hypot(p.x - all[i + 1]!.x, p.y - all[i + 1]!.y) > 0.35,
    );
  }
  const routed = edges.every((e) => e.source === e.target || clear(routes[e.id], e, boxes));
  // How much the routes wind: their length over the straight lines between their ends.
  let [length, straight] = [0, 0];
  for (const r of Object.values(routes)) {
    for (let i = 1; i < r.length; i++) length += Math.hypot(r[i]!.x - r[i - 1]!.x, r[i]!.y - r[i - 1]!.y);
    straight += Math.hypot(r[r.length - 1]!.x - r[0]!.x, r[r.length - 1]!.y - r[0]!.y);
  }
  return { boxes, routes, routed, detour: straight > 0 ? length / straight : 1 };
}

/** True when a route exists and keeps out of every box but its two ends (sampled every half point). */
function clear(
  route: readonly Point[] | undefined,
  e: PrintEdge,
  boxes: Record<string, { x0: number; y0: number; x1: number; y1: number }>,
): boolean {
  if (!route || route.length < 2) return false;
  const others = Object.entries(boxes).filter(([id]) => id !== e.source && id !== e.target);
  for (let i = 1; i < route.length; i++) {
    const [a, b] = [route[i - 1]!, route[i]!];
    const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 0.5));
    for (let s = 0; s <= steps; s++) {
      const x = a.x + ((b.x - a.x) * s) / steps;
      const y = a.y + ((b.y - a.y) * s) / steps;
      if (others.some(([, q]) => x > q.x0 && x < q.x1 && y > q.y0 && y < q.y1)) return false;
    }
  }
  return true;
}

/** Each box's centre after the sweeps of one schedule, starting from `centre` (changed in place and returned). */
function sweep(
  schedule: (typeof SWEEPS)[number],
  rows: readonly (readonly string[])[],
  neighbours: ReadonlyMap<string, readonly string[]>,
  centre: Map<string, number>,
  size: ReadonlyMap<string, PrintBox>,
  width: number,
  gap: number,
): Map<string, number> {
  for (const pass of schedule) {
    const placed = new Set<string>();
    for (const row of pass === 'u' ? [...rows].reverse() : rows) {
      const want = (id: string) => {
        const near = neighbours.get(id)!.filter((n) => pass === 'a' || placed.has(n));
        return near.length ? near.reduce((t, n) => t + centre.get(n)!, 0) / near.length : centre.get(id)!;
      };
      packTowards(row, want, size, width, gap).forEach((x, id) => centre.set(id, x));
      row.forEach((id) => placed.add(id));
    }
  }
  return centre;
}

/** Centres of a row's boxes spread evenly across the width, half a gap at each end. */
function spread(row: readonly string[], size: ReadonlyMap<string, PrintBox>, width: number): Map<string, number> {
  const free = Math.max(0, width - row.reduce((t, id) => t + size.get(id)!.w, 0)) / row.length;
  const out = new Map<string, number>();
  let x = free / 2;
  for (const id of row) {
    out.set(id, x + size.get(id)!.w / 2);
    x += size.get(id)!.w + free;
  }
  return out;
}

/** Centres of a row's boxes as near as may be to where each wants to be, in that order, `gap` apart, within the width. */
function packTowards(
  row: readonly string[],
  want: (id: string) => number,
  size: ReadonlyMap<string, PrintBox>,
  width: number,
  gap: number,
): Map<string, number> {
  const order = row.map((id) => ({ id, at: want(id), w: size.get(id)!.w })).sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  const x0 = order.map((b) => b.at - b.w / 2);
  // Left to right, no box over the one before it; then right to left, none past the width or its neighbour.
  for (let i = 0; i < order.length; i++) x0[i] = Math.max(x0[i]!, i ? x0[i - 1]! + order[i - 1]!.w + gap : 0);
  for (let i = order.length - 1; i >= 0; i--)
    x0[i] = Math.min(x0[i]!, i < order.length - 1 ? x0[i + 1]! - gap - order[i]!.w : width - order[i]!.w);
  for (let i = 0; i < order.length; i++) x0[i] = Math.max(x0[i]!, i ? x0[i - 1]! + order[i - 1]!.w + gap : 0);
  return new Map(order.map((b, i) => [b.id, x0[i]! + b.w / 2]));
}
