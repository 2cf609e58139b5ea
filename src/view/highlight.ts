// view/highlight: the focused node's lineage (ancestors and descendants to a depth) as node and edge sets.
import type { AtlasGraph } from '../model/build';
import { ancestors, descendants, LINEAGE_EDGE_KINDS } from '../queries/lineage';
import type { Depth } from './spec';

export type Highlight = { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> };

/** Null when there is no focus or the focused node is not in this graph (a view saved against other data). */
export function lineageHighlight(graph: AtlasGraph, focus: string | undefined, depth: Depth): Highlight | null {
  if (!focus || !graph.hasNode(focus)) return null;
  const d = depth === 'all' ? Infinity : depth;
  const nodes = new Set([focus, ...ancestors(graph, focus, { depth: d }).keys(), ...descendants(graph, focus, { depth: d }).keys()]);
  const kinds = new Set(LINEAGE_EDGE_KINDS);
  const edges = new Set(graph.filterEdges((_e, a, s, t) => kinds.has(a.kind) && nodes.has(s) && nodes.has(t)));
  return { nodes, edges };
}
