// export/formats: the view's data as GEXF, GraphML, CSV, Cytoscape.js JSON, BibTeX and a LaTeX table.
import { MultiDirectedGraph } from 'graphology';
import writeGexf from 'graphology-gexf/common/writer.js';
import Papa from 'papaparse';
import type { Positions } from '../layout/types';
import type { AtlasGraph } from '../model/build';
import type { DatasetNode } from '../schema/nodes';
import { oneBibtexEntry } from '../schema/text';
import { GENERATION_NAME } from '../style/palette';
import { EDGE_COLUMNS, exportedIds, type Flat, flatEdge, flatNode, NODE_COLUMNS, NUMERIC_COLUMNS } from './flat';

type Subset = { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> };

/**
 * Text XML 1.0 can carry: characters it cannot hold at all (C0 controls but tab and line breaks, lone
 * surrogates, U+FFFE, U+FFFF) become U+FFFD. The schema refuses them; this keeps an export well-formed even
 * for a graph that did not come through it.
 */
export const xmlText = (s: string): string =>
  s.replace(
    // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
/** Escaped for element content and attribute values alike (tab and line breaks kept through attribute normalisation). */
const xml = (s: string) => xmlText(s).replace(/[&<>"'\t\n\r]/g, (c) => XML_ESCAPES[c]!);
const xmlFlat = (f: Flat): Flat => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, typeof v === 'string' ? xmlText(v) : v]));

/** GEXF 1.3 (graphology-gexf), with positions as viz coordinates: Gephi and networkx read it back. */
export function toGexf(graph: AtlasGraph, visible: Subset, positions: Positions = {}): string {
  const { nodes, edges } = exportedIds(graph, visible);
  const g = new MultiDirectedGraph<Flat, Flat>();
  for (const id of nodes) g.addNode(id, xmlFlat(flatNode(graph.getNodeAttributes(id))));
  for (const e of edges) g.addEdgeWithKey(e, graph.source(e), graph.target(e), xmlFlat(flatEdge(graph.getEdgeAttributes(e))));
  return writeGexf(g, {
    version: '1.3',
    formatNode: (key, a) => {
      const { label, ...attributes } = a;
      const p = positions[key];
      return { label: String(label), attributes, ...(p ? { viz: { x: p.x, y: -p.y } } : {}) };
    },
    formatEdge: (_key, a) => ({ label: String(a.kind), attributes: a }),
  });
}

/** GraphML with typed keys for every column used (graphology-graphml only reads, so this is ours). */
export function toGraphml(graph: AtlasGraph, visible: Subset): string {
  const { nodes, edges } = exportedIds(graph, visible);
  const nodeRows = nodes.map((id) => [id, flatNode(graph.getNodeAttributes(id))] as const);
  const edgeRows = edges.map((e) => [e, flatEdge(graph.getEdgeAttributes(e))] as const);
  const used = (cols: readonly string[], rows: readonly (readonly [string, Flat])[]) => cols.filter((c) => rows.some(([, f]) => c in f));
  const nodeCols = used(NODE_COLUMNS, nodeRows);
  const edgeCols = used(EDGE_COLUMNS, edgeRows);
  const key = (scope: 'node' | 'edge', c: string) =>
    `  <key id="${scope[0]}_${c}" for="${scope}" attr.name="${c}" attr.type="${NUMERIC_COLUMNS.has(c) ? 'double' : 'string'}"/>`;
  const data = (scope: 'node' | 'edge', f: Flat) =>
    Object.entries(f)
      .map(([c, v]) => `<data key="${scope[0]}_${c}">${xml(String(v))}</data>`)
      .join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeCols.map((c) => key('node', c)),
    ...edgeCols.map((c) => key('edge', c)),
    '  <graph id="lineage-atlas" edgedefault="directed">',
    ...nodeRows.map(([id, f]) => `    <node id="${xml(id)}">${data('node', f)}</node>`),
    ...edgeRows.map(
      ([e, f]) => `    <edge id="${xml(e)}" source="${xml(graph.source(e))}" target="${xml(graph.target(e))}">${data('edge', f)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe
 * (OWASP's advice; papaparse's own pattern misses such a cell when it holds a line break).
 */
export const FORMULA_START = /^[=+\-@\t\r]/;
const csv = (header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]) =>
  Papa.unparse(
    { fields: [...header], data: rows.map((r) => r.map((v) => (v === undefined ? '' : v))) },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  ) + '\r\n';

/** RFC 4180 CSV (CRLF) written by papaparse: a node list and an edge list, as Gephi's and sigma.js's importers take them. */
export function toCsv(graph: AtlasGraph, visible: Subset): { nodes: string; edges: string } {
  const { nodes, edges } = exportedIds(graph, visible);
  return {
    nodes: csv(
      ['id', ...NODE_COLUMNS],
      nodes.map((id) => {
        const f = flatNode(graph.getNodeAttributes(id));
        return [id, ...NODE_COLUMNS.map((c) => f[c])];
      }),
    ),
    edges: csv(
      ['source', 'target', ...EDGE_COLUMNS],
      edges.map((e) => {
        const f = flatEdge(graph.getEdgeAttributes(e));
        return [graph.source(e), graph.target(e), ...EDGE_COLUMNS.map((c) => f[c])];
      }),
    ),
  };
}

/** Cytoscape.js JSON (`elements.nodes`/`elements.edges`, with positions), as Cytoscape desktop imports it. */
export function toCytoscapeJson(graph: AtlasGraph, visible: Subset, positions: Positions = {}): string {
  const { nodes, edges } = exportedIds(graph, visible);
  return `${JSON.stringify(
    {
      format_version: '1.0',
      generated_by: 'Lineage Atlas',
      target_cytoscapejs_version: '~3.0',
      data: { name: 'Lineage Atlas view' },
      elements: {
        nodes: nodes.map((id) => ({
          data: { id, name: graph.getNodeAttribute(id, 'label'), ...flatNode(graph.getNodeAttributes(id)) },
          ...(positions[id] ? { position: { ...positions[id] } } : {}),
        })),
        edges: edges.map((e) => ({
          data: { id: e, source: graph.source(e), target: graph.target(e), ...flatEdge(graph.getEdgeAttributes(e)) },
        })),
      },
    },
    null,
    2,
  )}\n`;
}

/** The references behind the datasets shown (their described-in edges), each BibTeX entry once, by key. */
export function referencesOf(graph: AtlasGraph, datasetIds: Iterable<string>): string[] {
  const refs = new Set<string>();
  for (const id of datasetIds)
    graph.forEachOutEdge(id, (_e, a, _s, t) => {
      if (a.kind === 'described-in') refs.add(t);
    });
  return [...refs].sort((a, b) => citeKeyOf(graph, a).localeCompare(citeKeyOf(graph, b)));
}

const citeKeyOf = (graph: AtlasGraph, id: string): string => {
  const n = graph.getNodeAttributes(id);
  return n.kind === 'reference' ? n.citeKey : id;
};

/** Each reference's entry once; a field that is not exactly one entry (the schema refuses it) is left out, never split into several. */
export function toBibtex(graph: AtlasGraph, visible: Subset): string {
  const datasets = [...visible.nodes].filter((id) => graph.getNodeAttribute(id, 'kind') === 'dataset');
  return referencesOf(graph, datasets)
    .map((id) => {
      const n = graph.getNodeAttributes(id);
      return n.kind === 'reference' && oneBibtexEntry(n.bibtex) === null ? n.bibtex.trim() : '';
    })
    .filter(Boolean)
    .join('\n\n')
    .concat('\n');
}

const TEX_SPECIAL: Record<string, string> = {
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '{': '\\{',
  '}': '\\}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '\\': '\\textbackslash{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
  '"': '\\textquotedbl{}',
};
/**
 * Text escaped for LaTeX (T1 encoding, which the table's header asks for: in OT1 "<" prints as "¡").
 * Controls, zero-width and bidi characters, which break or silently reorder a LaTeX run, are dropped;
 * line breaks become spaces.
 */
export const tex = (s: string): string =>
  s
    .replace(
      // eslint-disable-next-line no-control-regex -- stripping control and invisible characters is the point
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '',
    )
    .replace(/[\t\n\r]+/g, ' ')
    .replace(/[&%$#_{}~^\\<>|"]/g, (c) => TEX_SPECIAL[c]!);

/** A booktabs table of the datasets shown, with the survey's facets and \cite keys. */
export function toLatexTable(graph: AtlasGraph, visible: Subset): string {
  const datasets = [...visible.nodes]
    .map((id) => graph.getNodeAttributes(id))
    .filter((n): n is DatasetNode => n.kind === 'dataset')
    .sort((a, b) => (a.released?.[0]?.value ?? '9999').localeCompare(b.released?.[0]?.value ?? '9999') || a.label.localeCompare(b.label));
  const row = (d: DatasetNode) => {
    const keys = referencesOf(graph, [d.id]).map((r) => citeKeyOf(graph, r));
    return [
      tex(d.label) + (keys.length ? `~\\cite{${keys.join(',')}}` : ''),
      d.released?.[0]?.value.slice(0, 7) ?? '--',
      d.taxonomy.generation ? GENERATION_NAME[d.taxonomy.generation].short : '--',
      d.taxonomy.purpose,
      d.taxonomy.modality.join('+'),
      d.table1?.constructionMethod ?? '--',
      d.table1?.group?.join(', ') ?? '--',
    ].join(' & ');
  };
  return [
    '% Generated by Lineage Atlas. Needs \\usepackage[T1]{fontenc} and \\usepackage{booktabs} in the preamble.',
    '\\begin{tabular}{lllllll}',
    '\\toprule',
    'Dataset & Released & Generation & Purpose & Modality & Method & Group \\\\',
    '\\midrule',
    ...datasets.map((d) => `${row(d)} \\\\`),
    '\\bottomrule',
    '\\end{tabular}',
    '',
  ].join('\n');
}
