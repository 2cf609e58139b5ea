// bench/layout-metrics: legibility counts of a layout, from its node boxes, label boxes and edge paths.
import type { LayoutResult, Point } from '../src/layout/types';

export type Box = { x0: number; y0: number; x1: number; y1: number };
export type Metrics = {
  labelLabel: number;
  nodeLabel: number;
  nodeNode: number;
  edgeThroughLabel: number;
  edgeThroughNode: number;
  crossings: number;
  width: number;
  height: number;
};

const hit = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (p: Point, b: Box) => p.x > b.x0 && p.x < b.x1 && p.y > b.y0 && p.y < b.y1;

/**
 * `edges`: id -> [source, target]. A layout that says nothing of its labels is measured with labels
 * below the node (the canvas's default), `fallbackLabelW` wide; an edge with no route is a straight line.
 */
export function measureLayout(
  layout: LayoutResult,
  labelOf: (id: string) => string,
  edges: ReadonlyMap<string, readonly [string, string]>,
  o: { nodeSize: number; fontSize: number; measure: (t: string, f: number) => number; maxBelowW?: number },
): Metrics {
  const ids = Object.keys(layout.positions).sort();
  const half = o.nodeSize / 2;
  const lineH = o.fontSize * 1.25;
  const node = new Map<string, Box>();
  const label = new Map<string, Box>();
  for (const id of ids) {
    const p = layout.positions[id]!;
    node.set(id, { x0: p.x - half, y0: p.y - half, x1: p.x + half, y1: p.y + half });
    if (layout.labels?.side === 'right') {
      const x0 = p.x + half + layout.labels.gap;
      label.set(id, { x0, y0: p.y - lineH / 2, x1: x0 + layout.labels.widths[id]!, y1: p.y + lineH / 2 });
    } else {
      const w = Math.min(o.measure(labelOf(id), o.fontSize), o.maxBelowW ?? Infinity);
      label.set(id, { x0: p.x - w / 2, y0: p.y + half + 3, x1: p.x + w / 2, y1: p.y + half + 3 + lineH });
    }
  }
  let labelLabel = 0;
  let nodeLabel = 0;
  let nodeNode = 0;
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i]!, ids[j]!];
      if (hit(label.get(a)!, label.get(b)!)) labelLabel++;
      if (hit(node.get(a)!, label.get(b)!)) nodeLabel++;
      if (hit(node.get(b)!, label.get(a)!)) nodeLabel++;
      if (hit(node.get(a)!, node.get(b)!)) nodeNode++;
    }
  const paths = new Map<string, Point[]>();
  for (const [e, [s, t]] of edges) {
    if (!layout.positions[s] || !layout.positions[t]) continue;
    paths.set(e, [...(layout.routes?.[e] ?? [layout.positions[s]!, layout.positions[t]!])]);
  }
  // An edge "through" a box: a sample point (every 2 units along the path) inside a box of a node other than its ends.
  let edgeThroughLabel = 0;
  let edgeThroughNode = 0;
  for (const [e, path] of paths) {
    const [s, t] = edges.get(e)!;
    const samples = sample(path, 2);
    const others = ids.filter((id) => id !== s && id !== t);
    edgeThroughLabel += others.filter((id) => samples.some((p) => inside(p, label.get(id)!))).length;
    edgeThroughNode += others.filter((id) => samples.some((p) => inside(p, node.get(id)!))).length;
  }
  // Crossings: pairs of edges with no end in common whose paths intersect (segment by segment).
  let crossings = 0;
  const list = [...paths];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const [ea, pa] = list[i]!;
      const [eb, pb] = list[j]!;
      const [a1, a2] = edges.get(ea)!;
      const [b1, b2] = edges.get(eb)!;
      if (a1 === b1 || a1 === b2 || a2 === b1 || a2 === b2) continue;
      if (pathsCross(pa, pb)) crossings++;
    }
  const all = [...node.values(), ...label.values()];
  const pts = [...paths.values()].flat();
  const x0 = Math.min(...all.map((b) => b.x0), ...pts.map((p) => p.x));
  const x1 = Math.max(...all.map((b) => b.x1), ...pts.map((p) => p.x));
  const y0 = Math.min(...all.map((b) => b.y0), ...pts.map((p) => p.y));
  const y1 = Math.max(...all.map((b) => b.y1), ...pts.map((p) => p.y));
  return {
    labelLabel,
    nodeLabel,
    nodeNode,
    edgeThroughLabel,
    edgeThroughNode,
    crossings,
    width: Math.round(x1 - x0),
    height: Math.round(y1 - y0),
  };
}

function sample(path: readonly Point[], step: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i + 1 < path.length; i++) {
    const [a, b] = [path[i]!, path[i + 1]!];
    const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / step));
    for (let k = 0; k < n; k++) out.push({ x: a.x + ((b.x - a.x) * k) / n, y: a.y + ((b.y - a.y) * k) / n });
  }
  if (path.length) out.push(path[path.length - 1]!);
  return out;
}

function pathsCross(a: readonly Point[], b: readonly Point[]): boolean {
  for (let i = 0; i + 1 < a.length; i++)
    for (let j = 0; j + 1 < b.length; j++) if (segmentsCross(a[i]!, a[i + 1]!, b[j]!, b[j + 1]!)) return true;
  return false;
}

function segmentsCross(p: Point, q: Point, r: Point, s: Point): boolean {
  const d = (a: Point, b: Point, c: Point) => (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
  const [d1, d2, d3, d4] = [d(r, s, p), d(r, s, q), d(p, q, r), d(p, q, s)];
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}
