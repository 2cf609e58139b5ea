// export/flat: a node's or edge's facts as flat primitive columns, for GEXF, GraphML, CSV and Cytoscape.
import type { AtlasGraph } from '../model/build';
import type { Citation } from '../schema/citation';
import type { GraphEdge } from '../schema/edges';
import type { GraphNode } from '../schema/nodes';

export type Flat = Record<string, string | number>;

export const citationText = (c: Citation): string =>
  c.kind === 'survey'
    ? `survey ${c.locator}`
    : c.kind === 'reference'
      ? `${c.ref}${c.locator ? ` ${c.locator}` : ''}`
      : c.kind === 'file'
        ? `${c.file}${c.locator ? ` ${c.locator}` : ''}`
        : c.url;

/** The columns every export shares, in a fixed order; absent facts are left out (not written as empty). */
export const NODE_COLUMNS = [
  'label',
  'kind',
  'purpose',
  'modality',
  'generation',
  'released',
  'size',
  'size_unit',
  'license',
  'languages',
  'homepage',
  'construction_method',
  'pairing_group',
  'demonstration_preparation',
  'preference_annotation',
  'multimodal_approach',
  'cite_key',
  'description',
  'sources',
] as const;
export const EDGE_COLUMNS = ['kind', 'role', 'note', 'disputed', 'sources'] as const;
export const NUMERIC_COLUMNS: ReadonlySet<string> = new Set(['size']);

export function flatNode(n: GraphNode): Flat {
  const f: Flat = { label: n.label, kind: n.kind };
  if (n.kind === 'dataset') {
    f.purpose = n.taxonomy.purpose;
    f.modality = n.taxonomy.modality.join(';');
    f.generation = n.taxonomy.generation;
    if (n.size) {
      f.size = n.size[0]!.value.value;
      f.size_unit = n.size[0]!.value.unit;
    }
    if (n.license) f.license = n.license[0]!.value;
    if (n.languages) f.languages = n.languages[0]!.value.join(';');
    if (n.table1) {
      f.construction_method = n.table1.constructionMethod;
      if (n.table1.group) f.pairing_group = n.table1.group.join(';');
    }
    if (n.figure2) {
      f.demonstration_preparation = n.figure2.demonstrationPreparation;
      f.preference_annotation = n.figure2.preferenceAnnotation.join(';');
    }
    if (n.multimodal) f.multimodal_approach = n.multimodal.approach;
  }
  if ((n.kind === 'dataset' || n.kind === 'source' || n.kind === 'model') && n.released) f.released = n.released[0]!.value;
  if ((n.kind === 'dataset' || n.kind === 'source') && n.homepage) f.homepage = n.homepage[0]!.value;
  if (n.kind === 'reference') f.cite_key = n.citeKey;
  if (n.description) f.description = n.description;
  f.sources = n.provenance.map(citationText).join(' | ');
  return f;
}

export function flatEdge(e: GraphEdge): Flat {
  const f: Flat = { kind: e.kind };
  if (e.role) f.role = e.role;
  if (e.note) f.note = e.note;
  if (e.disagreement) f.disputed = e.disagreement.note;
  f.sources = e.provenance.map(citationText).join(' | ');
  return f;
}

/** The nodes and edges an export of the view writes: what passes the filter, in id order. */
export function exportedIds(graph: AtlasGraph, visible: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }) {
  const nodes = [...visible.nodes].filter((id) => graph.hasNode(id)).sort();
  const edges = [...visible.edges].filter((id) => graph.hasEdge(id)).sort();
  return { nodes, edges };
}
