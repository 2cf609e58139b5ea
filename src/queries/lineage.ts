// queries/lineage: ancestors, descendants and the lineage path between two nodes.
import type { EdgeKind } from '../schema/edges';
import { type AtlasGraph, nodeOf } from '../model/build';

/** The edge kinds that carry data from one dataset to another: "X derived-from Y" makes Y an ancestor of X. */
export const DATA_LINEAGE_EDGE_KINDS: readonly EdgeKind[] = ['derived-from', 'aggregates'];

/**
 * What a lineage follows (focus, trace, family, the details panel): data lineage and method reuse, for a
 * researcher tracing Alpaca expects Self-Instruct, whose pipeline it reused, and BELLE, which reused Alpaca's.
 * Licence inheritance keeps to data lineage (licences/inherit), and figures draw `follows-method` distinctly.
 */
export const LINEAGE_EDGE_KINDS: readonly EdgeKind[] = [...DATA_LINEAGE_EDGE_KINDS, 'follows-method'];

export type LineageOptions = {
  /** How many steps to follow; `Infinity` for all. */
  readonly depth?: number;
  readonly kinds?: readonly EdgeKind[];
};

/** Node id -> its distance in steps from the start (the start itself is not included). */
export type Reached = ReadonlyMap<string, number>;

function checkDepth(depth: number, where: string): void {
  if (!(depth >= 0) || (!Number.isInteger(depth) && depth !== Infinity))
    throw new Error(`${where}: depth must be a whole number >= 0 or Infinity, got ${String(depth)}`);
}

function walk(graph: AtlasGraph, start: string, direction: 'out' | 'in', opts: LineageOptions, where: string): Reached {
  nodeOf(graph, start, where);
  const depth = opts.depth ?? Infinity;
  checkDepth(depth, where);
  const kinds = new Set(opts.kinds ?? LINEAGE_EDGE_KINDS);
  const reached = new Map<string, number>();
  let frontier = [start];
  for (let step = 1; step <= depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      const visit = (_e: string, attrs: { kind: EdgeKind }, source: string, target: string) => {
        if (!kinds.has(attrs.kind)) return;
        const other = direction === 'out' ? target : source;
        if (other === start || reached.has(other)) return;
        reached.set(other, step);
        next.push(other);
      };
      if (direction === 'out') graph.forEachOutEdge(id, visit);
      else graph.forEachInEdge(id, visit);
    }
    frontier = next;
  }
  return reached;
}

/** What a node was built from, transitively, up to `depth` steps. */
export const ancestors = (graph: AtlasGraph, id: string, opts: LineageOptions = {}): Reached =>
  walk(graph, id, 'out', opts, 'queries/lineage.ancestors');

/** What was built from a node, transitively, up to `depth` steps. */
export const descendants = (graph: AtlasGraph, id: string, opts: LineageOptions = {}): Reached =>
  walk(graph, id, 'in', opts, 'queries/lineage.descendants');

export type LineagePath = { readonly nodes: readonly string[]; readonly edges: readonly string[]; readonly directed: boolean };

/**
 * The shortest lineage path between two nodes: a directed chain in either direction
 * (one descends from the other) if there is one, else the shortest path ignoring direction
 * (they share an ancestor or a descendant). Null when they are not connected by these edge kinds.
 */
export function lineagePath(
  graph: AtlasGraph,
  from: string,
  to: string,
  kinds: readonly EdgeKind[] = LINEAGE_EDGE_KINDS,
): LineagePath | null {
  const where = 'queries/lineage.lineagePath';
  nodeOf(graph, from, where);
  nodeOf(graph, to, where);
  if (from === to) return { nodes: [from], edges: [], directed: true };
  const allowed = new Set(kinds);
  const bfs = (a: string, b: string, mode: 'out' | 'any'): LineagePath | null => {
    const prev = new Map<string, { node: string; edge: string }>([[a, { node: '', edge: '' }]]);
    const queue = [a];
    while (queue.length > 0) {
      const id = queue.shift()!;
      if (id === b) break;
      const edges = mode === 'out' ? graph.outEdges(id) : graph.edges(id);
      for (const e of [...edges].sort()) {
        if (!allowed.has(graph.getEdgeAttribute(e, 'kind'))) continue;
        const other = graph.opposite(id, e);
        if (prev.has(other)) continue;
        prev.set(other, { node: id, edge: e });
        queue.push(other);
      }
    }
    if (!prev.has(b)) return null;
    const nodes = [b];
    const edges: string[] = [];
    for (let at = b; at !== a; at = prev.get(at)!.node) {
      edges.unshift(prev.get(at)!.edge);
      nodes.unshift(prev.get(at)!.node);
    }
    return { nodes, edges, directed: mode === 'out' };
  };
  const down = bfs(from, to, 'out');
  if (down) return down;
  const up = bfs(to, from, 'out');
  if (up) return { nodes: [...up.nodes].reverse(), edges: [...up.edges].reverse(), directed: true };
  return bfs(from, to, 'any');
}
