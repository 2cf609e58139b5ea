// layout/survey-figures: the survey's Figure 1 (the technique tree, with the datasets that use each technique
// hanging below it) and Figure 2 (comparison datasets on two axes: demonstration data against preference annotation).
import dagre from '@dagrejs/dagre';
import type { AtlasGraph } from '../model/build';
import { DemonstrationPreparation, PreferenceAnnotation } from '../schema/nodes';
import { type GridAxis, type LayoutResult, NODE_SIZE, type Point } from './types';

const COLUMN = 150;
const ROW = 60;

/** Nodes a survey layout does not place go in a grid to the right of it, in id order. */
function parkRest(ids: readonly string[], placed: Record<string, Point>, right: number, top: number): void {
  const rest = ids.filter((id) => !placed[id]);
  const perColumn = Math.max(6, Math.ceil(Math.sqrt(rest.length)));
  rest.forEach((id, i) => {
    placed[id] = { x: right + 200 + Math.floor(i / perColumn) * COLUMN, y: top + (i % perColumn) * ROW };
  });
}

export function techniqueTreeLayout(graph: AtlasGraph, ids: Iterable<string>): LayoutResult {
  const nodes = [...ids].sort();
  for (const id of nodes) if (!graph.hasNode(id)) throw new Error(`layout/survey-figures: unknown node "${id}"`);
  const inView = new Set(nodes);
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 12, ranksep: 110, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  const inTree = (id: string) => inView.has(id) && graph.getNodeAttribute(id, 'kind') === 'technique';
  for (const id of nodes.filter(inTree)) g.setNode(id, { width: NODE_SIZE * 4, height: NODE_SIZE });
  for (const e of [...graph.edges()].sort()) {
    const a = graph.getEdgeAttributes(e);
    const s = graph.source(e);
    const t = graph.target(e);
    if (a.kind === 'subtechnique-of' && inTree(s) && inTree(t)) g.setEdge(t, s, {}, e);
    if (a.kind === 'uses-technique' && inView.has(s) && inTree(t) && graph.getNodeAttribute(s, 'kind') === 'dataset') {
      if (!g.hasNode(s)) g.setNode(s, { width: NODE_SIZE * 4, height: NODE_SIZE });
      g.setEdge(t, s, {}, e);
    }
  }
  const positions: Record<string, Point> = {};
  if (g.nodeCount() > 0) {
    dagre.layout(g);
    for (const id of g.nodes()) positions[id] = { x: Math.round(g.node(id).x), y: Math.round(g.node(id).y) };
  }
  const xs = Object.values(positions).map((p) => p.x);
  parkRest(nodes, positions, xs.length ? Math.max(...xs) : 0, 0);
  return { positions };
}

export const FIGURE2_COLUMNS = DemonstrationPreparation.options;
export const FIGURE2_ROWS = PreferenceAnnotation.options;

export function comparisonLayout(graph: AtlasGraph, ids: Iterable<string>): LayoutResult {
  const nodes = [...ids].sort();
  for (const id of nodes) if (!graph.hasNode(id)) throw new Error(`layout/survey-figures: unknown node "${id}"`);
  const cells = new Map<string, string[]>();
  for (const id of nodes) {
    const n = graph.getNodeAttributes(id);
    if (n.kind !== 'dataset' || !n.figure2) continue;
    const key = `${n.figure2.demonstrationPreparation}|${n.figure2.preferenceAnnotation[0]}`;
    cells.set(key, [...(cells.get(key) ?? []), id]);
  }
  const perCell = Math.max(1, ...[...cells.values()].map((c) => c.length));
  const across = 1; // one column a cell: each label hangs centred under its node, clear of the next column
  const down = Math.ceil(perCell / across);
  const cellW = across * COLUMN;
  const cellH = down * ROW + 20;
  const positions: Record<string, Point> = {};
  FIGURE2_COLUMNS.forEach((col, ci) =>
    FIGURE2_ROWS.forEach((row, ri) => {
      (cells.get(`${col}|${row}`) ?? []).forEach((id, k) => {
        positions[id] = { x: ci * cellW + (k % across) * COLUMN + COLUMN / 2, y: ri * cellH + Math.floor(k / across) * ROW + ROW / 2 + 10 };
      });
    }),
  );
  const grid: GridAxis = {
    kind: 'grid',
    xTitle: 'Preparation of demonstration data',
    yTitle: 'Preference annotation',
    columns: FIGURE2_COLUMNS.map((label, i) => ({ x0: i * cellW, x1: (i + 1) * cellW, label })),
    rows: FIGURE2_ROWS.map((label, i) => ({ y0: i * cellH, y1: (i + 1) * cellH, label })),
  };
  parkRest(nodes, positions, FIGURE2_COLUMNS.length * cellW, 0);
  return { positions, axis: grid };
}
