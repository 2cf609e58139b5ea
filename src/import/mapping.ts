// import/mapping: what each attribute of another tool's graph means to the atlas (issue 16): which one is the
// label, the node kind, the release date, the modality, purpose and generation, the homepage and licence, and
// which edge attribute is the edge kind. A mapping is plain JSON (zod-checked), saved per attribute signature
// and reused; guessMapping proposes one from the attribute names, as Gephi's and Cytoscape's importers do.
import { z } from 'zod';
import { EDGE_KINDS } from '../schema/edges';
import { NODE_KINDS } from '../schema/nodes';
import type { ForeignGraph } from './foreign';
import { guessEdgeKind, guessNodeKind, guessValueTable, valueCounts } from './value-guess';

export const MAPPING_FORMAT = 'lineage-atlas/graph-mapping';

const Column = z.string().min(1).max(300).describe('the name of an attribute (a CSV column, a GEXF attribute title, a GraphML key name)');
const NodeKindOrSkip = z.enum([...NODE_KINDS, 'skip']);
const EdgeKindOrSkip = z.enum([...EDGE_KINDS, 'skip']);

/** Pairs, never an object keyed by the file's strings: a value named `__proto__` must stay a value (issue 17). */
const valueTable = <T extends z.ZodType>(to: T) =>
  z
    .array(z.tuple([z.string().max(300), to]))
    .max(1_000)
    .optional()
    .describe("the attribute's values and what each means; a value the atlas names itself (dataset, derived-from…) needs no row");

export const NodeKindChoice = z.discriminatedUnion('from', [
  z.strictObject({ from: z.literal('constant'), kind: z.enum(NODE_KINDS) }),
  z.strictObject({ from: z.literal('column'), column: Column, values: valueTable(NodeKindOrSkip), otherwise: NodeKindOrSkip }),
]);
export const EdgeKindChoice = z.discriminatedUnion('from', [
  z.strictObject({ from: z.literal('constant'), kind: z.enum(EDGE_KINDS) }),
  z.strictObject({ from: z.literal('column'), column: Column, values: valueTable(EdgeKindOrSkip), otherwise: EdgeKindOrSkip }),
]);
export type NodeKindChoice = z.infer<typeof NodeKindChoice>;
export type EdgeKindChoice = z.infer<typeof EdgeKindChoice>;

export const NODE_FIELDS = ['label', 'released', 'modality', 'purpose', 'generation', 'homepage', 'license'] as const;
export type NodeField = (typeof NODE_FIELDS)[number];

export const GraphMapping = z.strictObject({
  format: z.literal(MAPPING_FORMAT),
  version: z.literal(1),
  nodes: z.strictObject({
    label: Column.optional().describe("the label; without one, the node's id in the file"),
    kind: NodeKindChoice,
    released: Column.optional().describe('the release date: YYYY-MM or YYYY-MM-DD (a time is dropped); GEXF start and spells'),
    modality: Column.optional().describe('text, image, point-cloud or video; several separated by ; , or +'),
    purpose: Column.optional().describe('demonstration, comparison or generalist'),
    generation: Column.optional().describe('task-aggregation or instructgpt'),
    homepage: Column.optional().describe('an http(s) address'),
    license: Column.optional(),
  }),
  edges: z.strictObject({
    kind: EdgeKindChoice,
    role: Column.optional().describe('instructions, responses, conversations, preferences or images'),
  }),
});
export type GraphMapping = z.infer<typeof GraphMapping>;

/** What a saved mapping is keyed by (mappingSignature): long enough for a file of a few hundred attribute names. */
export const MappingSignature = z.string().min(1).max(20_000);

/**
 * The mappings a person confirmed, each under its file's attribute signature, as a saved view carries them (issue
 * 16: "the mapping is saved beside the view"): a list of pairs, never an object keyed by the file's strings.
 */
const SavedMapping = z.strictObject({ signature: MappingSignature, mapping: GraphMapping });
export const SavedMappings = z
  .array(SavedMapping)
  .max(100)
  .describe(
    'mappings confirmed for files of other tools, by their attribute signature; the next file with the same attributes opens with its mapping',
  );
export type SavedMappings = z.infer<typeof SavedMappings>;

/**
 * The entries a view file can hold, newest last: one per signature (the last confirmed wins), those the schema takes,
 * at most the 100 newest. One the schema refuses (a signature too long) is left out rather than written into a file that will not open.
 */
export function savedMappings(entries: Iterable<readonly [string, GraphMapping]>): SavedMappings {
  const last = new Map<string, GraphMapping>();
  for (const [signature, mapping] of entries) {
    last.delete(signature);
    last.set(signature, mapping);
  }
  const out = [...last].map(([signature, mapping]) => ({ signature, mapping })).filter((e) => SavedMapping.safeParse(e).success);
  return out.slice(-100);
}

/** Attribute names of the nodes and of the edges, each list in first-seen order; `label` first when the format has one. */
export function attributeNames(graphs: readonly ForeignGraph[]): { nodes: string[]; edges: string[] } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const g of graphs) {
    for (const attrs of g.graph.nodes.values()) for (const k of attrs.keys()) nodes.add(k);
    for (const e of g.graph.edges) for (const k of e.attributes.keys()) if (k !== 'source' && k !== 'target') edges.add(k);
  }
  return { nodes: [...nodes], edges: [...edges] };
}

/** What a saved mapping is keyed by: the attribute names, sorted, of nodes and edges. Files with the same columns share it. */
export function mappingSignature(graphs: readonly ForeignGraph[]): string {
  const { nodes, edges } = attributeNames(graphs);
  return `nodes:${[...nodes].sort().join(',')}|edges:${[...edges].sort().join(',')}`;
}

/** The names people give each field, in order of preference (case and separators ignored). */
const GUESSES: Readonly<Record<NodeField, readonly string[]>> = {
  label: ['label', 'name', 'title'],
  released: ['released', 'release date', 'date', 'release', 'year', 'start', 'spells'],
  modality: ['modality', 'modalities'],
  purpose: ['purpose'],
  generation: ['generation', 'era'],
  homepage: ['homepage', 'url', 'website', 'link'],
  license: ['license', 'licence'],
};
const KIND_GUESSES = ['kind', 'type', 'category', 'node type', 'edge type', 'relation', 'label'];
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

function pick(names: readonly string[], wanted: readonly string[]): string | undefined {
  for (const w of wanted) {
    const hit = names.find((n) => norm(n) === w);
    if (hit) return hit;
  }
  return undefined;
}

/** The distinct values (as text) an attribute takes, at most `max` of them. */
export function valuesOf(graphs: readonly ForeignGraph[], side: 'nodes' | 'edges', column: string, max = 1_000): string[] {
  const out = new Set<string>();
  for (const g of graphs) {
    const all = side === 'nodes' ? g.graph.nodes.values() : g.graph.edges.map((e) => e.attributes);
    for (const attrs of all) {
      const v = attrs.get(column);
      if (v !== undefined && v !== '') out.add(String(v));
      if (out.size >= max) return [...out];
    }
  }
  return [...out];
}

/**
 * A kind column: the first candidate whose every value is one of the atlas's kinds; else the first named as one (not
 * `label`) with at most 50 distinct values of which some name a kind ("corpus", "paper"), with those values' guesses.
 */
function kindColumn<K extends string>(
  graphs: readonly ForeignGraph[],
  side: 'nodes' | 'edges',
  names: readonly string[],
  kinds: readonly K[],
  guess: (v: string) => K | undefined,
): { column: string; values?: [string, K][] } | undefined {
  for (const w of KIND_GUESSES) {
    const col = names.find((n) => norm(n) === w);
    const values = col === undefined ? [] : valuesOf(graphs, side, col);
    if (col !== undefined && values.length > 0 && values.every((v) => kinds.includes(v as K))) return { column: col };
  }
  for (const w of KIND_GUESSES.filter((k) => k !== 'label')) {
    const col = names.find((n) => norm(n) === w);
    const counts = col === undefined ? undefined : valueCounts(graphs, side, col);
    const values = counts && !counts.more ? guessValueTable(counts, guess, kinds) : [];
    if (col !== undefined && values.length > 0) return { column: col, values };
  }
  return undefined;
}

/**
 * The mapping proposed for a file: fields found by their usual names, kinds from a `kind`/`type` column whose
 * values are the atlas's own kinds or name them (a value table of guesses), else every node a dataset (a source where the file has no purpose, modality and
 * generation columns, which a dataset node needs) and every edge derived-from.
 */
export function guessMapping(graphs: readonly ForeignGraph[]): GraphMapping {
  const names = attributeNames(graphs);
  const nodes: GraphMapping['nodes'] = { kind: { from: 'constant', kind: 'dataset' } };
  for (const f of NODE_FIELDS) {
    const col = pick(names.nodes, GUESSES[f]);
    if (col !== undefined) nodes[f] = col;
  }
  // A dataset node needs the survey's taxonomy: without those columns the nodes are sources (datasets or corpora).
  const fallback = nodes.purpose && nodes.modality && nodes.generation ? 'dataset' : 'source';
  const nodeKind = kindColumn(graphs, 'nodes', names.nodes, NODE_KINDS, guessNodeKind);
  nodes.kind = nodeKind === undefined ? { from: 'constant', kind: fallback } : { from: 'column', ...nodeKind, otherwise: fallback };
  const edgeKind = kindColumn(graphs, 'edges', names.edges, EDGE_KINDS, guessEdgeKind);
  const role = pick(names.edges, ['role']);
  return {
    format: MAPPING_FORMAT,
    version: 1,
    nodes,
    edges: {
      kind:
        edgeKind === undefined ? { from: 'constant', kind: 'derived-from' } : { from: 'column', ...edgeKind, otherwise: 'derived-from' },
      ...(role === undefined ? {} : { role }),
    },
  };
}

/** A mapping file's text, checked: the mapping, or a message naming the field at fault. */
export function parseMapping(text: string): { ok: true; mapping: GraphMapping } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `not valid JSON (${(e as Error).message})` };
  }
  const r = GraphMapping.safeParse(json);
  return r.success ? { ok: true, mapping: r.data } : { ok: false, message: z.prettifyError(r.error) };
}
