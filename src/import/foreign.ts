// import/foreign: recognise graph files written by other tools (Gephi, networkx, igraph, Cytoscape,
// graphology, sigma.js), read them with their own parsers, and say plainly why the atlas cannot show
// them: their nodes have no kind (dataset, technique, ...) and their facts no source, and the atlas
// invents neither.
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import Papa from 'papaparse';
import { type ForeignFormat, isObject, type Json, jsonOf, sniffForeign } from './sniff';

export { FOREIGN_FORMATS, type ForeignFormat, sniffForeign } from './sniff';

/** A foreign graph as read: its format, who wrote it where the file says, and its size. */
export type ForeignGraph = {
  readonly format: ForeignFormat;
  readonly writer?: string | undefined;
  readonly graph: MultiGraph;
};

export type Recognised = { readonly ok: true; readonly foreign: ForeignGraph } | { readonly ok: false; readonly format: ForeignFormat; readonly message: string };

/**
 * Read a foreign graph with its format's parser. Never throws: a file that cannot be read says why.
 * `json` is the text already parsed, where the caller has parsed it (the text is then parsed once).
 */
export function readForeign(name: string, text: string, json: unknown = jsonOf(text)): Recognised | null {
  const format = sniffForeign(name, text, json);
  if (!format) return null;
  try {
    return { ok: true, foreign: { format, writer: writerOf(format, text), graph: parse(format, text, json) } };
  } catch (e) {
    return { ok: false, format, message: `looks like ${format} but cannot be read (${(e as Error).message})` };
  }
}

function parse(format: ForeignFormat, text: string, json: unknown): MultiGraph {
  switch (format) {
    case 'GEXF':
      return parseGexf(MultiGraph, text, { addMissingNodes: true });
    case 'GraphML':
      return parseGraphml(MultiGraph, text, { addMissingNodes: true });
    case 'graphology JSON': {
      const g = new MultiGraph();
      g.import(json as Parameters<MultiGraph['import']>[0]);
      return g;
    }
    case 'Cytoscape.js JSON':
      return fromCytoscape(json as Json);
    case 'CSV node list':
    case 'CSV edge list':
      return fromCsv(format, text);
  }
}

/** Cytoscape.js JSON: `elements` as an array or as `{ nodes, edges }`; repeated pairs stay separate edges. */
function fromCytoscape(json: Json): MultiGraph {
  const g = new MultiGraph();
  const els = json.elements;
  const list = Array.isArray(els) ? els : isObject(els) ? [...asArray(els.nodes), ...asArray(els.edges)] : [];
  const data = (el: unknown): Json => (isObject(el) && isObject(el.data) ? el.data : {});
  for (const el of list) {
    const d = data(el);
    if (d.source === undefined && d.id !== undefined) g.mergeNode(String(d.id), { ...d, ...(isObject(el) && isObject(el.position) ? el.position : {}) });
  }
  for (const el of list) {
    const d = data(el);
    if (d.source === undefined || d.target === undefined) continue;
    const [s, t] = [String(d.source), String(d.target)];
    for (const n of [s, t]) if (!g.hasNode(n)) g.addNode(n);
    if (d.id !== undefined && !g.hasEdge(String(d.id))) g.addEdgeWithKey(String(d.id), s, t, d);
    else g.addEdge(s, t, d);
  }
  return g;
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function fromCsv(format: ForeignFormat, text: string): MultiGraph {
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim() });
  if (rows.errors.length > 0) throw new Error(`row ${(rows.errors[0]!.row ?? 0) + 2}: ${rows.errors[0]!.message}`);
  const g = new MultiGraph();
  const col = (r: Record<string, string>, name: string) => r[Object.keys(r).find((k) => k.toLowerCase() === name) ?? ''];
  for (const r of rows.data) {
    if (format === 'CSV node list') {
      const id = col(r, 'id') ?? col(r, 'key');
      if (id) g.mergeNode(id, r);
    } else {
      const [s, t] = [col(r, 'source'), col(r, 'target')];
      if (!s || !t) continue;
      g.mergeNode(s);
      g.mergeNode(t);
      g.addEdge(s, t, r);
    }
  }
  return g;
}

function writerOf(format: ForeignFormat, text: string): string | undefined {
  if (format === 'GEXF') {
    const creator = /<creator>([^<]*)<\/creator>/.exec(text)?.[1]?.trim();
    return creator || undefined;
  }
  if (format === 'graphology JSON') return /"creator"\s*:\s*"([^"]*)"/.exec(text.slice(0, 2000))?.[1];
  if (format === 'Cytoscape.js JSON') {
    const v = /"generated_by"\s*:\s*"([^"]*)"/.exec(text)?.[1] ?? /"format_version"\s*:\s*"([^"]*)"/.exec(text)?.[1];
    return v;
  }
  return undefined;
}

/** The one message a person sees when they open a foreign graph (the file's name is shown beside it). */
export function foreignGraphMessage(f: ForeignGraph): string {
  const size = `${f.graph.order} node${f.graph.order === 1 ? '' : 's'}, ${f.graph.size} edge${f.graph.size === 1 ? '' : 's'}`;
  return (
    `a ${f.format} graph (${size}${f.writer ? `, written by ${f.writer}` : ''}), not a Lineage Atlas graph. ` +
    'Its nodes have no kind (dataset, technique, source, model, reference) and its facts no sources, and the atlas does not invent them. ' +
    'Open a lineage-atlas/graph file (README: "How to add a dataset"); the atlas writes GEXF, GraphML, CSV and Cytoscape.js JSON for other tools (Export data…).'
  );
}
