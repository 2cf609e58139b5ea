// import/mapped-layer: a graph file mapped from another tool's graph (import/to-graph), made ready to add as a layer
// beside the graph already open (model/layers' addLayer). Kept apart, none of its nodes joins a node already there:
// an id the open graph already holds is renamed. Merged, each node that the wider catalogue's identity resolution
// (import/catalogue/identity: exact URL keys, the curated alias table, then a unique normalised name) matches to one
// node of the open graph takes that node's id, so the layer adds its claims and citations to it. A match that is
// ambiguous, or a node already taken by another node of the file, is kept apart and named. Never throws.
import type { GraphDocument, GraphFile } from '../schema/document';
import { EDGE_RULES, type GraphEdge } from '../schema/edges';
import type { GraphNode, NodeKind } from '../schema/nodes';
import type { Alias } from './catalogue/aliases';
import { keysOf, type MatchBy, surveyIndex } from './catalogue/identity';

export type LayerMode = 'merge' | 'apart';

export type LayerPlan = {
  readonly file: GraphFile;
  /** Nodes of the file merged with a node of the open graph: the file's id, the open graph's id, and how they matched. */
  readonly merged: readonly { readonly from: string; readonly id: string; readonly by: MatchBy }[];
  /** Nodes kept apart although they may be a node of the open graph, with the candidates and why. */
  readonly proposed: readonly { readonly from: string; readonly candidates: readonly string[]; readonly reason: string }[];
  /** Nodes renamed because the open graph already holds their id: the file's id and the new one. */
  readonly renamed: readonly { readonly from: string; readonly id: string }[];
  /** Edges left out because a merge changed an end's kind to one the edge cannot join. */
  readonly dropped: readonly string[];
};

/** Which kinds of the open graph a node of the file may be: a file's "source" may be one of the survey's datasets. */
const MATCHES: Readonly<Record<NodeKind, readonly NodeKind[]>> = {
  dataset: ['dataset', 'source'],
  source: ['dataset', 'source'],
  model: ['model'],
  technique: ['technique'],
  reference: ['reference'],
};

/**
 * The file's node as a node of the open graph's kind, for a merge across dataset and source: the open graph's own
 * required fields (a dataset's taxonomy, as a stub copy citing what it cites), the file's label, provenance and the
 * claims both kinds hold (release dates, homepages).
 */
function asKindOf(node: GraphNode, target: GraphNode): GraphNode {
  const claims = {
    ...('released' in node && node.released ? { released: node.released } : {}),
    ...('homepage' in node && node.homepage ? { homepage: node.homepage } : {}),
  };
  const base = { id: target.id, label: node.label, provenance: node.provenance };
  if (target.kind === 'dataset') return { ...base, kind: 'dataset', taxonomy: target.taxonomy, ...claims };
  if (target.kind === 'source') return { ...base, kind: 'source', ...claims };
  return { ...node, id: target.id };
}

/** The file ready for addLayer on `open`, kept apart or merged by name and URL. See the header. */
export function planMappedLayer(file: GraphFile, open: GraphDocument, aliases: readonly Alias[], mode: LayerMode): LayerPlan {
  const openById = new Map(open.nodes.map((n) => [n.id, n]));
  const taken = new Set([...openById.keys(), ...file.nodes.map((n) => n.id)]);
  const indexes = new Map<string, ReturnType<typeof surveyIndex>>();
  const indexFor = (kinds: readonly NodeKind[]) => {
    const key = kinds.join(',');
    let index = indexes.get(key);
    if (!index) indexes.set(key, (index = surveyIndex(open, aliases, kinds)));
    return index;
  };
  const merged: { from: string; id: string; by: MatchBy }[] = [];
  const proposed: { from: string; candidates: string[]; reason: string }[] = [];
  const renamed: { from: string; id: string }[] = [];
  const claimed = new Set<string>();
  const idOf = new Map<string, string>();
  const nodes: GraphNode[] = [];

  const fresh = (id: string) => {
    let k = 2;
    while (taken.has(`${id}-${k}`)) k++;
    taken.add(`${id}-${k}`);
    return `${id}-${k}`;
  };
  for (const n of file.nodes) {
    if (mode === 'merge') {
      const urls = 'homepage' in n && n.homepage ? n.homepage.map((h) => h.value) : [];
      const r = indexFor(MATCHES[n.kind]).resolve(
        n.label,
        urls.flatMap((u) => keysOf(u)),
      );
      if (r.kind === 'resolved' && !claimed.has(r.id)) {
        const target = openById.get(r.id)!;
        claimed.add(r.id);
        idOf.set(n.id, r.id);
        merged.push({ from: n.id, id: r.id, by: r.by });
        nodes.push(target.kind === n.kind ? { ...n, id: r.id } : asKindOf(n, target));
        continue;
      }
      if (r.kind === 'resolved')
        proposed.push({ from: n.id, candidates: [r.id], reason: `its ${r.by} matches a node another node of the file merged with` });
      if (r.kind === 'ambiguous')
        proposed.push({ from: n.id, candidates: [...r.candidates], reason: `more than one node has this ${r.by}` });
    }
    const id = openById.has(n.id) ? fresh(n.id) : n.id;
    if (id !== n.id) renamed.push({ from: n.id, id });
    idOf.set(n.id, id);
    nodes.push(id === n.id ? n : { ...n, id });
  }

  const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));
  const dropped: string[] = [];
  const edges: GraphEdge[] = [];
  for (const e of file.edges) {
    const source = idOf.get(e.source) ?? e.source;
    const target = idOf.get(e.target) ?? e.target;
    const rule = EDGE_RULES[e.kind];
    if (!rule.source.includes(kindOf.get(source)!) || !rule.target.includes(kindOf.get(target)!)) {
      dropped.push(`${e.source} ${e.kind} ${e.target}: merged, its ends are ${kindOf.get(source)} and ${kindOf.get(target)}`);
      continue;
    }
    edges.push({ ...e, source, target });
  }
  return { file: { ...file, nodes, edges }, merged, proposed, renamed, dropped };
}

/** The plan as lines a person reads after the layer opens: what merged, what was kept apart and why. */
export function planLines(plan: LayerPlan, open: GraphDocument): string[] {
  const label = new Map(open.nodes.map((n) => [n.id, n.label]));
  return [
    ...plan.merged.map((m) => `${m.from} merged with ${label.get(m.id) ?? m.id} (by ${m.by})`),
    ...plan.proposed.map((p) => `${p.from} kept apart: ${p.reason} (${p.candidates.join(', ')})`),
    ...plan.renamed.map((r) => `${r.from} kept apart as ${r.id}: the open graph already has a node with its id`),
    ...plan.dropped.map((d) => `edge ${d}; left out`),
  ];
}
