// import/to-graph: another tool's graph, read by import/foreign, made a graph file of the atlas's own format through
// a mapping (import/mapping). Every node, claim and edge cites the file and the element or row it came from; what
// cannot be mapped (an edge to a node the file does not declare, a date that does not parse, a node there twice, an
// edge that would close a lineage cycle) is listed with its element or row, and the rest imports. Nothing is invented:
// a fact the file does not give stays out, and a node that lacks what its kind requires is named.
import { z } from 'zod';
import type { Citation } from '../schema/citation';
import { GRAPH_FORMAT, GRAPH_VERSION, GraphFile } from '../schema/document';
import { ACYCLIC_EDGE_GROUPS, EDGE_RULES, EdgeRole, edgeId, type EdgeKind, type GraphEdge } from '../schema/edges';
import { Generation, GraphNode, Modality, type NodeKind, Purpose } from '../schema/nodes';
import { invisibleCharacter, LIMITS } from '../schema/text';
import type { Attributes, ForeignGraph } from './foreign';
import type { EdgeKindChoice, GraphMapping, NodeKindChoice } from './mapping';
import { acyclicOrder, dateOf, slugIds } from './to-graph-values';
import { shorten } from './text';

/** One input file: a GEXF, GraphML or JSON graph, or one of a CSV node list and edge list. */
export type MappedInput = { readonly file: string; readonly foreign: ForeignGraph };
/** Something left out or changed, with the file and its element or row. */
export type MapProblem = { readonly file: string; readonly where: string; readonly message: string };
export type MappedGraph = {
  readonly graph: GraphFile;
  readonly problems: readonly MapProblem[];
  /** Node ids of the graph file by node id in the input files (ids are made lower-case, spaces become "-"). */
  readonly ids: ReadonlyMap<string, string>;
};

/** Text a graph file can hold: invisible and control characters dropped, at most `max` characters. */
export function cleanText(s: string, max: number): string {
  let out = '';
  for (const ch of s) if (!invisibleCharacter(ch)) out += ch;
  out = out.trim();
  return shorten(out, max);
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string'
    ? v.trim() === ''
      ? undefined
      : v.trim()
    : typeof v === 'number' || typeof v === 'boolean'
      ? String(v)
      : undefined;

function kindOf<K extends string>(choice: NodeKindChoice | EdgeKindChoice, attrs: Attributes, own: readonly K[]): K | 'skip' | undefined {
  if (choice.from === 'constant') return choice.kind as K;
  const v = str(attrs.get(choice.column));
  if (v === undefined) return choice.otherwise as K | 'skip';
  const row = choice.values?.find(([from]) => from === v);
  if (row) return row[1] as K | 'skip';
  return own.includes(v as K) ? (v as K) : (choice.otherwise as K | 'skip');
}

const LIST = /\s*[;,+|]\s*/;

/** Applies `mapping` to the inputs (one graph file, or a CSV node list and edge list). Never throws. */
export function toGraphFile(inputs: readonly MappedInput[], mapping: GraphMapping): MappedGraph {
  const problems: MapProblem[] = [];
  const nodes: GraphNode[] = [];
  const byForeign = new Map<string, { id: string; kind: NodeKind }>();
  // An edge list alone declares its nodes by naming them (as Gephi's importer reads one); anywhere else, a node only an
  // edge names is not in the file, and its edges are listed.
  const edgesOnly = inputs.every((i) => i.foreign.format === 'CSV edge list');
  const declared = inputs.flatMap(({ file, foreign }) =>
    [...foreign.graph.nodes]
      .filter(([id]) => edgesOnly || !foreign.graph.implied?.has(id))
      .map(([id, attrs]) => ({ file, foreign, id, attrs })),
  );
  for (const { file, foreign } of inputs)
    for (const n of foreign.graph.notes ?? []) problems.push({ file, where: n.where, message: n.message });
  const ids = slugIds(declared.map((d) => d.id));
  const cite = (file: string, format: string, locator: string | undefined): Citation => ({
    kind: 'file',
    file: cleanText(file, LIMITS.name) || 'unnamed file',
    format,
    ...(locator ? { locator: cleanText(locator, LIMITS.name) } : {}),
  });
  const m = mapping.nodes;

  for (const { file, foreign, id: foreignId, attrs } of declared) {
    const where = foreign.graph.where?.get(foreignId) ?? `node ${JSON.stringify(foreignId)}`;
    const problem = (message: string) => problems.push({ file, where, message });
    if (byForeign.has(foreignId)) {
      problem(`node ${JSON.stringify(foreignId)} is in two files; the first is kept`);
      continue;
    }
    const kind = kindOf(m.kind, attrs, ['dataset', 'source', 'technique', 'model', 'reference'] as const);
    if (kind === 'skip' || kind === undefined) {
      problem('left out: the mapping skips nodes of this kind');
      continue;
    }
    const provenance = [cite(file, foreign.format, where)];
    const claim = <T>(value: T) => [{ value, provenance }];
    const id = ids.get(foreignId)!;
    const label = cleanText(str(m.label === undefined ? undefined : attrs.get(m.label)) ?? foreignId, LIMITS.label) || id;
    const field = (f: keyof typeof m) => {
      const col = m[f];
      return typeof col === 'string' ? attrs.get(col) : undefined;
    };
    const date =
      m.released === undefined ? undefined : dateOf(attrs, m.released, foreign.graph.timeformat, (msg) => problem(`release date: ${msg}`));
    const modality = str(field('modality'))?.toLowerCase().split(LIST).filter(Boolean);
    const modalities = modality && z.array(Modality).min(1).safeParse(modality);
    if (modality && !modalities?.success) problem(`modality "${modality.join(', ')}" is not text, image, point-cloud or video; left out`);
    const purpose = str(field('purpose'))?.toLowerCase();
    if (purpose !== undefined && !Purpose.safeParse(purpose).success)
      problem(`purpose "${purpose}" is not demonstration, comparison or generalist`);
    const generation = str(field('generation'))?.toLowerCase();
    if (generation !== undefined && !Generation.safeParse(generation).success)
      problem(`generation "${generation}" is not task-aggregation or instructgpt`);
    const homepage = str(field('homepage'));
    const license = str(field('license'));

    let node: unknown;
    let finalKind: NodeKind = kind;
    const base = { id, label, provenance };
    if (kind === 'reference') {
      problem('left out: a reference node needs a BibTeX entry, which the file does not give');
      continue;
    }
    const taxonomy =
      Purpose.safeParse(purpose).success && Generation.safeParse(generation).success && modalities?.success
        ? { purpose: Purpose.parse(purpose), modality: modalities.data, generation: Generation.parse(generation), provenance }
        : undefined;
    if (kind === 'dataset' && !taxonomy) {
      finalKind = 'source';
      problem('imported as a source: a dataset node needs a purpose, a modality and a generation (the survey taxonomy)');
    }
    const released = date ? { released: [{ value: date, provenance }] } : {};
    const page = homepage === undefined ? {} : { homepage: claim(homepage) };
    if (finalKind === 'dataset')
      node = {
        ...base,
        kind: 'dataset',
        taxonomy,
        ...released,
        ...page,
        ...(license ? { license: claim(cleanText(license, LIMITS.label)) } : {}),
      };
    else if (finalKind === 'source')
      node = {
        ...base,
        kind: 'source',
        ...(modalities?.success ? { modality: modalities.data } : {}),
        ...released,
        ...page,
        ...(license ? { license: claim(cleanText(license, LIMITS.label)) } : {}),
      };
    else if (finalKind === 'model') node = { ...base, kind: 'model', ...released };
    else node = { ...base, kind: 'technique' };
    const dropped = [
      date && finalKind === 'technique' ? 'release date' : '',
      license && finalKind !== 'dataset' && finalKind !== 'source' ? 'licence' : '',
      homepage && (finalKind === 'model' || finalKind === 'technique') ? 'homepage' : '',
    ].filter(Boolean);
    if (dropped.length) problem(`${dropped.join(' and ')} left out: a ${finalKind} node has none`);
    const parsed = GraphNode.safeParse(node);
    if (!parsed.success) {
      const first = parsed.error.issues[0]!;
      // A bad homepage costs the homepage, not the node.
      if (first.path[0] === 'homepage' && typeof node === 'object' && node) {
        problem(`homepage "${cleanText(homepage ?? '', 80)}" left out: ${first.message}`);
        const { homepage: _gone, ...rest } = node as Record<string, unknown>;
        const again = GraphNode.safeParse(rest);
        if (again.success) {
          nodes.push(again.data);
          byForeign.set(foreignId, { id, kind: again.data.kind });
          continue;
        }
      }
      problem(`left out: ${first.path.join('.')}: ${first.message}`);
      continue;
    }
    nodes.push(parsed.data);
    byForeign.set(foreignId, { id, kind: parsed.data.kind });
  }

  const edges = mapEdges(inputs, mapping, byForeign, cite, problems);
  const graph = GraphFile.parse({
    format: GRAPH_FORMAT,
    version: GRAPH_VERSION,
    title: cleanText(inputs.map((i) => i.file).join(' + '), LIMITS.name) || undefined,
    nodes,
    edges,
  });
  return { graph, problems, ids: new Map([...byForeign].map(([k, v]) => [k, v.id])) };
}

function mapEdges(
  inputs: readonly MappedInput[],
  mapping: GraphMapping,
  nodes: ReadonlyMap<string, { id: string; kind: NodeKind }>,
  cite: (file: string, format: string, locator: string | undefined) => Citation,
  problems: MapProblem[],
): GraphEdge[] {
  const out = new Map<string, GraphEdge>();
  const order: { edge: GraphEdge; file: string; where: string }[] = [];
  for (const { file, foreign } of inputs)
    foreign.graph.edges.forEach((e, i) => {
      const where = e.where ?? `edge ${i + 1}`;
      const problem = (message: string) => problems.push({ file, where, message });
      const kind = kindOf<EdgeKind>(mapping.edges.kind, e.attributes, EDGE_KINDS_LIST);
      if (kind === 'skip' || kind === undefined) return problem('left out: the mapping skips edges of this kind');
      const [s, t] = [nodes.get(e.source), nodes.get(e.target)];
      for (const [end, id, n] of [
        ['source', e.source, s],
        ['target', e.target, t],
      ] as const)
        if (!n) return problem(`left out: its ${end} ${JSON.stringify(id)} is not a node the file declares (or one left out above)`);
      if (s!.id === t!.id) return problem('left out: an edge may not join a node to itself');
      const rule = EDGE_RULES[kind];
      if (!rule.source.includes(s!.kind) || !rule.target.includes(t!.kind))
        return problem(`left out: a ${kind} edge joins ${rule.source.join('/')} to ${rule.target.join('/')}, not ${s!.kind} to ${t!.kind}`);
      const roleText = mapping.edges.role === undefined ? undefined : str(e.attributes.get(mapping.edges.role));
      const role = roleText === undefined ? undefined : EdgeRole.safeParse(roleText.toLowerCase());
      if (roleText !== undefined && !role?.success) problem(`role "${cleanText(roleText, 80)}" is not one the atlas knows; left out`);
      const edge: GraphEdge = {
        source: s!.id,
        kind,
        target: t!.id,
        ...(role?.success ? { role: role.data } : {}),
        provenance: [cite(file, foreign.format, where)],
      };
      const first = out.get(edgeId(edge));
      if (first) {
        // A repeated edge (parallel edges, a pair listed twice) is one fact the atlas cites from each place.
        first.provenance.push(edge.provenance[0]!);
        return problem(`repeats the ${kind} edge ${s!.id} → ${t!.id}: cited on that edge`);
      }
      out.set(edgeId(edge), edge);
      order.push({ edge, file, where });
    });
  const closing = acyclicOrder(
    order.map((o) => o.edge),
    ACYCLIC_EDGE_GROUPS,
  );
  for (const i of closing) {
    const o = order[i]!;
    problems.push({
      file: o.file,
      where: o.where,
      message: `left out: ${o.edge.source} ${o.edge.kind} ${o.edge.target} would close a cycle, and lineage has none`,
    });
  }
  return order.filter((_, i) => !closing.has(i)).map((o) => o.edge);
}

const EDGE_KINDS_LIST = Object.keys(EDGE_RULES) as EdgeKind[];
