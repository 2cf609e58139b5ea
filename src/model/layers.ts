// model/layers: graph files opened as layers beside the built-in survey graph. A plain function takes the
// layered document so far, a parsed `GraphFile`, a display name and a kind, and returns the new layered document:
//
//   let layered = surveyLayer(builtin.document);                       // the survey graph, layer "Survey"
//   layered = addLayer(layered, parsedFile, 'Data Provenance Collection', 'dpc');
//   layered = addLayer(layered, gexfMapped, 'my-graph.gexf', 'file');   // any GraphFile, e.g. issue 16's mapping
//   buildGraph(layered.document);
//
// Merging never overwrites. A node whose id is already there keeps its label, taxonomy and description; the
// layer's claims (dates, sizes, licences, languages, links, creators) are added after the ones already there,
// each with its own provenance, so where they differ the details panel shows them side by side as a
// disagreement; names become aliases. An edge already there gains the layer's citations. What cannot merge (the
// same id with another node kind, an edge to a node left out, a lineage edge that would close a cycle) is left
// out and named in `issues`. Never throws.
import { canonicalJson } from '../schema/canonical-json';
import type { Citation } from '../schema/citation';
import type { GraphDocument, GraphFile } from '../schema/document';
import { edgeId, type GraphEdge } from '../schema/edges';
import type { GraphNode } from '../schema/nodes';
import { findCycle } from '../schema/read';
import type { AtlasGraph } from './build';

/** What a layer is: the survey, the Data Provenance Collection, dataset cards, or a person's own file. */
export type LayerKind = 'survey' | 'dpc' | 'cards' | 'file';
export const LAYER_KIND_NAME: Readonly<Record<LayerKind, string>> = {
  survey: 'Survey',
  dpc: 'Data Provenance Collection',
  cards: 'Dataset cards',
  file: 'Your file',
};

export type LayerInfo = { readonly name: string; readonly kind: LayerKind };
export type LayeredDocument = {
  readonly document: GraphDocument;
  readonly layers: readonly LayerInfo[];
  /** The layers each node is in (by layer name), in the order they were added. */
  readonly layersOf: ReadonlyMap<string, readonly string[]>;
  readonly issues: readonly string[];
};

/** The fields that are lists of claims; a layer's claims are appended to them. */
const CLAIM_KEYS = ['released', 'size', 'license', 'languages', 'modalities', 'homepage', 'hfId', 'github', 'arxiv', 'creators'] as const;

/** The built-in survey graph as the first layer. */
export function surveyLayer(doc: GraphDocument, name = LAYER_KIND_NAME.survey): LayeredDocument {
  return { document: doc, layers: [{ name, kind: 'survey' }], layersOf: new Map(doc.nodes.map((n) => [n.id, [name]])), issues: [] };
}

/** The kind an imported file's title names (the importers' titles), else a person's own file. */
export const layerKindOf = (file: GraphFile): LayerKind =>
  file.title === 'Data Provenance Collection' ? 'dpc' : file.title === 'Hugging Face dataset cards' ? 'cards' : 'file';

const appendUnique = <T>(into: readonly T[], more: readonly T[]): T[] => {
  const seen = new Set(into.map((x) => canonicalJson(x)));
  return [...into, ...more.filter((x) => !seen.has(canonicalJson(x)) && seen.add(canonicalJson(x)))];
};

/** The node already there, with the layer node's claims, names and citations added after its own. */
function mergeNode(base: GraphNode, add: GraphNode): GraphNode {
  const out: Record<string, unknown> = { ...base };
  const b = base as Record<string, unknown>;
  const a = add as Record<string, unknown>;
  for (const key of CLAIM_KEYS) {
    const more = a[key];
    if (!Array.isArray(more) || !(key in a)) continue;
    out[key] = appendUnique(Array.isArray(b[key]) ? (b[key] as unknown[]) : [], more);
  }
  const names = [...(base.aliases ?? []), ...(add.label !== base.label ? [add.label] : []), ...(add.aliases ?? [])];
  const aliases = [...new Set(names)].filter((n) => n !== base.label).slice(0, 50);
  if (aliases.length > 0) out.aliases = aliases;
  if (add.recordedAliases) out.recordedAliases = appendUnique(base.recordedAliases ?? [], add.recordedAliases);
  out.provenance = appendUnique<Citation>(base.provenance, add.provenance);
  return out as GraphNode;
}

/** Adds a parsed graph file as a layer named `name`. See the header for what merging keeps. Never throws. */
export function addLayer(layered: LayeredDocument, file: GraphFile, name: string, kind: LayerKind): LayeredDocument {
  const issues = [...layered.issues];
  const nodes = new Map(layered.document.nodes.map((n) => [n.id, n]));
  const layersOf = new Map(layered.layersOf);
  const left = new Set<string>();
  for (const n of file.nodes) {
    const had = nodes.get(n.id);
    if (had && had.kind !== n.kind) {
      issues.push(`${name}: node "${n.id}" is a ${n.kind} here and a ${had.kind} already; left out`);
      left.add(n.id);
      continue;
    }
    nodes.set(n.id, had ? mergeNode(had, n) : n);
    const ls = layersOf.get(n.id) ?? [];
    if (!ls.includes(name)) layersOf.set(n.id, [...ls, name]);
  }
  const edges = new Map(layered.document.edges.map((e) => [edgeId(e), e]));
  const added: string[] = [];
  for (const e of file.edges) {
    if (left.has(e.source) || left.has(e.target) || !nodes.has(e.source) || !nodes.has(e.target)) {
      issues.push(`${name}: edge ${edgeId(e)} joins a node left out; left out`);
      continue;
    }
    const id = edgeId(e);
    const had = edges.get(id);
    if (had) edges.set(id, { ...had, provenance: appendUnique(had.provenance, e.provenance) });
    else {
      edges.set(id, e);
      added.push(id);
    }
  }
  // Lineage stays acyclic across layers: a layer's edge that closes a cycle is left out.
  const lineage = (e: GraphEdge) => e.kind === 'derived-from' || e.kind === 'aggregates';
  const addedSet = new Set(added);
  for (;;) {
    const cycle = findCycle([...edges.values()].filter(lineage));
    if (!cycle) break;
    const steps = new Set(cycle.slice(0, -1).map((id, i) => `${id}>${cycle[i + 1]}`));
    const culprit = [...addedSet].find((id) => {
      const e = edges.get(id)!;
      return lineage(e) && steps.has(`${e.source}>${e.target}`);
    });
    if (!culprit) break;
    edges.delete(culprit);
    addedSet.delete(culprit);
    issues.push(`${name}: edge ${culprit} would close the lineage cycle ${cycle.join(' -> ')}; left out`);
  }
  return {
    document: { nodes: [...nodes.values()], edges: [...edges.values()], files: [...layered.document.files, name] },
    layers: [...layered.layers, { name, kind }],
    layersOf,
    issues,
  };
}

/** How many datasets and nodes each layer holds (a node merged from two layers counts in both), for the status line. */
export function datasetsPerLayer(
  layered: LayeredDocument,
): { readonly layer: LayerInfo; readonly datasets: number; readonly nodes: number }[] {
  const counts = new Map(layered.layers.map((l) => [l.name, 0]));
  const nodes = new Map(layered.layers.map((l) => [l.name, 0]));
  for (const n of layered.document.nodes)
    for (const l of layered.layersOf.get(n.id) ?? []) {
      nodes.set(l, (nodes.get(l) ?? 0) + 1);
      if (n.kind === 'dataset') counts.set(l, (counts.get(l) ?? 0) + 1);
    }
  return layered.layers.map((layer) => ({ layer, datasets: counts.get(layer.name) ?? 0, nodes: nodes.get(layer.name) ?? 0 }));
}

/** The graph attribute holding each node's layer kinds (set by withLayers). */
const LAYER_KINDS = 'layerKinds';

/**
 * The graph built from a layered document, told which layers each node is in, so the Layer facet can count them.
 * Returns the same graph. A graph never told (an opened file, the survey alone) has no layers to filter by.
 */
export function withLayers(graph: AtlasGraph, layered: LayeredDocument | undefined): AtlasGraph {
  if (!layered || layered.layers.length < 2) return graph;
  const kindOf = new Map(layered.layers.map((l) => [l.name, l.kind]));
  const kinds = new Map<string, readonly LayerKind[]>();
  for (const [id, names] of layered.layersOf) kinds.set(id, [...new Set(names.map((n) => kindOf.get(n)!).filter(Boolean))]);
  graph.setAttribute(LAYER_KINDS, kinds);
  return graph;
}

/** The kinds of layer a node is in (survey, dpc, cards, file), or none where the graph was not given layers. */
export function layerKindsOf(graph: AtlasGraph, id: string): readonly LayerKind[] {
  const kinds = graph.getAttribute(LAYER_KINDS) as ReadonlyMap<string, readonly LayerKind[]> | undefined;
  return kinds?.get(id) ?? [];
}
