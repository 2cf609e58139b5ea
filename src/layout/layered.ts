// layout/layered: the lineage drawn by Graphviz dot with time as the x axis. Each month (and the "earlier"
// and "undated" gutters) is one rank, so a node released later never sits left of an earlier one; dot
// orders each rank to keep families together and crossings few, and routes every edge as a spline
// around the nodes and their labels, which it sees as part of each node's box (labels right of nodes).
import type { AtlasGraph } from '../model/build';
import { type ColumnPlace, timeAxis } from './layered-axis';
import { buildScene, type Column, families, type LayeredOptions, type Scene, type SceneNode } from './layered-scene';
import type { LayoutResult, Point, TimeAxis } from './types';

export { estimateWidth, type LayeredOptions, type Measure } from './layered-scene';

/** What this layout needs of Graphviz: `@viz-js/viz`'s instance (rendering is synchronous once it is loaded). */
export type GraphvizEngine = {
  render(
    input: string,
    options?: { format?: string; engine?: string; yInvert?: boolean },
  ): { status: string; output?: string; errors: readonly { message: string }[] };
};

export type LayeredResult = LayoutResult & {
  readonly axis: TimeAxis;
  readonly routes: Readonly<Record<string, readonly Point[]>>;
  readonly labels: NonNullable<LayoutResult['labels']>;
};

export type DotOptions = LayeredOptions & {
  /**
   * 'LR' (default): time left to right, each month one column. 'TB': time top to bottom, each month
   * one or more rows (see `maxWidth`), for figures narrower than the months are many.
   */
  readonly direction?: 'LR' | 'TB';
  /** 'TB' only: a month's nodes wrap onto further rows past this width (default: one row a month). */
  readonly maxWidth?: number;
  /** Draw each family (a component of lineage edges) in a cluster of its own, so no other node sits inside it. */
  readonly clusters?: boolean; // default true
  /**
   * Spacing in layout units: between ranks (each month is one, so an empty month costs this much),
   * room kept right of each column's labels for the edges leaving it, and between the nodes of a rank.
   */
  readonly rankSep?: number;
  readonly edgeRoom?: number;
  readonly nodeSep?: number;
};

const WHERE = 'layout/layered';
const EDGE_ROOM = 24;
const PT = 72; // dot sizes nodes in inches and answers in points; one layout unit is one point

/** Lays `ids` out with `engine` (from `loadGraphviz()`); deterministic. Throws on an unknown node or a Graphviz error. */
export function layeredLayout(graph: AtlasGraph, ids: Iterable<string>, engine: GraphvizEngine, options: DotOptions = {}): LayeredResult {
  const scene = buildScene(graph, ids, options, WHERE);
  const widths = Object.fromEntries([...scene.nodes, ...scene.parked].map((n) => [n.id, n.labelW]));
  const labels = { side: 'right' as const, gap: scene.labelGap, fontSize: scene.fontSize, widths };
  const { dot, names, colW, chain } = toDot(scene, options);
  const result = engine.render(dot, { format: 'json0', engine: 'dot', yInvert: true });
  if (result.status !== 'success' || result.output === undefined)
    throw new Error(`${WHERE}: Graphviz failed: ${result.errors.map((e) => e.message).join('; ') || result.status}`);
  const out = JSON.parse(result.output) as DotJson;
  const byName = new Map((out.objects ?? []).map((o) => [o.name, o]));
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));

  const tb = options.direction === 'TB';
  const edgeRoom = options.edgeRoom ?? EDGE_ROOM;
  const positions: Record<string, Point> = {};
  const left = new Map<string, number>(); // x of each node's box's left edge
  const boxW = (n: SceneNode) => (tb ? n.w : colW.get(n.column)!);
  for (const n of scene.nodes) {
    const [cx, cy] = xy(byName.get(names.get(n.id)!)?.pos, n.id);
    const x0 = cx - boxW(n) / 2;
    left.set(n.id, x0);
    positions[n.id] = { x: round(x0 + scene.nodeSize / 2), y: round(tb ? cy - edgeRoom / 2 : cy) };
  }

  const routes: Record<string, Point[]> = {};
  const nameOf = new Map((out.objects ?? []).map((o) => [o._gvid, o.name]));
  const tails = new Map((out.edges ?? []).flatMap((e) => (e.id ? [[e.id, e] as const] : [])));
  for (const e of scene.edges) {
    const drawn = tails.get(e.id);
    if (!drawn?.pos) continue;
    let pts = flattenSpline(parsePoints(drawn.pos));
    // dot's edge runs from the older node (tail) to the newer; routes run from the edge's source.
    const tailIsTarget = nameOf.get(drawn.tail) === names.get(e.target);
    const tail = byId.get(tailIsTarget ? e.target : e.source)!;
    // dot may give a flat edge (both ends in one rank) head first: orient it by which end is nearer the tail's box.
    const box = { x0: left.get(tail.id)!, x1: left.get(tail.id)! + boxW(tail), y: positions[tail.id]!.y, h: tail.h / 2 };
    const far = (p: Point) => Math.max(0, box.x0 - p.x, p.x - box.x1) + Math.max(0, Math.abs(p.y - box.y) - box.h);
    if (far(pts[pts.length - 1]!) < far(pts[0]!)) pts = pts.reverse();
    // An edge leaving a node's east side leaves its column's box: start it where the label ends.
    const labelEnd = left.get(tail.id)! + tail.w;
    if (!tb && pts[0]!.x > labelEnd + 0.5 && Math.abs(pts[0]!.y - box.y) < 0.5) pts = [{ x: labelEnd, y: pts[0]!.y }, ...pts];
    routes[e.id] = (tailIsTarget ? [...pts].reverse() : pts).map((p) => ({ x: round(p.x), y: round(p.y) }));
  }

  const place = (c: Column): ColumnPlace | undefined => {
    const members = scene.nodes.filter((n) => n.column === c);
    if (members.length > 0 && tb) {
      const ys = members.map((n) => positions[n.id]!.y);
      const h = Math.max(...members.map((n) => n.h)) / 2;
      return { x: Math.min(...ys), x0: round(Math.min(...ys) - h), x1: round(Math.max(...ys) + h) };
    }
    if (members.length > 0) {
      const x0 = Math.min(...members.map((n) => left.get(n.id)!));
      return { x: round(x0 + scene.nodeSize / 2), x0: round(x0), x1: round(Math.max(...members.map((n) => left.get(n.id)! + n.w))) };
    }
    const name = chain.get(c);
    if (name === undefined) return undefined;
    const [cx, cy] = xy(byName.get(name)?.pos, name);
    const at = round(tb ? cy : cx);
    return { x: at, x0: at, x1: at };
  };
  park(scene, positions, place, options);
  return { positions, routes, labels, axis: timeAxis(scene, place, tb ? 'y' : 'x') };
}

/** A window's room for the graph, in pixels, and the node size the fit allows for (see renderer/canvas/sceneClasses). */
export type ScreenRoom = { readonly width: number; readonly height: number; readonly nodeSize: number };

/**
 * The layered drawing stretched top to bottom, never squeezed, to fill `room`'s height at the zoom its width allows, and
 * by at most `maxStretch`. Time on x makes a drawing wide and low (a whole graph's is 2 to 4 times as wide as tall), which a
 * window fitted it as a strip across its middle; on screen the last column's labels keep their size in pixels whatever
 * the zoom, so they take their width from the room first. Only the gaps between a column's nodes grow (every box keeps
 * its size), so a route that missed a box still misses it, and the zoom the width allows is unchanged.
 */
export function stretchToRoom(result: LayeredResult, room: ScreenRoom, maxStretch = 3): LayeredResult {
  const { positions, labels } = result;
  const ids = Object.keys(positions);
  if (ids.length < 2 || result.axis.along === 'y') return result;
  const xs = ids.map((id) => positions[id]!.x);
  const ys = ids.map((id) => positions[id]!.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const lastLabels = Math.max(0, ...ids.filter((id) => positions[id]!.x === x1).map((id) => labels.gap + (labels.widths[id] ?? 0)));
  const zoom = (room.width - lastLabels) / (x1 - x0 + room.nodeSize);
  if (!(zoom > 0) || y1 <= y0) return result;
  const k = Math.min(maxStretch, (room.height / zoom - room.nodeSize) / (y1 - y0));
  if (!(k > 1)) return result;
  const Y = (y: number) => round(y0 + (y - y0) * k);
  return {
    ...result,
    positions: Object.fromEntries(ids.map((id) => [id, { x: positions[id]!.x, y: Y(positions[id]!.y) }])),
    routes: Object.fromEntries(Object.entries(result.routes).map(([id, pts]) => [id, pts.map((p) => ({ x: p.x, y: Y(p.y) }))])),
    axis: { ...result.axis, lanes: result.axis.lanes.map((l) => ({ ...l, y0: Y(l.y0), y1: Y(l.y1) })) },
  };
}

/**
 * Techniques and references (no date, not drawn by a lineage) go below the drawing in the undated
 * gutter: one column of them when time runs along x, rows no wider than the drawing when along y.
 */
function park(scene: Scene, positions: Record<string, Point>, place: (c: Column) => ColumnPlace | undefined, options: DotOptions): void {
  if (scene.parked.length === 0) return;
  const nodeSep = options.nodeSep ?? 8;
  const boxes = scene.nodes.map((n) => ({
    x0: positions[n.id]!.x - scene.nodeSize / 2,
    x1: positions[n.id]!.x - scene.nodeSize / 2 + n.w,
    y1: positions[n.id]!.y + n.h / 2,
  }));
  let y = Math.max(0, ...boxes.map((b) => b.y1)) + (options.rankSep ?? 8) + nodeSep;
  if (options.direction === 'TB') {
    const x0 = Math.min(0, ...boxes.map((b) => b.x0));
    const right = Math.max(x0 + (options.maxWidth ?? 0), ...boxes.map((b) => b.x1), ...scene.parked.map((n) => x0 + n.w));
    let x = x0;
    for (const n of scene.parked) {
      if (x > x0 && x + n.w > right) [x, y] = [x0, y + n.h + nodeSep];
      positions[n.id] = { x: round(x + scene.nodeSize / 2), y: round(y + n.h / 2) };
      x += n.w + nodeSep;
    }
    return;
  }
  const x = place('undated')!.x;
  for (const n of scene.parked) {
    positions[n.id] = { x, y: round(y + n.h / 2) };
    y += n.h + nodeSep;
  }
}

type DotJson = {
  objects?: { _gvid: number; name: string; pos?: string }[];
  edges?: { tail: number; head: number; pos?: string; id?: string }[];
};

function toDot(scene: Scene, options: DotOptions) {
  const tb = options.direction === 'TB';
  const edgeRoom = options.edgeRoom ?? EDGE_ROOM;
  const rankSep = options.rankSep ?? 8;
  const nodeSep = options.nodeSep ?? 8;
  const names = new Map(scene.nodes.map((n, i) => [n.id, `n${i}`]));
  const familyOf = new Map(families(scene).flatMap((f, i) => f.map((id) => [id, i] as const)));
  const columns = new Map<Column, SceneNode[]>();
  for (const n of scene.nodes) columns.set(n.column, [...(columns.get(n.column) ?? []), n]);
  // LR: every box of a column is as wide as the column's widest, so that dot, which centres a rank's
  // nodes, lines their left edges (the nodes) up on the month; the room right of the labels is where
  // the edges leaving the column bend, so a run of empty months costs only `rankSep` each.
  const colW = new Map([...columns].map(([c, ns]) => [c, Math.max(...ns.map((n) => n.w)) + edgeRoom]));
  const order: Column[] = [
    ...(scene.hasEarlier ? ['earlier' as const] : []),
    ...scene.months,
    ...(scene.hasUndated ? ['undated' as const] : []),
  ];
  // The ranks: one per column, or in TB as many rows as a month's nodes need within maxWidth (a family's together).
  const slots: { column: Column; nodes: SceneNode[] }[] = [];
  for (const c of order) {
    const ns = [...(columns.get(c) ?? [])].sort((a, b) => familyOf.get(a.id)! - familyOf.get(b.id)! || a.id.localeCompare(b.id));
    const rows: SceneNode[][] = [[]];
    let w = 0;
    for (const n of ns) {
      if (tb && rows[rows.length - 1]!.length > 0 && w + nodeSep + n.w > (options.maxWidth ?? Infinity)) {
        rows.push([]);
        w = 0;
      }
      const row = rows[rows.length - 1]!;
      w += (row.length ? nodeSep : 0) + n.w;
      row.push(n);
    }
    for (const row of rows) slots.push({ column: c, nodes: row });
  }
  const chain = new Map<Column, string>();
  slots.forEach((slot, i) => void (chain.has(slot.column) || chain.set(slot.column, `c${i}`)));
  const inch = (u: number) => (u / PT).toFixed(4);
  const lines = [
    'digraph lineage {',
    // nslimit/nslimit1 cap dot's network-simplex passes (ranks are fixed by the months anyway): without
    // them 150 nodes over eight years of months took 6-20 s, with them well under one.
    `graph [rankdir=${tb ? 'TB' : 'LR'}, newrank=true, ranksep=${inch(rankSep)}, nodesep=${inch(nodeSep)}, splines=spline, nslimit=1, nslimit1=1, margin=0, pad=0];`,
    'node [shape=box, fixedsize=true, label="", margin=0];',
    'edge [dir=none];',
  ];
  slots.forEach((_s, i) => lines.push(`c${i} [shape=point, width=0.01, height=0.01, style=invis];`));
  lines.push(`${slots.map((_s, i) => `c${i}`).join(' -> ')} [style=invis];`);
  for (const n of scene.nodes) {
    // LR: a unit of margin above and below keeps splines that graze a box off its label once flattened.
    if (!tb) lines.push(`${names.get(n.id)} [width=${inch(colW.get(n.column)!)}, height=${inch(n.h + 2)}];`);
    // TB: an HTML-like table of two cells, the node (port "c", where edges attach) and its label, over
    // the room where the edges leaving it bend (so that an empty month costs only `rankSep`).
    else
      lines.push(
        `${names.get(n.id)} [shape=plain, fixedsize=false, label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0"><TR>` +
          `<TD PORT="c" FIXEDSIZE="TRUE" WIDTH="${scene.nodeSize}" HEIGHT="${n.h}"></TD>` +
          `<TD FIXEDSIZE="TRUE" WIDTH="${n.w - scene.nodeSize}" HEIGHT="${n.h}"></TD></TR>` +
          `<TR><TD COLSPAN="2" FIXEDSIZE="TRUE" WIDTH="${n.w}" HEIGHT="${edgeRoom}"></TD></TR></TABLE>>];`,
      );
  }
  const rankOf = new Map<string, number>();
  slots.forEach((slot, i) => {
    for (const n of slot.nodes) rankOf.set(n.id, i);
    if (slot.nodes.length) lines.push(`{ rank=same; c${i}; ${slot.nodes.map((n) => names.get(n.id)).join('; ')}; }`);
  });
  if (options.clusters ?? true) {
    families(scene)
      .filter((f) => f.length > 1)
      .forEach((f, i) => lines.push(`subgraph cluster_f${i} { style=invis; margin=4; ${f.map((id) => names.get(id)).join('; ')}; }`));
  }
  for (const e of scene.edges) {
    // Oldest first: an edge points from the newer thing to what it came from, dot draws it the other way.
    const [tail, head] = rankOf.get(e.target)! <= rankOf.get(e.source)! ? [e.target, e.source] : [e.source, e.target];
    const forward = rankOf.get(tail)! < rankOf.get(head)!;
    // LR, forward in time: out of the label's end into the node's left; within a month: an arc on the
    // nodes' left. TB: out of the node's bottom into the next one's top; within a row: as dot likes.
    const ports = tb ? (forward ? 'tailport="c:s", headport="c:n"' : '') : forward ? 'tailport=e, headport=w' : 'tailport=w, headport=w';
    lines.push(
      `${names.get(tail)} -> ${names.get(head)} [id=${JSON.stringify(e.id)}, weight=${e.lineage ? 4 : 1}${ports ? `, ${ports}` : ''}];`,
    );
  }
  lines.push('}');
  return { dot: lines.join('\n'), names, colW, chain };
}

function xy(pos: string | undefined, what: string): [number, number] {
  const m = pos?.split(',').map(Number);
  if (!m || m.length < 2 || !m.every(Number.isFinite)) throw new Error(`${WHERE}: Graphviz gave no position for "${what}"`);
  return [m[0]!, m[1]!];
}

/** The points of dot's `pos` attribute of an edge, without its arrow ends. */
export const parsePoints = (pos: string): Point[] =>
  pos
    .split(/\s+/)
    .filter((s) => s && !s.startsWith('e,') && !s.startsWith('s,'))
    .map((s) => {
      const [x, y] = s.split(',').map(Number);
      return { x: x!, y: y! };
    });

/** A piecewise cubic Bézier (p0 c1 c2 p1 c1 c2 p2 ...) as a polyline, 12 steps a piece. */
export function flattenSpline(cp: readonly Point[], steps = 12): Point[] {
  const out: Point[] = [cp[0]!];
  for (let i = 0; i + 3 < cp.length; i += 3) {
    const [a, b, c, d] = [cp[i]!, cp[i + 1]!, cp[i + 2]!, cp[i + 3]!];
    for (let s = 1; s <= steps; s++) {
      const t = s / steps;
      const u = 1 - t;
      out.push({
        x: u * u * u * a.x + 3 * u * u * t * b.x + 3 * u * t * t * c.x + t * t * t * d.x,
        y: u * u * u * a.y + 3 * u * u * t * b.y + 3 * u * t * t * c.y + t * t * t * d.y,
      });
    }
  }
  return out;
}

const round = (v: number) => Math.round(v * 10) / 10;
