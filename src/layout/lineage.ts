// layout/lineage: a layered (DAG) layout with dagre, origins on the left and what was built from them to
// the right. Each connected family is laid out on its own and the families are packed in rows, so that a
// graph of many small lineages fills a window instead of stretching into one tall column.
import dagre from '@dagrejs/dagre';
import type { AtlasGraph } from '../model/build';
import type { EdgeKind } from '../schema/edges';
import { type LayoutResult, NODE_SIZE, type Point } from './types';

const NODE_W = NODE_SIZE * 4;
/** Edge kinds that say what a thing was built from: the families (and the layered layout's lineage) are made of these. */
export const FAMILY_EDGES: ReadonlySet<EdgeKind> = new Set([
  'derived-from',
  'aggregates',
  'inspired-by',
  'follows-method',
  'fine-tuned-on',
  'subtechnique-of',
]);
const GAP = 90;
const LONE_STEP = 150;
/** Rows of families are packed up to this width-to-height ratio (a window is wider than tall). */
const ASPECT = 1.6;

type Box = { readonly ids: readonly string[]; readonly pos: Record<string, Point>; readonly w: number; readonly h: number };

/** Every edge kind points from the newer thing to what it came from, so dagre gets each edge reversed. */
export function lineageLayout(graph: AtlasGraph, ids: Iterable<string>): LayoutResult {
  const nodes = [...ids].sort();
  const inView = new Set(nodes);
  for (const id of nodes) if (!graph.hasNode(id)) throw new Error(`layout/lineage: unknown node "${id}"`);
  // Families are made by lineage only: a model that generated half the graph would otherwise tie
  // every family into one, and the layers would say "made by ChatGPT" rather than "built from".
  const edges = [...graph.edges()].sort().filter((e) => {
    const [s, t] = [graph.source(e), graph.target(e)];
    return s !== t && inView.has(s) && inView.has(t) && FAMILY_EDGES.has(graph.getEdgeAttribute(e, 'kind'));
  });
  const families = components(
    nodes,
    edges.map((e) => [graph.source(e), graph.target(e)] as const),
  );
  // Each family's edges, bucketed once (not every edge scanned for every family).
  const familyOf = new Map(families.flatMap((f, i) => f.map((id) => [id, i] as const)));
  const edgesOf = families.map((): string[] => []);
  for (const e of edges) edgesOf[familyOf.get(graph.source(e))!]!.push(e);
  const boxes = families.flatMap((f, i) => (f.length > 1 ? [layoutFamily(graph, f, edgesOf[i]!)] : []));
  // Nodes with no lineage in view (a dataset built from nothing named, a model) share one box of
  // rows, datasets first, each kind in id order.
  const rank = (id: string) => ['dataset', 'source', 'model', 'technique', 'reference'].indexOf(graph.getNodeAttribute(id, 'kind'));
  const alone = families
    .filter((f) => f.length === 1)
    .map((f) => f[0]!)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  if (alone.length) {
    const perRow = Math.max(4, Math.ceil(Math.sqrt(alone.length * ASPECT)));
    const pos: Record<string, Point> = {};
    alone.forEach((id, i) => void (pos[id] = { x: (i % perRow) * LONE_STEP + NODE_W / 2, y: Math.floor(i / perRow) * 70 + NODE_SIZE / 2 }));
    boxes.push({ ids: alone, pos, w: Math.min(alone.length, perRow) * LONE_STEP, h: Math.ceil(alone.length / perRow) * 70 });
  }
  return { positions: pack(boxes) };
}

/** Weakly connected components, each sorted, largest first (ties by first id): deterministic. */
function components(nodes: readonly string[], links: readonly (readonly [string, string])[]): string[][] {
  const parent = new Map(nodes.map((id) => [id, id]));
  const find = (x: string): string => {
    while (parent.get(x) !== x) {
      parent.set(x, parent.get(parent.get(x)!)!); // path halving keeps the trees flat
      x = parent.get(x)!;
    }
    return x;
  };
  for (const [a, b] of links) parent.set(find(a), find(b));
  const groups = new Map<string, string[]>();
  for (const id of nodes) groups.set(find(id), [...(groups.get(find(id)) ?? []), id]);
  return [...groups.values()].sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}

function layoutFamily(graph: AtlasGraph, family: readonly string[], edges: readonly string[]): Box {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 18, ranksep: 90, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const id of family) g.setNode(id, { width: NODE_W, height: NODE_SIZE });
  for (const e of edges) g.setEdge(graph.target(e), graph.source(e), {}, e);
  dagre.layout(g);
  const pos: Record<string, Point> = {};
  let [w, h] = [0, 0];
  for (const id of family) {
    const n = g.node(id);
    pos[id] = { x: Math.round(n.x), y: Math.round(n.y) };
    w = Math.max(w, n.x + NODE_W / 2);
    h = Math.max(h, n.y + NODE_SIZE / 2);
  }
  return { ids: family, pos, w, h };
}

/** Shelf packing: boxes left to right in rows no wider than the area asks for (or the widest box). */
function pack(boxes: readonly Box[]): Record<string, Point> {
  const area = boxes.reduce((a, b) => a + (b.w + GAP) * (b.h + GAP), 0);
  const rowWidth = Math.max(...boxes.map((b) => b.w), Math.sqrt(area * ASPECT));
  const out: Record<string, Point> = {};
  let [x, y, rowH] = [0, 0, 0];
  for (const b of boxes) {
    if (x > 0 && x + b.w > rowWidth) [x, y, rowH] = [0, y + rowH + GAP, 0];
    for (const id of b.ids) out[id] = { x: b.pos[id]!.x + x, y: b.pos[id]!.y + y };
    x += b.w + GAP;
    rowH = Math.max(rowH, b.h);
  }
  return out;
}
