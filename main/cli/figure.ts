// npm run figure: a figure (SVG, PNG, PDF) or a data export (GEXF, GraphML, CSV, Cytoscape.js JSON, BibTeX,
// LaTeX) of a view of the built-in graph, headless: no display, no browser.
//   npm run figure -- --view fig.view.json --format pdf --width 7.16in --out fig.pdf
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DATA_FORMATS, dataFiles, isDataFormat } from '../../src/export';
import { composeFigure, documentHash, FigureOptions, parseLength } from '../../src/figure';
import { prepareLayout } from '../../src/layout';
import { type AtlasGraph, buildGraph } from '../../src/model/build';
import { addLayer, type LayeredDocument, layerKindOf, surveyLayer, withLayers } from '../../src/model/layers';
import { parseGraphFile } from '../../src/schema/read';
import type { GraphDocument } from '../../src/schema/document';
import { FACET_KEYS, FacetKey } from '../../src/queries/facets';
import { formatIssue } from '../../src/import/load';
import { sceneOf } from '../../src/view/scene';
import { parseViewText } from '../../src/view/file';
import { defaultView, parseView, type ViewSpec } from '../../src/view/spec';
import { readGraphFile, readTextFile, VIEW_FILE, writeFileAtomic } from '../node/files';
import { svgToPdf, svgToPng } from '../node/figure-render';
import { loadGraphFolder } from '../node/graph-data';

const FIGURES = ['svg', 'png', 'pdf'] as const;
const DATA = Object.keys(DATA_FORMATS);
const FORMATS = [...FIGURES, ...DATA];
const HELP = `Usage: npm run figure -- [options]
  --view FILE         a saved view (.view.json); default: the default view of the built-in graph
  --format F          figures: ${FIGURES.join(' | ')}; data: ${DATA.join(' | ')} (default: from --out's extension, else svg)
  --out FILE          where to write (default: figure.<format>; csv writes FILE.nodes.csv and FILE.edges.csv)
  --size S            single (3.5in) | double (7.16in) | custom (default single)
  --width L, --height L   lengths such as 3.5in, 89mm, 252pt (a width implies --size custom)
  --dpi N             150 | 300 | 600, for PNG (default 300)
  --theme T           print | light | dark (default print)
  --title T, --caption T, --no-legend, --transparent, --font-size PT
  --colour-by C       kind | licence: datasets by commercial use along their lineage, with its legend (default: the view's, else kind)
  --allow-missing-labels   write a figure even when some labels find no room (it is refused otherwise)
  --graph DIR         a folder of graph files (default: the built-in graph-data/)
  --layer FILE        a graph file (an import: npm run import) added as a layer beside the graph, as the app does (repeatable)
  View flags override the view file: --era E, --from YYYY-MM, --to YYYY-MM, --layout L, --focus ID,
  --depth 1|2|all, --direction both|ancestors|descendants|family, --trace FROM,TO, --select a,b,
  --context hide|dim, --filtered hide|dim, --kinds a,b, --facet KEY=v1,v2 (repeatable; keys: ${FACET_KEYS.join(', ')})`;

class CliError extends Error {}

function fail(message: string): never {
  throw new CliError(message);
}

/** The graph with each --layer file added beside it, as the app's "Add catalogue…" adds them (model/layers). */
async function withLayerFiles(doc: GraphDocument, paths: readonly string[]): Promise<LayeredDocument> {
  let layered = surveyLayer(doc);
  for (const path of paths) {
    const read = await readGraphFile(resolve(path));
    if (!read.ok) fail(`--layer ${path}: ${read.message}`);
    const r = parseGraphFile({ file: read.value.name, text: read.value.text });
    if (!r.ok) fail(`--layer ${path}:\n${r.issues.slice(0, 20).map(formatIssue).join('\n')}`);
    layered = addLayer(layered, r.file, read.value.name, layerKindOf(r.file));
  }
  return layered;
}

export async function main(argv: string[]): Promise<string> {
  const { values: a } = parseArgs({
    args: argv,
    strict: true,
    options: {
      view: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      size: { type: 'string' },
      width: { type: 'string' },
      height: { type: 'string' },
      dpi: { type: 'string' },
      theme: { type: 'string' },
      title: { type: 'string' },
      caption: { type: 'string' },
      'no-legend': { type: 'boolean' },
      transparent: { type: 'boolean' },
      'font-size': { type: 'string' },
      'colour-by': { type: 'string' },
      graph: { type: 'string' },
      layer: { type: 'string', multiple: true },
      era: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      layout: { type: 'string' },
      focus: { type: 'string' },
      depth: { type: 'string' },
      filtered: { type: 'string' },
      kinds: { type: 'string' },
      facet: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
      direction: { type: 'string' },
      trace: { type: 'string' },
      select: { type: 'string' },
      context: { type: 'string' },
      'allow-missing-labels': { type: 'boolean' },
    },
  });
  if (a.help) return HELP;

  let view: ViewSpec = defaultView();
  if (a.view) {
    const text = await readTextFile(a.view, VIEW_FILE); // decoded like every file read: a BOM skipped, UTF-16 and invalid UTF-8 named
    if (!text.ok) fail(text.message);
    const r = parseViewText(a.view, text.value);
    if (!r.ok) fail(r.message);
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
    direction: a.direction ?? view.direction,
    trace: a.trace ? { from: a.trace.split(',')[0], to: a.trace.split(',')[1] } : view.trace,
    selection: a.select ? a.select.split(',') : view.selection,
    context: a.context ?? view.context,
    filterMode: a.filtered ?? view.filterMode,
    kinds: a.kinds ? a.kinds.split(',') : view.kinds,
    colourBy: a['colour-by'] ?? view.colourBy,
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
    colourBy: merged.view.colourBy,
  });
  if (!options.success) fail(`the figure options are not valid:\n${z.prettifyError(options.error)}`);

  const ext = a.out?.split('.').pop()?.toLowerCase();
  const format = a.format ?? (ext && FORMATS.includes(ext) ? ext : 'svg');
  if (!FORMATS.includes(format)) fail(`--format ${format}: expected one of ${FORMATS.join(', ')}`);
  const out = resolve(a.out ?? `figure.${format}`);

  const graphDir = a.graph ?? fileURLToPath(new URL('../../graph-data', import.meta.url));
  const loaded = await loadGraphFolder(graphDir);
  if (!loaded.ok) fail(`the graph could not be loaded:\n${loaded.issues.map(formatIssue).join('\n')}`);
  const layered = await withLayerFiles(loaded.document, a.layer ?? []);
  const graph = withLayers(buildGraph(layered.document), layered);
  if (merged.view.focus && !graph.hasNode(merged.view.focus)) fail(`--focus ${merged.view.focus}: no such node in the graph`);
  const hash = documentHash(layered.document);
  await prepareLayout(merged.view.layout);
  const files = await render(format, graph, hash, merged.view, options.data, out, a['allow-missing-labels'] === true);
  for (const [path, bytes] of files) await writeFileAtomic(path, bytes);
  const notes = layered.issues.map((i) => `layer: ${i}`);
  return [...notes, ...files.map(([path, bytes]) => `wrote ${path} (${format}, ${bytes.length} bytes)`)].join('\n');
}

async function render(
  format: string,
  graph: AtlasGraph,
  hash: string,
  view: ViewSpec,
  options: FigureOptions,
  out: string,
  allowMissing: boolean,
): Promise<[string, Buffer][]> {
  const utf8 = (s: string) => Buffer.from(s, 'utf8');
  const scene = sceneOf(graph, view);
  if (scene.status.problem) fail(`the view cannot be shown: ${scene.status.subject ?? ''}: ${scene.status.problem}`);
  if (isDataFormat(format)) {
    // CSV writes OUT.nodes.csv and OUT.edges.csv; every other format the one file named.
    return dataFiles(format, graph, scene, out.replace(/\.csv$/i, '')).map(([name, text]) => [format === 'csv' ? name : out, utf8(text)]);
  }
  const figure = composeFigure(graph, scene, options, { dataHash: hash });
  if (figure.refusal) fail(figure.refusal);
  if (figure.labelsLeftOut.length) {
    const names = figure.labelsLeftOut.map((id) => graph.getNodeAttribute(id, 'label'));
    const shown = names.length > 12 ? `${names.slice(0, 12).join(', ')} and ${names.length - 12} more` : names.join(', ');
    if (!allowMissing) fail(`${figure.advice} Without labels: ${shown}. (--allow-missing-labels writes it anyway.)`);
    console.warn(`${figure.labelsLeftOut.length} label(s) left out for room: ${shown}`);
  }
  if (format === 'svg') return [[out, utf8(figure.svg)]];
  if (format === 'png') return [[out, svgToPng(figure.svg, options)]];
  const pdf = await svgToPdf(figure.svg, {
    widthPt: figure.widthPt,
    heightPt: figure.heightPt,
    title: options.title ?? 'Lineage Atlas figure',
    subject: `Lineage Atlas view; data ${hash}`,
    keywords: JSON.stringify(view),
  });
  return [[out, pdf]];
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
