// layout/print-dot: a figure's graph laid out by Graphviz dot at print size (1 unit = 1 pt). Each node is one
// box holding its glyph and its label (wrapped lines, a line of marks), so dot keeps every label clear of the
// other nodes and routes every edge around every label; edges end on the box, as Graphviz draws plain-text
// nodes. Ranks are either given (time slots, in order) or dot's own (a tree).
import { flattenSpline, type GraphvizEngine, parsePoints } from './layered';
import type { Point } from './types';

export type PrintBox = { readonly id: string; readonly w: number; readonly h: number };
export type PrintEdge = { readonly id: string; readonly source: string; readonly target: string; readonly weight?: number };

export type DotPrintOptions = {
  readonly rankdir: 'LR' | 'TB';
  /** Slots in order, each a rank of its own (a time bucket, or a row of one): every node in exactly one. */
  readonly slots?: readonly (readonly string[])[];
  /** Where an extra empty rank goes, before this slot index (the watershed), to be found in `marks`. */
  readonly markBefore?: number;
  /** Groups drawn together (families): each an invisible cluster. */
  readonly clusters?: readonly (readonly string[])[];
  /** Without slots: each edge's target ranks before its source (a whole before its parts). */
  readonly reverse?: boolean;
  readonly nodeSep: number;
  readonly rankSep: number;
};

export type DotPrint = {
  /** Each node's box, top-left origin, y down. */
  readonly boxes: Readonly<Record<string, { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number }>>;
  /** Each edge as a polyline from its source's box to its target's. */
  readonly routes: Readonly<Record<string, readonly Point[]>>;
  /** Centre of each slot along the rank axis (x for LR, y for TB), and of the extra rank. */
  readonly slotAt: readonly number[];
  readonly markAt?: number;
  readonly width: number;
  readonly height: number;
};

const WHERE = 'layout/print-dot';
const PT = 72;
const inch = (u: number) => (u / PT).toFixed(4);

type DotJson = {
  bb?: string;
  objects?: { _gvid: number; name: string; pos?: string; width?: string; height?: string }[];
  edges?: { tail: number; head: number; pos?: string; id?: string }[];
};

/** Lays the boxes out; deterministic. Throws on a Graphviz error. */
export function dotPrint(engine: GraphvizEngine, nodes: readonly PrintBox[], edges: readonly PrintEdge[], o: DotPrintOptions): DotPrint {
  const name = new Map(nodes.map((n, i) => [n.id, `n${i}`]));
  const slotOf = new Map<string, number>();
  o.slots?.forEach((s, i) => s.forEach((id) => slotOf.set(id, i)));
  const lines = [
    'digraph print {',
    // nslimit caps network simplex (ranks are fixed by the slots, or a small tree): it keeps 150 nodes under a second.
    `graph [rankdir=${o.rankdir}, newrank=true, ranksep=${inch(o.rankSep)}, nodesep=${inch(o.nodeSep)}, splines=spline, nslimit=2, nslimit1=2, margin=0, pad=0, outputorder=edgesfirst];`,
    'node [shape=box, fixedsize=true, label="", margin=0, penwidth=0];',
    'edge [dir=none, arrowhead=none, penwidth=0];',
  ];
  for (const n of nodes) lines.push(`${name.get(n.id)} [width=${inch(n.w)}, height=${inch(n.h)}];`);
  const chain: string[] = [];
  if (o.slots) {
    o.slots.forEach((slot, i) => {
      if (i === o.markBefore) chain.push('m');
      chain.push(`c${i}`);
    });
    if (o.markBefore !== undefined && o.markBefore >= o.slots.length) chain.push('m');
    for (const c of chain) lines.push(`${c} [shape=point, width=0.01, height=0.01, style=invis];`);
    if (chain.length > 1) lines.push(`${chain.join(' -> ')} [style=invis, weight=10];`);
    o.slots.forEach((slot, i) => lines.push(`{ rank=same; c${i}; ${slot.map((id) => name.get(id)).join('; ')}; }`));
  }
  o.clusters
    ?.filter((c) => c.length > 1)
    .forEach((c, i) => lines.push(`subgraph cluster_${i} { style=invis; margin=2; ${c.map((id) => name.get(id)).join('; ')}; }`));
  for (const e of edges) {
    if (e.source === e.target) continue;
    // Oldest first: dot draws an edge from its tail's rank forward.
    const flip = o.slots !== undefined && (slotOf.get(e.target) ?? 0) > (slotOf.get(e.source) ?? 0);
    const [tail, head] =
      o.slots === undefined
        ? o.reverse
          ? [e.target, e.source]
          : [e.source, e.target]
        : flip
          ? [e.source, e.target]
          : [e.target, e.source];
    lines.push(`${name.get(tail)} -> ${name.get(head)} [id=${JSON.stringify(e.id)}, weight=${e.weight ?? 1}];`);
  }
  lines.push('}');
  const result = engine.render(lines.join('\n'), { format: 'json0', engine: 'dot', yInvert: true });
  if (result.status !== 'success' || result.output === undefined)
    throw new Error(`${WHERE}: Graphviz failed: ${result.errors.map((e) => e.message).join('; ') || result.status}`);
  const out = JSON.parse(result.output) as DotJson;
  // With yInvert, dot gives the bounding box as llx, lly, urx, ury with lly the larger.
  const [bx0, by0, bx1, by1] = (out.bb ?? '0,0,0,0').split(',').map(Number) as [number, number, number, number];
  const byName = new Map((out.objects ?? []).map((ob) => [ob.name, ob]));
  const nameOf = new Map((out.objects ?? []).map((ob) => [ob._gvid, ob.name]));
  const at = (nm: string): Point => {
    const p = byName.get(nm)?.pos?.split(',').map(Number);
    if (!p || p.length < 2 || !p.every(Number.isFinite)) throw new Error(`${WHERE}: Graphviz gave no position for "${nm}"`);
    return { x: p[0]!, y: p[1]! };
  };
  const boxes: Record<string, { x0: number; y0: number; x1: number; y1: number }> = {};
  for (const n of nodes) {
    const c = at(name.get(n.id)!);
    boxes[n.id] = { x0: c.x - n.w / 2, y0: c.y - n.h / 2, x1: c.x + n.w / 2, y1: c.y + n.h / 2 };
  }
  const byEdge = new Map((out.edges ?? []).flatMap((e) => (e.id ? [[e.id, e] as const] : [])));
  const routes: Record<string, Point[]> = {};
  const idOf = new Map(nodes.map((n) => [name.get(n.id)!, n.id]));
  for (const e of edges) {
    const drawn = byEdge.get(e.id);
    if (!drawn?.pos) continue;
    // Points closer than a third of a point apart are dropped: an arrowhead takes its direction from the last step.
    const pts = flattenSpline(parsePoints(drawn.pos)).filter(
      (p, i, all) => i === 0 || i === all.length - 1 || Math.hypot(p.x - all[i + 1]!.x, p.y - all[i + 1]!.y) > 0.35,
    );
    // Routes run from the edge's source: dot's run from its tail.
    routes[e.id] = idOf.get(nameOf.get(drawn.tail)!) === e.source ? pts : pts.reverse();
  }
  const along = (p: Point) => (o.rankdir === 'LR' ? p.x : p.y);
  const slotAt = o.slots ? o.slots.map((_s, i) => along(at(`c${i}`))) : [];
  const markAt = o.markBefore !== undefined && o.slots ? along(at('m')) : undefined;
  return { boxes, routes, slotAt, ...(markAt !== undefined ? { markAt } : {}), width: Math.abs(bx1 - bx0), height: Math.abs(by0 - by1) };
}
