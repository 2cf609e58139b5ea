// view/visible: which nodes and edges a view shows, and which the filter leaves out.
import type { AtlasGraph } from '../model/build';
import { cachedFor, type PerGraph } from '../model/cache';
import { matchingDatasets } from '../queries/facets';
import type { EdgeKind } from '../schema/edges';
import type { GraphNode } from '../schema/nodes';
import type { ViewSpec } from './spec';

export type Visible = {
  /** Elements that pass the filter. */
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
  /** Elements of the drawn kinds that the filter leaves out (hidden or dimmed, as the view says). */
  readonly filteredNodes: ReadonlySet<string>;
  readonly filteredEdges: ReadonlySet<string>;
  readonly datasetsShown: number;
  readonly datasetsTotal: number;
  /**
   * Whether the view draws an edge of this kind between two of the nodes it draws (filtered in or out): the test a
   * scene needs, where `edges` and `filteredEdges` walk every edge the view draws unfiltered (worked out on first use).
   */
  readonly drawsEdgeKind: (kind: EdgeKind) => boolean;
};

/**
 * Some layouts draw their own subject only: the survey's Figure 1 the whole technique tree with the
 * datasets hanging from it, Figure 2 the comparison datasets it places on its two axes, and the
 * layered lineage the data and the models that made it.
 */
const SUBJECTS: Partial<
  Record<
    ViewSpec['layout'],
    { kinds?: readonly string[]; datasets?: (n: GraphNode) => boolean; wholeTree?: boolean; edges?: readonly EdgeKind[] }
  >
> = {
  // Figure 1 is a tree of techniques with the datasets that use them as leaves: lineage between datasets is another view's.
  techniques: { kinds: ['technique', 'dataset'], wholeTree: true, edges: ['subtechnique-of', 'uses-technique'] },
  // The lineage of data: datasets, what they came from and the models that made them; techniques have their own view.
  lineage: { kinds: ['dataset', 'source', 'model'] },
  comparison: { kinds: ['dataset'], datasets: (n) => n.kind === 'dataset' && n.figure2 !== undefined },
};

/**
 * Datasets pass the filter; a node of another drawn kind passes when it is joined to a passing
 * dataset (techniques also bring the tree above them, so a technique never floats alone).
 */
export function visibleElements(graph: AtlasGraph, view: ViewSpec): Visible {
  // The filter's verdict depends on the filter, the drawn kinds and the layout only: a focus, a trace, a selection or
  // the dim mode reuse it (at 10,000 nodes working it out again took most of a focus's scene).
  return cachedFor(VISIBLE, graph, JSON.stringify([view.filter, view.kinds, view.layout]), () => computeVisible(graph, view), 8);
}
const VISIBLE: PerGraph<Visible> = new WeakMap();

function computeVisible(graph: AtlasGraph, view: ViewSpec): Visible {
  const subject = SUBJECTS[view.layout] ?? {};
  const kinds = new Set<string>(view.kinds.filter((k) => !subject.kinds || subject.kinds.includes(k)));
  const inSubject = (id: string) => !subject.datasets || subject.datasets(graph.getNodeAttributes(id));
  const datasets = new Set([...matchingDatasets(graph, view.filter)].filter(inSubject));
  const nodes = joinedTo(graph, datasets, kinds, subject.wholeTree === true);
  // What the filter leaves out: what the same view shows with no filter, less what it shows now.
  // A node no dataset reaches (a model only the survey's prose names) is not drawn in either mode.
  const all = unfiltered(graph, `${view.layout}|${[...kinds].sort().join(',')}`, () => {
    const every = new Set(graph.filterNodes((id, n) => n.kind === 'dataset' && inSubject(id)));
    const shown = joinedTo(graph, every, kinds, subject.wholeTree === true);
    // The edges the view draws with no filter, as plain arrays: a filter's walk over them is a lookup per end (walking
    // the graph's edges with their attributes took 47 of a filter's 90 ms here at 50,000 nodes, profiled).
    const drawsEdgeKind = edgeKindTest(subject.edges);
    const edges: Edges = { ids: [], sources: [], targets: [] };
    graph.forEachEdge((e, a, s, t) => {
      if (!drawsEdgeKind(a.kind) || !shown.has(s) || !shown.has(t)) return;
      edges.ids.push(e);
      edges.sources.push(s);
      edges.targets.push(t);
    });
    return { nodes: shown, edges, datasets: every.size, drawsEdgeKind };
  });
  return visibleOf(nodes, all, datasets.size);
}

/**
 * A filter draws a part of what the view draws unfiltered (its datasets, and what they are joined to): each of those
 * edges is drawn or filtered out. Worked out when first asked for (the exports, the dim mode), not for every filter: a
 * scene takes its edges from its nodes' own (at 10,000 nodes this walk was a third of a filter's scene). Made here, not
 * in computeVisible, so that they hold the filter's nodes and the unfiltered view only (a closure there held the whole
 * graph: the benchmark's page kept the merged graph after its row, 24 MB).
 */
function visibleOf(nodes: ReadonlySet<string>, all: Unfiltered, datasetsShown: number): Visible {
  const split = once(() => {
    const edges = new Set<string>();
    const filteredEdges = new Set<string>();
    const { ids, sources, targets } = all.edges;
    for (let i = 0; i < ids.length; i++) (nodes.has(sources[i]!) && nodes.has(targets[i]!) ? edges : filteredEdges).add(ids[i]!);
    return { edges, filteredEdges };
  });
  const filteredNodes = once(() => new Set([...all.nodes].filter((id) => !nodes.has(id))));
  return {
    nodes,
    get edges() {
      return split().edges;
    },
    get filteredNodes() {
      return filteredNodes();
    },
    get filteredEdges() {
      return split().filteredEdges;
    },
    datasetsShown,
    datasetsTotal: all.datasets,
    drawsEdgeKind: all.drawsEdgeKind,
  };
}

/**
 * Whether a view that draws only `kinds` of edges (all, without) draws one of `kind`. Made here, outside
 * computeVisible, so that the test kept with the unfiltered view and handed to each filter's Visible holds the kinds
 * alone, not computeVisible's scope and its graph.
 */
function edgeKindTest(kinds: readonly EdgeKind[] | undefined): (kind: EdgeKind) => boolean {
  const set = kinds ? new Set<EdgeKind>(kinds) : null;
  return (kind) => !set || set.has(kind);
}

/** `make`'s result, made on the first call and kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * What a layout and its drawn kinds show with no filter depends on neither filter nor focus, so it
 * is worked out once per graph (graphs are built once and never changed) rather than on every
 * filter change, which is the interaction the explorer must answer fastest.
 */
type Edges = { readonly ids: string[]; readonly sources: string[]; readonly targets: string[] };
type Unfiltered = { nodes: ReadonlySet<string>; edges: Edges; datasets: number; drawsEdgeKind: Visible['drawsEdgeKind'] };
const UNFILTERED = new WeakMap<AtlasGraph, Map<string, Unfiltered>>();
function unfiltered(graph: AtlasGraph, key: string, make: () => Unfiltered) {
  let byKey = UNFILTERED.get(graph);
  if (!byKey) UNFILTERED.set(graph, (byKey = new Map()));
  let hit = byKey.get(key);
  if (!hit) byKey.set(key, (hit = make()));
  return hit;
}

/** The given datasets (when datasets are drawn), the nodes of other drawn kinds joined to them, and the technique tree above those. */
function joinedTo(graph: AtlasGraph, datasets: ReadonlySet<string>, kinds: ReadonlySet<string>, wholeTree: boolean): Set<string> {
  const nodes = new Set<string>(kinds.has('dataset') ? datasets : []);
  // A graph with no dataset at all shows its nodes of the drawn kinds; so does another tool's graph opened as a layer
  // (issue 16): its nodes no dataset reaches (sources linked among themselves) are its subject, not prose-only context.
  if (datasets.size === 0 && !graph.someNode((_id, n) => n.kind === 'dataset'))
    graph.forEachNode((id, n) => void (kinds.has(n.kind) && nodes.add(id)));
  else for (const id of fromFilesAlone(graph)) if (kinds.has(graph.getNodeAttribute(id, 'kind'))) nodes.add(id);
  if (wholeTree && kinds.has('technique')) graph.forEachNode((id, n) => void (n.kind === 'technique' && nodes.add(id)));
  for (const id of datasets)
    graph.forEachNeighbor(id, (other, n) => {
      if (n.kind !== 'dataset' && kinds.has(n.kind)) nodes.add(other);
    });
  const stack = [...nodes].filter((id) => graph.getNodeAttribute(id, 'kind') === 'technique');
  while (stack.length > 0) {
    graph.forEachOutEdge(stack.pop()!, (_e, a, _s, parent) => {
      if (a.kind === 'subtechnique-of' && kinds.has('technique') && !nodes.has(parent)) {
        nodes.add(parent);
        stack.push(parent);
      }
    });
  }
  return nodes;
}

/**
 * Nodes of another tool's file (cited from a `file` citation, issue 16) that no dataset is joined to: drawn whatever
 * the filter, as a graph without datasets is. Worked out once per graph.
 */
const FILE_ALONE = new WeakMap<AtlasGraph, readonly string[]>();
function fromFilesAlone(graph: AtlasGraph): readonly string[] {
  let hit = FILE_ALONE.get(graph);
  if (!hit) {
    hit = graph.filterNodes(
      (id, n) =>
        n.kind !== 'dataset' && n.provenance.some((c) => c.kind === 'file') && !graph.someNeighbor(id, (_other, m) => m.kind === 'dataset'),
    );
    FILE_ALONE.set(graph, hit);
  }
  return hit;
}
