// layout/print-tree: the survey's Figure 1 laid out for a figure of a given size: the technique tree from its
// root at the left (or top), the datasets that use each technique beyond it, each node's label in its box.
// Labels are tried on one line, then wrapped; left to right, then top to bottom; the first that fits is taken.
import type { AtlasGraph } from '../model/build';
import type { GraphvizEngine } from './layered';
import { dotPrint } from './print-dot';
import { type NodeBox, type PrintedLayout, type PrintSpec, printBox } from './print-box';

const WHERE = 'layout/print-tree';
const TREE_EDGES: ReadonlySet<string> = new Set(['subtechnique-of', 'uses-technique']);

export function printTree(graph: AtlasGraph, ids: readonly string[], engine: GraphvizEngine, spec: PrintSpec): PrintedLayout {
  const nodes = [...new Set(ids)].sort();
  for (const id of nodes) if (!graph.hasNode(id)) throw new Error(`${WHERE}: unknown node "${id}"`);
  const inView = new Set(nodes);
  const edges = graph
    .edges()
    .filter((e) => {
      const [s, t] = [graph.source(e), graph.target(e)];
      return s !== t && inView.has(s) && inView.has(t);
    })
    .sort()
    // The tree's own edges weigh most: they keep it tidy; any other edge in view only follows.
    .map((e) => ({
      id: e,
      source: graph.source(e),
      target: graph.target(e),
      weight: TREE_EDGES.has(graph.getEdgeAttribute(e, 'kind')) ? 2 : 0,
    }));
  let nearest: { out: Omit<PrintedLayout, 'fits'>; over: number } | undefined;
  for (const wrapEms of [Infinity, 12, 8])
    for (const dir of ['LR', 'TB'] as const) {
      const room = spec.room(dir);
      const boxes = new Map<string, NodeBox>(nodes.map((id) => [id, printBox(id, graph.getNodeAttribute(id, 'label'), spec, wrapEms)]));
      // Edges point from the part to the whole (a subtechnique to its technique, a dataset to what it uses): dot ranks wholes first.
      const dot = dotPrint(engine, [...boxes.values()], edges, { rankdir: dir, reverse: true, nodeSep: 2, rankSep: 12 });
      const positions: Record<string, { x: number; y: number }> = {};
      const placed: Record<string, PrintedLayout['placed'][string]> = {};
      for (const [id, b] of boxes) {
        const at = dot.boxes[id]!;
        positions[id] = { x: at.x0 + b.glyph.x, y: at.y0 + b.glyph.y };
        placed[id] = { lines: b.lines, x: at.x0 + b.text.x, y: at.y0 + b.text.y, box: [at.x0, at.y0, at.x1, at.y1] };
      }
      const out = { positions, placed, routes: dot.routes, size: { width: dot.width, height: dot.height } };
      const over = Math.max(0, dot.width / room.width - 1) + Math.max(0, dot.height / room.height - 1);
      if (over === 0) return { ...out, fits: true };
      if (!nearest || over < nearest.over) nearest = { out, over };
    }
  return { ...nearest!.out, fits: false };
}
