// scripts/bench-layouts: the layered-layout engine comparison of issue 10 (dot via @viz-js/viz against ELK
// layered via elkjs, and the old dagre lineage and timeline), on four views of the survey graph: time,
// legibility counts and size. `npx tsx scripts/bench-layouts.ts [--json out.json]`
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadGraphFolder } from '../main/node/graph-data';
import { elkLayeredLayout } from '../bench/layout-elk';
import { measureLayout, type Metrics } from '../bench/layout-metrics';
import { loadGraphviz } from '../src/layout/graphviz';
import { layeredLayout } from '../src/layout/layered';
import { estimateWidth } from '../src/layout/layered-scene';
import { lineageLayout } from '../src/layout/lineage';
import { timelineLayout } from '../src/layout/timeline';
import { type LayoutResult, NODE_SIZE } from '../src/layout/types';
import { buildGraph } from '../src/model/build';
import { ancestors, descendants } from '../src/queries/lineage';
import { defaultView } from '../src/view/spec';
import { visibleElements } from '../src/view/visible';

const root = fileURLToPath(new URL('..', import.meta.url));
const loaded = await loadGraphFolder(join(root, 'graph-data'));
if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
const g = buildGraph(loaded.document);

const lineageOf = (id: string, up: boolean, down: boolean) => [
  id,
  ...(up ? ancestors(g, id).keys() : []),
  ...(down ? descendants(g, id).keys() : []),
];
const whole = [...visibleElements(g, { ...defaultView(), layout: 'lineage' }).nodes];
const imageText = g.filterNodes((_id, n) => n.kind === 'dataset' && n.taxonomy.modality.includes('image'));
const imageView = [
  ...new Set([
    ...imageText,
    ...imageText.flatMap((d) => g.neighbors(d).filter((o) => ['source', 'model'].includes(g.getNodeAttribute(o, 'kind')))),
  ]),
];
const views: Record<string, string[]> = {
  'survey (datasets+sources+models)': whole,
  "Alpaca's lineage (all depths)": lineageOf('alpaca', true, true),
  "Self-Instruct's descendants": lineageOf('self-instruct', false, true),
  'image-text datasets': imageView,
};

let t0 = performance.now();
const viz = await loadGraphviz();
const vizLoad = performance.now() - t0;
t0 = performance.now();
await elkLayeredLayout(g, ['alpaca']);
const elkWarm = performance.now() - t0;

type Engine = { name: string; run: (ids: string[]) => LayoutResult | Promise<LayoutResult> };
const engines: Engine[] = [
  { name: 'dot (viz-js), no clusters', run: (ids) => layeredLayout(g, ids, viz, { clusters: false }) },
  { name: 'dot (viz-js), family clusters', run: (ids) => layeredLayout(g, ids, viz) },
  { name: 'ELK layered, splines', run: (ids) => elkLayeredLayout(g, ids, { routing: 'SPLINES' }) },
  { name: 'ELK layered, orthogonal', run: (ids) => elkLayeredLayout(g, ids, { routing: 'ORTHOGONAL' }) },
  { name: 'old lineage (dagre), labels below', run: (ids) => lineageLayout(g, ids) },
  { name: 'old timeline, labels below', run: (ids) => timelineLayout(g, ids) },
];

const monthOf = (id: string): string | undefined => {
  const n = g.getNodeAttributes(id);
  return n.kind === 'dataset' || n.kind === 'source' || n.kind === 'model' ? n.released?.[0]?.value.slice(0, 7) : undefined;
};
/** Pairs of dated nodes where the later one sits left of the earlier (by more than half a unit). */
function timeInversions(l: LayoutResult, ids: readonly string[]): number {
  const dated = ids.filter((id) => monthOf(id));
  let n = 0;
  for (const a of dated) for (const b of dated) if (monthOf(a)! < monthOf(b)! && l.positions[b]!.x < l.positions[a]!.x - 0.5) n++;
  return n;
}

type Row = { view: string; nodes: number; edges: number; engine: string; ms: number; inversions: number } & Metrics;
const rows: Row[] = [];
for (const [view, ids] of Object.entries(views)) {
  const inView = new Set(ids);
  const edges = new Map(
    g
      .edges()
      .filter((e) => inView.has(g.source(e)) && inView.has(g.target(e)) && g.source(e) !== g.target(e))
      .map((e) => [e, [g.source(e), g.target(e)] as const]),
  );
  for (const engine of engines) {
    const times: number[] = [];
    let result: LayoutResult | undefined;
    for (let i = 0; i < 5; i++) {
      t0 = performance.now();
      result = await engine.run(ids);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const m = measureLayout(result!, (id) => g.getNodeAttribute(id, 'label'), edges, {
      nodeSize: NODE_SIZE,
      fontSize: 11,
      measure: estimateWidth,
      maxBelowW: 120,
    });
    rows.push({
      view,
      nodes: ids.length,
      edges: edges.size,
      engine: engine.name,
      ms: Math.round(times[2]! * 10) / 10,
      inversions: timeInversions(result!, ids),
      ...m,
    });
  }
}

const cols = [
  'view',
  'nodes',
  'edges',
  'engine',
  'ms',
  'labelLabel',
  'nodeLabel',
  'nodeNode',
  'edgeThroughLabel',
  'edgeThroughNode',
  'crossings',
  'inversions',
  'width',
  'height',
] as const;
console.log(`| ${cols.join(' | ')} |\n|${cols.map(() => '---').join('|')}|`);
for (const r of rows) console.log(`| ${cols.map((c) => r[c]).join(' | ')} |`);
console.log(
  `\nGraphviz's load (import and WebAssembly compile, once): ${vizLoad.toFixed(0)} ms; ELK's first layout (class load and JIT warm-up): ${elkWarm.toFixed(0)} ms; times are medians of 5 runs on a shared 2-core machine.`,
);
// At print size: the figure's 7 pt labels, 8 pt nodes, one layout unit = 1 pt, against a column's width.
const COLUMNS = { single: 3.5 * 72, double: 7.16 * 72 };
const print = { fontSize: 7, nodeSize: 8, labelGap: 2, edgeRoom: 12, rankSep: 4, nodeSep: 6 };
console.log(
  `\nAt print size (7 pt labels, 8 pt nodes, 0.6 em a character), dot; single column ${COLUMNS.single} pt, double ${COLUMNS.double} pt. TB rows wrap at the column's width:\n`,
);
console.log(
  '| view | drawing | width pt | height pt | single column | double column | label/edge overlaps | crossings |\n|---|---|---|---|---|---|---|---|',
);
for (const [view, ids] of Object.entries(views)) {
  const inView = new Set(ids);
  const edges = new Map(
    g
      .edges()
      .filter((e) => inView.has(g.source(e)) && inView.has(g.target(e)) && g.source(e) !== g.target(e))
      .map((e) => [e, [g.source(e), g.target(e)] as const]),
  );
  const drawings = {
    'LR, clusters': (_w: number) => layeredLayout(g, ids, viz, print),
    'TB, clusters': (w: number) => layeredLayout(g, ids, viz, { ...print, direction: 'TB', maxWidth: w }),
    'TB, no clusters': (w: number) => layeredLayout(g, ids, viz, { ...print, direction: 'TB', maxWidth: w, clusters: false }),
  };
  for (const [name, draw] of Object.entries(drawings)) {
    const size = (w: number) =>
      measureLayout(draw(w), (id) => g.getNodeAttribute(id, 'label'), edges, {
        nodeSize: print.nodeSize,
        fontSize: 7,
        measure: estimateWidth,
      });
    const [single, double] = [size(COLUMNS.single), size(COLUMNS.double)];
    const fit = (m: Metrics, w: number) => (m.width <= w ? `fits (${m.width} x ${m.height})` : `${(m.width / w).toFixed(1)}x too wide`);
    const bad = (m: Metrics) => m.labelLabel + m.nodeLabel + m.nodeNode + m.edgeThroughLabel + m.edgeThroughNode;
    console.log(
      `| ${view} | ${name} | ${double.width} | ${double.height} | ${fit(single, COLUMNS.single)} | ${fit(double, COLUMNS.double)} | ${bad(single)} / ${bad(double)} | ${double.crossings} |`,
    );
  }
}
const out = process.argv.indexOf('--json');
if (out > 0) writeFileSync(process.argv[out + 1]!, JSON.stringify(rows, null, 2));
