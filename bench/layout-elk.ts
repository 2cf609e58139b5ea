// bench/layout-elk: the same time-layered lineage drawn by ELK layered (elkjs), for the engine comparison only.
// Time as layers through ELK's interactive layering: each node's pseudo x is its column's order, so nodes of
// one month share a layer and later months get later layers (empty months get none).
import ELK from 'elkjs/lib/elk.bundled.js';
import type { AtlasGraph } from '../src/model/build';
import { type ColumnPlace, timeAxis } from '../src/layout/layered-axis';
import { buildScene, type Column, columnOrder, type LayeredOptions } from '../src/layout/layered-scene';
import { flattenSpline, type LayeredResult } from '../src/layout/layered';
import type { Point } from '../src/layout/types';

type ElkPoint = { x: number; y: number };
type ElkOut = {
  children?: { id: string; x?: number; y?: number; width?: number }[];
  edges?: { id: string; sections?: { startPoint: ElkPoint; endPoint: ElkPoint; bendPoints?: ElkPoint[] }[] }[];
};

export async function elkLayeredLayout(
  graph: AtlasGraph,
  ids: Iterable<string>,
  options: LayeredOptions & { routing?: 'SPLINES' | 'ORTHOGONAL'; rankSep?: number; nodeSep?: number } = {},
): Promise<LayeredResult> {
  const scene = buildScene(graph, ids, options, 'bench/layout-elk');
  const elk = new ELK();
  const colW = new Map<Column, number>();
  for (const n of scene.nodes) colW.set(n.column, Math.max(colW.get(n.column) ?? 0, n.w));
  const order = (c: Column) => columnOrder(c, scene) - scene.months[0]! + 2;
  const col = new Map(scene.nodes.map((n) => [n.id, order(n.column)]));
  const out = (await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.layering.strategy': 'INTERACTIVE',
      'elk.layered.cycleBreaking.strategy': 'INTERACTIVE',
      'elk.separateConnectedComponents': 'false',
      'elk.edgeRouting': options.routing ?? 'SPLINES',
      'elk.spacing.nodeNode': String(options.nodeSep ?? 8),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(options.rankSep ?? 24),
      'elk.spacing.edgeNode': '6',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    },
    children: scene.nodes.map((n) => ({ id: n.id, width: colW.get(n.column)!, height: n.h, x: col.get(n.id)! * 10000, y: 0 })),
    edges: scene.edges.map((e) => {
      const [tail, head] = col.get(e.target)! <= col.get(e.source)! ? [e.target, e.source] : [e.source, e.target];
      return { id: e.id, sources: [tail], targets: [head] };
    }),
  })) as ElkOut;
  const positions: Record<string, Point> = {};
  const left = new Map<string, number>();
  for (const c of out.children ?? []) {
    const n = scene.nodes.find((s) => s.id === c.id)!;
    left.set(c.id, c.x!);
    positions[c.id] = { x: c.x! + scene.nodeSize / 2, y: c.y! + n.h / 2 };
  }
  const routes: Record<string, Point[]> = {};
  for (const e of out.edges ?? []) {
    const s = e.sections?.[0];
    if (!s) continue;
    const cps = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint];
    const pts = options.routing !== 'ORTHOGONAL' && (cps.length - 1) % 3 === 0 ? flattenSpline(cps) : cps;
    const se = scene.edges.find((x) => x.id === e.id)!;
    const tailIsTarget = col.get(se.target)! <= col.get(se.source)!;
    routes[e.id] = tailIsTarget ? pts.reverse() : pts;
  }
  // Month ticks: at each column's nodes; an empty month between two columns is interpolated.
  const placed = new Map<number, ColumnPlace>();
  for (const c of new Set(scene.nodes.map((n) => n.column))) {
    const ms = scene.nodes.filter((n) => n.column === c);
    const x0 = Math.min(...ms.map((n) => left.get(n.id)!));
    placed.set(order(c), { x: x0 + scene.nodeSize / 2, x0, x1: Math.max(...ms.map((n) => left.get(n.id)! + n.w)) });
  }
  const keys = [...placed.keys()].sort((a, b) => a - b);
  const place = (c: Column): ColumnPlace | undefined => {
    const k = order(c);
    if (placed.has(k)) return placed.get(k);
    if (typeof c !== 'number') return undefined;
    const lo = keys.filter((x) => x < k).pop();
    const hi = keys.find((x) => x > k);
    if (lo === undefined && hi === undefined) return { x: 0, x0: 0, x1: 0 };
    if (lo === undefined)
      return {
        x: placed.get(hi!)!.x0 - (hi! - k) * 10,
        x0: placed.get(hi!)!.x0 - (hi! - k) * 10,
        x1: placed.get(hi!)!.x0 - (hi! - k) * 10,
      };
    if (hi === undefined)
      return { x: placed.get(lo)!.x1 + (k - lo) * 10, x0: placed.get(lo)!.x1 + (k - lo) * 10, x1: placed.get(lo)!.x1 + (k - lo) * 10 };
    const a = placed.get(lo)!.x1;
    const b = placed.get(hi)!.x0;
    const x = a + ((b - a) * (k - lo)) / (hi - lo);
    return { x, x0: x, x1: x };
  };
  return {
    positions,
    routes,
    labels: {
      side: 'right',
      gap: scene.labelGap,
      fontSize: scene.fontSize,
      widths: Object.fromEntries(scene.nodes.map((n) => [n.id, n.labelW])),
    },
    axis: timeAxis(scene, place),
  };
}
