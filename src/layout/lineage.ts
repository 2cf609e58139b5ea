// layout/lineage: a layered (DAG) layout with dagre, origins on the left and what was built from them to the right.
import dagre from '@dagrejs/dagre';
import type { AtlasGraph } from '../model/build';
import { type LayoutResult, NODE_SIZE, type Point } from './types';

/** Every edge kind points from the newer thing to what it came from, so dagre gets each edge reversed. */
export function lineageLayout(graph: AtlasGraph, ids: Iterable<string>): LayoutResult {
  const nodes = [...ids].sort();
  const inView = new Set(nodes);
  for (const id of nodes) if (!graph.hasNode(id)) throw new Error(`layout/lineage: unknown node "${id}"`);
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 18, ranksep: 90, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const id of nodes) g.setNode(id, { width: NODE_SIZE * 4, height: NODE_SIZE });
  for (const e of [...graph.edges()].sort()) {
    const s = graph.source(e);
    const t = graph.target(e);
    if (inView.has(s) && inView.has(t)) g.setEdge(t, s, {}, e);
  }
  dagre.layout(g);
  const positions: Record<string, Point> = {};
  for (const id of nodes) {
    const n = g.node(id);
    positions[id] = { x: Math.round(n.x), y: Math.round(n.y) };
  }
  return { positions };
}
