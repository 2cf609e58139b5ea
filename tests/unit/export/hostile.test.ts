// Hostile content stays inert and every export stays well-formed (issue 17): a graph holding markup,
// javascript: URLs, formula prefixes, LaTeX specials, and (bypassing the schema) control and bidi characters
// goes through every export, and each output is parsed back by a real parser: fast-xml-parser and xmldom for
// GEXF and GraphML, papaparse for CSV, JSON.parse, @retorquere/bibtex-parser for BibTeX, latex-utensils for LaTeX.
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { XMLValidator } from 'fast-xml-parser';
import { latexParser } from 'latex-utensils';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FORMULA_START, toBibtex, toCsv, toCytoscapeJson, toGexf, toGraphml, toLatexTable } from '../../../src/export';
import { readForeign } from '../../../src/import/foreign';
import { type AtlasGraph, buildGraph } from '../../../src/model/build';
import type { GraphFile } from '../../../src/schema/document';
import { loadGraph } from '../../../src/import/load';
import type { GraphNode } from '../../../src/schema/nodes';

const survey = [{ kind: 'survey' as const, locator: 'Table 1' }];
const LABELS = [
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example","click")',
  '+1+2',
  '-2+3',
  '@SUM(A1:A2)',
  '50% of A&B_c {x} ~^\\ $y$ #1 <b>|"</b>',
  "javascript:alert('x')",
  ']]><!-- &amp; \'"',
  '\\end{tabular} \\input{/etc/passwd}',
];
const dataset = (id: string, label: string, extra: Partial<Extract<GraphNode, { kind: 'dataset' }>> = {}): GraphNode => ({
  id,
  kind: 'dataset',
  label,
  provenance: survey,
  taxonomy: { purpose: 'demonstration', modality: ['text'], generation: 'instructgpt', provenance: survey },
  ...extra,
});

function hostileFile(): GraphFile {
  const nodes: GraphNode[] = LABELS.map((label, i) =>
    dataset(`d${i}`, label, {
      description: `${label}\nsecond line, <i>markup</i> & "quotes"`,
      license: [{ value: label, provenance: survey }],
      homepage: [{ value: `https://example.org/?q=<b>&x="${i}"`, provenance: survey }],
    }),
  );
  nodes.push({
    id: 'ref-evil',
    kind: 'reference',
    label: 'A & B <i>',
    citeKey: 'evil2024',
    bibtex: '@misc{evil2024,\n  title = {{A} \\& B: 50\\% of {<i>} and @misc inside},\n  note = {=cmd}\n}',
    provenance: survey,
  });
  return {
    format: 'lineage-atlas/graph',
    version: 1,
    nodes,
    edges: [
      { source: 'd1', kind: 'derived-from', target: 'd0', note: '=1+1\n@x', provenance: survey },
      { source: 'd0', kind: 'described-in', target: 'ref-evil', provenance: survey },
    ],
  };
}

function loaded(file: GraphFile): AtlasGraph {
  const r = loadGraph([{ file: 'hostile.json', text: JSON.stringify(file) }]);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return buildGraph(r.document);
}

/** A graph that did not come through the schema: controls, bidi marks, lone surrogates, U+FFFE. */
function raw(): AtlasGraph {
  const f = hostileFile();
  const evil = [
    '\u0000\u0001\u0008\u000b\u000c\u001b',
    '\u202e\u2066\u200b\u200d\ufeff',
    '\ud800 and \udc00',
    '\ufffe\uffff',
    'tab\tcr\rlf\n',
  ];
  f.nodes = f.nodes.map((n, i) => ({ ...n, label: `${n.label}${evil[i % evil.length]}` }));
  return buildGraph({ nodes: f.nodes, edges: f.edges, files: ['raw'] });
}

const everything = (g: AtlasGraph) => ({ nodes: new Set(g.nodes()), edges: new Set(g.edges()) });
const labelsOf = (g: AtlasGraph) => g.mapNodes((_id, a) => a.label);

function checkXml(name: string, text: string, g: AtlasGraph, exact: boolean) {
  expect(XMLValidator.validate(text), name).toBe(true);
  const r = readForeign(name, text);
  if (!r?.ok) throw new Error(`${name}: ${r ? r.message : 'not recognised'}`);
  expect(r.foreign.graph.order).toBe(g.order);
  expect(r.foreign.graph.size).toBe(g.size);
  const back = [...r.foreign.graph.nodes.values()].map((a) => a.get('label'));
  if (exact) expect(back.sort()).toEqual(labelsOf(g).sort());
}

function checkCsv(text: string, column: string, expected: readonly string[]) {
  const p = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(p.errors).toEqual([]);
  const cells = p.data.map((r) => r[column]!);
  expect(cells.sort()).toEqual(expected.map((v) => (FORMULA_START.test(v) ? `'${v}` : v)).sort());
  for (const c of cells) expect(c).not.toMatch(FORMULA_START);
}

function checkLatex(text: string, rows: number) {
  const ast = latexParser.parse(text);
  const table = ast.content.find((n) => n.kind === 'env' && n.name === 'tabular');
  if (!table || table.kind !== 'env') throw new Error('no tabular');
  // Each row has 7 cells: 6 alignment tabs between its line breaks, whatever the labels hold.
  const tabsPerRow: number[] = [0];
  for (const n of table.content) {
    if (n.kind === 'alignmentTab') tabsPerRow[tabsPerRow.length - 1]!++;
    if (n.kind === 'linebreak') tabsPerRow.push(0);
  }
  expect(tabsPerRow.slice(0, -1)).toEqual(Array(rows + 1).fill(6));
  expect(text).toContain('\\usepackage[T1]{fontenc}');
  const commands = new Set<string>();
  const walk = (nodes: readonly { kind: string; name?: string; content?: unknown; args?: unknown }[]) => {
    for (const n of nodes) {
      if (n.kind === 'command' && n.name) commands.add(n.name);
      if (Array.isArray(n.content)) walk(n.content as never);
      if (Array.isArray(n.args)) for (const a of n.args as { content?: unknown }[]) if (Array.isArray(a.content)) walk(a.content as never);
    }
  };
  walk(table.content as never);
  // Only the commands the exporter writes: no \end, \input or \write smuggled in by a label.
  for (const c of commands)
    expect([
      'toprule',
      'midrule',
      'bottomrule',
      'cite',
      '&',
      '%',
      '$',
      '#',
      '_',
      '{',
      '}',
      'textasciitilde',
      'textasciicircum',
      'textbackslash',
      'textless',
      'textgreater',
      'textbar',
      'textquotedbl',
    ]).toContain(c);
}

describe('export: hostile content through every export', () => {
  const g = loaded(hostileFile());
  const all = everything(g);

  it('the hostile graph passes the schema (nothing in it is refused)', () => {
    expect(g.order).toBe(LABELS.length + 1);
  });
  it('GEXF and GraphML are well-formed and read back to the same labels', () => {
    checkXml('x.gexf', toGexf(g, all), g, true);
    checkXml('x.graphml', toGraphml(g, all), g, true);
  });
  it('CSV is parsed back by papaparse; formula cells are neutralised with an apostrophe', () => {
    const { nodes, edges } = toCsv(g, all);
    checkCsv(nodes, 'label', labelsOf(g));
    checkCsv(nodes, 'license', [...LABELS, '']); // the reference has no license
    checkCsv(edges, 'note', ['=1+1\n@x', '']);
  });
  it('Cytoscape.js JSON keeps every label exactly', () => {
    const cy = JSON.parse(toCytoscapeJson(g, all)) as { elements: { nodes: { data: { label: string } }[] } };
    expect(cy.elements.nodes.map((n) => n.data.label).sort()).toEqual(labelsOf(g).sort());
  });
  it('BibTeX holds exactly the one entry, parsed without errors', () => {
    const lib = parseBibtex(toBibtex(g, all));
    expect(lib.errors).toEqual([]);
    expect(lib.entries.map((e) => e.key)).toEqual(['evil2024']);
  });
  it('the LaTeX table parses with seven cells in every row and only its own commands', () => {
    checkLatex(toLatexTable(g, all), LABELS.length);
  });
});

describe('export: a graph that bypassed the schema still exports well-formed', () => {
  const g = raw();
  const all = everything(g);
  it('GEXF and GraphML replace what XML cannot hold with U+FFFD and stay well-formed', () => {
    const gexf = toGexf(g, all);
    const graphml = toGraphml(g, all);
    checkXml('x.gexf', gexf, g, false);
    checkXml('x.graphml', graphml, g, false);
    expect(graphml).toContain('\ufffd');
  });
  it('CSV stays parseable and LaTeX drops controls, bidi and zero-width characters', () => {
    const { nodes } = toCsv(g, all);
    expect(Papa.parse(nodes, { header: true, skipEmptyLines: true }).data).toHaveLength(g.order);
    const table = toLatexTable(g, all);
    // eslint-disable-next-line no-control-regex
    expect(table).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff\ufffe\uffff]/);
    checkLatex(table, LABELS.length);
  });
  it('a bibtex field carrying two entries is not exported as two', () => {
    const f = hostileFile();
    const ref = f.nodes.find((n) => n.kind === 'reference')!;
    if (ref.kind === 'reference') ref.bibtex = '@misc{evil2024, title = {x}}\n@misc{smuggled, title = {y}}';
    const g2 = buildGraph({ nodes: f.nodes, edges: f.edges, files: ['raw'] });
    const lib = parseBibtex(toBibtex(g2, everything(g2)));
    expect(lib.entries.map((e) => e.key)).not.toContain('smuggled');
  });
});
