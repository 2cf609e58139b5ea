// npm run figure: a figure (SVG, PNG, PDF) or a data export (GEXF, GraphML, CSV, Cytoscape.js JSON, BibTeX,
// LaTeX) of a view of the built-in graph, headless: no display, no browser.
//   npm run figure -- --view fig.view.json --format pdf --width 7.16in --out fig.pdf
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { toBibtex, toCsv, toCytoscapeJson, toGexf, toGraphml, toLatexTable } from '../../src/export';
import { documentHash, figureSvg, FigureOptions, labelsLeftOut, parseLength } from '../../src/figure';
import { layoutView, prepareLayout } from '../../src/layout';
import { type AtlasGraph, buildGraph } from '../../src/model/build';
import { FACET_KEYS, FacetKey } from '../../src/queries/facets';
import { formatIssue } from '../../src/schema/load';
import { defaultView, parseView, type ViewSpec } from '../../src/view/spec';
import { visibleElements } from '../../src/view/visible';
import { writeFileAtomic } from '../node/files';
import { svgToPdf, svgToPng } from '../node/figure-render';
import { loadGraphFolder } from '../node/graph-data';

const FIGURES = ['svg', 'png', 'pdf'] as const;
const DATA = ['gexf', 'graphml', 'csv', 'cyjs', 'bib', 'tex'] as const;
const FORMATS = [...FIGURES, ...DATA] as const;
const HELP = `Usage: npm run figure -- [options]
  --view FILE         a saved view (.view.json); default: the default view of the built-in graph
  --format F          figures: ${FIGURES.join(' | ')}; data: ${DATA.join(' | ')} (default: from --out's extension, else svg)
  --out FILE          where to write (default: figure.<format>; csv writes FILE.nodes.csv and FILE.edges.csv)
  --size S            single (3.5in) | double (7.16in) | custom (default single)
  --width L, --height L   lengths such as 3.5in, 89mm, 252pt (a width implies --size custom)
  --dpi N             150 | 300 | 600, for PNG (default 300)
  --theme T           print | light | dark (default print)
  --title T, --caption T, --no-legend, --transparent, --font-size PT
  --graph DIR         a folder of graph files (default: the built-in graph-data/)
  View flags override the view file: --era E, --from YYYY-MM, --to YYYY-MM, --layout L, --focus ID,
  --depth 1|2|all, --filtered hide|dim, --kinds a,b, --facet KEY=v1,v2 (repeatable; keys: ${FACET_KEYS.join(', ')})`;

class CliError extends Error {}

function fail(message: string): never {
  throw new CliError(message);
}

export async function main(argv: string[]): Promise<string> {
  const { values: a } = parseArgs({
    args: argv,
    strict: true,
    options: {
      view: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, size: { type: 'string' },
      width: { type: 'string' }, height: { type: 'string' }, dpi: { type: 'string' }, theme: { type: 'string' },
      title: { type: 'string' }, caption: { type: 'string' }, 'no-legend': { type: 'boolean' }, transparent: { type: 'boolean' },
      'font-size': { type: 'string' }, graph: { type: 'string' }, era: { type: 'string' }, from: { type: 'string' },
      to: { type: 'string' }, layout: { type: 'string' }, focus: { type: 'string' }, depth: { type: 'string' },
      filtered: { type: 'string' }, kinds: { type: 'string' }, facet: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (a.help) return HELP;

  let view: ViewSpec = defaultView();
  if (a.view) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(a.view, 'utf8'));
    } catch (e) {
      fail(`${a.view}: cannot read the view (${(e as Error).message})`);
    }
    const r = parseView(json);
    if (!r.ok) fail(`${a.view}: not a view:\n${r.message}`);
    view = r.view;
  }
  const facets = { ...view.filter.facets };
  for (const f of a.facet ?? []) {
    const [key, values] = f.split('=');
    const k = FacetKey.safeParse(key);
    if (!k.success || !values) fail(`--facet ${f}: write KEY=v1,v2 with KEY one of ${FACET_KEYS.join(', ')}`);
    facets[k.data] = values.split(',');
  }
  const merged = parseView({
    ...view,
    filter: { ...view.filter, era: a.era ?? view.filter.era, from: a.from ?? view.filter.from, to: a.to ?? view.filter.to, facets },
    layout: a.layout ?? view.layout,
    focus: a.focus ?? view.focus,
    depth: a.depth === undefined ? view.depth : a.depth === 'all' ? 'all' : Number(a.depth),
    filterMode: a.filtered ?? view.filterMode,
    kinds: a.kinds ? a.kinds.split(',') : view.kinds,
  });
  if (!merged.ok) fail(`the view flags are not valid:\n${merged.message}`);

  const length = (flag: string, text: string | undefined) => {
    if (text === undefined) return undefined;
    const r = parseLength(text);
    return r.ok ? r.inches : fail(`--${flag}: ${r.message}`);
  };
  const width = length('width', a.width);
  const options = FigureOptions.safeParse({
    size: a.size ?? (width !== undefined ? 'custom' : undefined),
    width,
    height: length('height', a.height),
    theme: a.theme,
    title: a.title,
    caption: a.caption,
    legend: !a['no-legend'],
    transparent: a.transparent ?? false,
    dpi: a.dpi === undefined ? undefined : Number(a.dpi),
    fontSize: a['font-size'] === undefined ? undefined : Number(a['font-size']),
  });
  if (!options.success) fail(`the figure options are not valid:\n${z.prettifyError(options.error)}`);

  const ext = a.out?.split('.').pop()?.toLowerCase();
  const format = a.format ?? (ext && (FORMATS as readonly string[]).includes(ext) ? ext : 'svg');
  if (!(FORMATS as readonly string[]).includes(format)) fail(`--format ${format}: expected one of ${FORMATS.join(', ')}`);
  const out = resolve(a.out ?? `figure.${format}`);

  const graphDir = a.graph ?? fileURLToPath(new URL('../../graph-data', import.meta.url));
  const loaded = await loadGraphFolder(graphDir);
  if (!loaded.ok) fail(`the graph could not be loaded:\n${loaded.issues.map(formatIssue).join('\n')}`);
  const graph = buildGraph(loaded.document);
  if (merged.view.focus && !graph.hasNode(merged.view.focus)) fail(`--focus ${merged.view.focus}: no such node in the graph`);
  const hash = documentHash(loaded.document);
  await prepareLayout(merged.view.layout);
  const files = await render(format as (typeof FORMATS)[number], graph, hash, merged.view, options.data, out);
  for (const [path, bytes] of files) await writeFileAtomic(path, bytes);
  return files.map(([path, bytes]) => `wrote ${path} (${format}, ${bytes.length} bytes)`).join('\n');
}

async function render(
  format: (typeof FORMATS)[number],
  graph: AtlasGraph,
  hash: string,
  view: ViewSpec,
  options: FigureOptions,
  out: string,
): Promise<[string, Buffer][]> {
  const utf8 = (s: string) => Buffer.from(s, 'utf8');
  if (format === 'svg' || format === 'png' || format === 'pdf') {
    const svg = figureSvg(graph, hash, view, options);
    const leftOut = labelsLeftOut(svg);
    if (leftOut.length) console.warn(`${leftOut.length} label(s) did not fit and were left out (${leftOut.join(', ')}): try --size double, a larger --height, or a narrower filter.`);
    if (format === 'svg') return [[out, utf8(svg)]];
    if (format === 'png') return [[out, svgToPng(svg, options)]];
    const pdf = await svgToPdf(svg, { title: options.title ?? 'Lineage Atlas figure', subject: `Lineage Atlas view; data ${hash}`, keywords: JSON.stringify(view) });
    return [[out, pdf]];
  }
  const visible = visibleElements(graph, view);
  const positions = () => layoutView(graph, graph.filterNodes((_id, n) => view.kinds.includes(n.kind)), view.layout).positions;
  switch (format) {
    case 'gexf':
      return [[out, utf8(toGexf(graph, visible, positions()))]];
    case 'graphml':
      return [[out, utf8(toGraphml(graph, visible))]];
    case 'cyjs':
      return [[out, utf8(toCytoscapeJson(graph, visible, positions()))]];
    case 'bib':
      return [[out, utf8(toBibtex(graph, visible))]];
    case 'tex':
      return [[out, utf8(toLatexTable(graph, visible))]];
    case 'csv': {
      const { nodes, edges } = toCsv(graph, visible);
      const base = out.replace(/\.csv$/i, '');
      return [[`${base}.nodes.csv`, utf8(nodes)], [`${base}.edges.csv`, utf8(edges)]];
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (msg) => console.log(msg),
    (e: unknown) => {
      console.error(e instanceof CliError || e instanceof TypeError ? `figure: ${(e as Error).message}` : e);
      process.exit(2);
    },
  );
}
