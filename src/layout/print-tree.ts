// layout/print-tree: the survey's Figure 1 laid out for a figure of a given size, as the survey draws it: the
// technique tree as an indented list (each technique on a row of its own, under its parent, joined by elbow
// connectors), and the datasets in a column beside it, each across a channel from the techniques it uses, in the
// order of those techniques so that the channel's curves run short. Every node's label is in its box; no edge
// crosses a box but its own two ends. Labels are tried on one line, then wrapped; the first that fits is taken.
import type { AtlasGraph } from '../model/build';
import type { GraphvizEngine } from './layered';
import { type NodeBox, type PrintedLayout, type PrintSpec, printBox } from './print-box';
import type { Point } from './types';

const WHERE = 'layout/print-tree';
/** The channel between the tree and the datasets: at least this wide, and wider when the column has room. */
const CHANNEL = 14;
const MAX_CHANNEL = 90;
/** Room between rows, and kept between an edge and a box it passes. */
const ROW_GAP = 1;
const CLEAR = 2;

/** Label widths tried, in font sizes, for the techniques and the datasets: one line first. */
const WRAPS = [
  [Infinity, Infinity],
  [Infinity, 12],
  [12, Infinity],
  [12, 12],
  [12, 10],
  [10, 10],
  [10, 8],
  [8, 8],
] as const;

type Placed = { readonly b: NodeBox; readonly x0: number; readonly y0: number };

export function printTree(graph: AtlasGraph, ids: readonly string[], _engine: GraphvizEngine, spec: PrintSpec): PrintedLayout {
  const nodes = [...new Set(ids)].sort();
  for (const id of nodes) if (!graph.hasNode(id)) throw new Error(`${WHERE}: unknown node "${id}"`);
  const inView = new Set(nodes);
  const edges = graph
    .edges()
    .filter((e) => graph.source(e) !== graph.target(e) && inView.has(graph.source(e)) && inView.has(graph.target(e)))
    .sort();
  const isTechnique = (id: string) => graph.getNodeAttribute(id, 'kind') === 'technique';
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  // The tree: each technique's parent in view, children in the order of their labels, roots likewise.
  const parent = new Map<string, string>();
  for (const e of edges)
    if (graph.getEdgeAttribute(e, 'kind') === 'subtechnique-of' && isTechnique(graph.source(e)) && isTechnique(graph.target(e)))
      parent.set(graph.source(e), graph.target(e));
  const byLabel = (a: string, b: string) => label(a).localeCompare(label(b)) || a.localeCompare(b);
  const children = (p: string | undefined) => nodes.filter((id) => isTechnique(id) && parent.get(id) === p).sort(byLabel);
  const rows: { id: string; depth: number }[] = [];
  const visit = (id: string, depth: number) => {
    rows.push({ id, depth });
    for (const c of children(id)) visit(c, depth + 1);
  };
  for (const r of nodes.filter((id) => isTechnique(id) && !parent.has(id)).sort(byLabel)) visit(r, 0);
  const rowOf = new Map(rows.map((r, i) => [r.id, i]));
  const others = nodes.filter((id) => !rowOf.has(id));
  // Datasets in the order of the techniques they use (the mean of their rows), so that the channel's curves are short.
  const uses = new Map(others.map((id) => [id, edges.filter((e) => graph.source(e) === id && rowOf.has(graph.target(e)))]));
  const meanRow = (id: string) => {
    const u = uses.get(id)!;
    return u.length ? u.reduce((t, e) => t + rowOf.get(graph.target(e))!, 0) / u.length : rows.length;
  };
  others.sort((a, b) => meanRow(a) - meanRow(b) || byLabel(a, b));

  let nearest: { out: Omit<PrintedLayout, 'fits'>; over: number } | undefined;
  // Techniques wrap first: the tree has fewer rows than the datasets' column, so it has height to spare.
  for (const [techEms, dataEms] of WRAPS) {
    const room = spec.room('LR');
    const box = new Map(nodes.map((id) => [id, printBox(id, label(id), spec, rowOf.has(id) ? techEms : dataEms)]));
    const out = arrange(graph, rows, others, edges, box, spec, room.width);
    const over = Math.max(0, out.size.width / room.width - 1) + Math.max(0, out.size.height / room.height - 1);
    if (over === 0) return { ...out, fits: true };
    if (!nearest || over < nearest.over) nearest = { out, over };
  }
  return { ...nearest!.out, fits: false };
}

function arrange(
  graph: AtlasGraph,
  rows: readonly { readonly id: string; readonly depth: number }[],
  others: readonly string[],
  edges: readonly string[],
  box: ReadonlyMap<string, NodeBox>,
  spec: PrintSpec,
  width: number,
): Omit<PrintedLayout, 'fits'> {
  // A child's box starts right of its parent's glyph, so the connector runs down clear of every box between.
  const step = Math.max(...rows.map((r) => box.get(r.id)!.glyph.x)) + CLEAR + 1;
  const at = new Map<string, Placed>();
  let y = 0;
  for (const r of rows) {
    at.set(r.id, { b: box.get(r.id)!, x0: r.depth * step, y0: y });
    y += box.get(r.id)!.h + ROW_GAP;
  }
  const treeH = y - ROW_GAP;
  const treeRight = Math.max(0, ...rows.map((r) => at.get(r.id)!.x0 + box.get(r.id)!.w));
  const columnW = Math.max(0, ...others.map((id) => box.get(id)!.w));
  const arcs = edges.filter((e) => !at.has(graph.target(e)) && !at.has(graph.source(e)));
  const arcRoom = arcs.length ? CLEAR * 4 : 0;
  const channel = Math.max(CHANNEL, Math.min(MAX_CHANNEL, width - treeRight - columnW - arcRoom));
  const colX = treeRight + channel;
  const colH = others.reduce((t, id) => t + box.get(id)!.h + ROW_GAP, -ROW_GAP);
  // The shorter column is centred on the taller.
  let cy = Math.max(0, (treeH - colH) / 2);
  const shift = Math.max(0, (colH - treeH) / 2);
  if (shift) for (const [id, p] of at) at.set(id, { ...p, y0: p.y0 + shift });
  for (const id of others) {
    at.set(id, { b: box.get(id)!, x0: colX, y0: cy });
    cy += box.get(id)!.h + ROW_GAP;
  }
  const glyph = (id: string): Point => {
    const p = at.get(id)!;
    return { x: p.x0 + p.b.glyph.x, y: p.y0 + p.b.glyph.y };
  };
  const half = (id: string) => spec.half(id);
  const right = colX + columnW;
  const routes: Record<string, Point[]> = {};
  for (const e of edges) {
    const [s, t] = [graph.source(e), graph.target(e)];
    const [gs, gt] = [glyph(s), glyph(t)];
    if (at.has(s) && rows.some((r) => r.id === s) && rows.some((r) => r.id === t)) {
      // A technique to its parent: left out of its glyph, then up into the parent's glyph (an elbow).
      routes[e] = [
        { x: gs.x - half(s).w, y: gs.y },
        { x: gt.x, y: gs.y },
        { x: gt.x, y: gt.y + half(t).h },
      ];
    } else if (rows.some((r) => r.id === t) !== rows.some((r) => r.id === s)) {
      // Across the channel: out of the dataset's glyph, a curve, then along the technique's row to its label's end.
      const [d, q] = rows.some((r) => r.id === t) ? [s, t] : [t, s];
      const [gd, gq] = [glyph(d), glyph(q)];
      const end = at.get(q)!.x0 + at.get(q)!.b.w;
      const curve = bezier({ x: gd.x - half(d).w, y: gd.y }, { x: treeRight + CLEAR, y: gq.y });
      const path = [...curve, { x: end, y: gq.y }];
      routes[e] = d === s ? path : path.reverse();
    } else {
      // Between two datasets: out to the right of the column and back, a loop clear of every label.
      const a = { x: at.get(s)!.x0 + at.get(s)!.b.w, y: gs.y };
      const b = { x: at.get(t)!.x0 + at.get(t)!.b.w, y: gt.y };
      const out = right + arcRoom;
      routes[e] = [a, { x: out, y: a.y }, { x: out, y: b.y }, b];
    }
  }
  const positions: Record<string, Point> = {};
  const placed: Record<string, PrintedLayout['placed'][string]> = {};
  for (const [id, p] of at) {
    positions[id] = glyph(id);
    placed[id] = { lines: p.b.lines, x: p.x0 + p.b.text.x, y: p.y0 + p.b.text.y, box: [p.x0, p.y0, p.x0 + p.b.w, p.y0 + p.b.h] };
  }
  return { positions, placed, routes, size: { width: right + arcRoom, height: Math.max(treeH, colH) } };
}

/** A horizontal S-curve from `a` to `b` (a cubic Bézier with level tangents), as a polyline. */
function bezier(a: Point, b: Point, steps = 16): Point[] {
  const mx = (a.x + b.x) / 2;
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    const u = 1 - t;
    return {
      x: u * u * u * a.x + 3 * u * u * t * mx + 3 * u * t * t * mx + t * t * t * b.x,
      y: u * u * u * a.y + 3 * u * u * t * a.y + 3 * u * t * t * b.y + t * t * t * b.y,
    };
  });
}
