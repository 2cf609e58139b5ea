// queries/neighbours: a node's neighbours grouped by edge kind and direction, each group headed by how the
// edge reads from this node ("was derived from", "was the source of"): what the details panel lists.
import { nodeOf, type AtlasGraph } from '../model/build';
import { EDGE_KINDS, type EdgeKind, edgeReading } from '../schema/edges';

export type NeighbourGroup = {
  readonly kind: EdgeKind;
  /** 'out': this node is the edge's source; 'in': its target. */
  readonly direction: 'out' | 'in';
  readonly heading: string;
  /** Each neighbour once (several roles of one edge kind give one entry), by label. */
  readonly nodes: readonly { readonly id: string; readonly label: string }[];
};

/** Groups in edge-kind order, outgoing before incoming; empty groups are left out. */
export function neighbourGroups(graph: AtlasGraph, id: string): NeighbourGroup[] {
  nodeOf(graph, id, 'queries/neighbours');
  const byKey = new Map<string, Map<string, string>>();
  graph.forEachEdge(id, (_e, a, s, t) => {
    const key = `${a.kind}|${s === id ? 'out' : 'in'}`;
    const other = s === id ? t : s;
    const group = byKey.get(key) ?? new Map<string, string>();
    group.set(other, graph.getNodeAttribute(other, 'label'));
    byKey.set(key, group);
  });
  return EDGE_KINDS.flatMap((kind) =>
    (['out', 'in'] as const).flatMap((direction): NeighbourGroup[] => {
      const group = byKey.get(`${kind}|${direction}`);
      if (!group) return [];
      const nodes = [...group]
        .map(([nid, label]) => ({ id: nid, label }))
        .sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
      return [{ kind, direction, heading: edgeReading(kind, direction), nodes }];
    }),
  );
}
