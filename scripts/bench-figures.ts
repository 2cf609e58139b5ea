// npm run bench:figures (also the last part of npm run bench): for each view of the legibility check at single
// and double column, the time to lay the figure out at print size and compose its SVG, and to export it as PNG at
// 300 DPI and as PDF, with the same code as `npm run figure` (src/figure, main/node/figure-render). Each figure is
// composed cold (its print layout not cached yet) and once more warm. The bar: a figure of up to 150 nodes
// laid out in under 1 s and exported (SVG, PNG at 300 DPI, PDF) in under 2 s.
import { fileURLToPath } from 'node:url';
import { composeFigure, documentHash, FigureOptions } from '../src/figure';
import { prepareLayout } from '../src/layout';
import { buildGraph } from '../src/model/build';
import { sceneOf } from '../src/view/scene';
import { defaultView } from '../src/view/spec';
import { svgToPdf, svgToPng } from '../main/node/figure-render';
import { loadGraphFolder } from '../main/node/graph-data';
import { LEGIBILITY_VIEWS, SIZES } from '../tests/legibility/views';

const loaded = await loadGraphFolder(fileURLToPath(new URL('../graph-data', import.meta.url)));
if (!loaded.ok) throw new Error('bench-figures: the built-in graph does not load (npm run validate-data says why)');
const graph = buildGraph(loaded.document);
const hash = documentHash(loaded.document);
let t = performance.now();
await prepareLayout('lineage');
const wasm = performance.now() - t;
const ms = (x: number) => `${Math.round(x)} ms`;

console.log(`\nGraphviz (WebAssembly) loaded once in ${ms(wasm)}.\n`);
const head = ['view', 'size', 'nodes', 'scene', 'print layout + SVG (cold)', 'warm', 'PNG 300 DPI', 'PDF', 'export total', 'verdict'];
console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
let worst = { layout: 0, exported: 0 };
for (const [name, patch] of Object.entries(LEGIBILITY_VIEWS))
  for (const size of SIZES) {
    if (name === 'all-datasets' && size === 'single') continue;
    const options = FigureOptions.parse({ size, dpi: 300 });
    t = performance.now();
    const scene = sceneOf(graph, { ...defaultView(), ...patch });
    const sceneMs = performance.now() - t;
    t = performance.now();
    const figure = composeFigure(graph, scene, options, { dataHash: hash });
    const cold = performance.now() - t;
    t = performance.now();
    composeFigure(graph, scene, { ...options, title: 'warm' }, { dataHash: hash });
    const warm = performance.now() - t;
    if (figure.refusal) {
      // Refused figures are not exported (the CLI stops first; resvg panics on the overflowing drawing).
      console.log(`| ${name} | ${size} | ${figure.nodes.length} | ${ms(sceneMs)} | ${ms(cold)} | ${ms(warm)} | — | — | — | refused |`);
      continue;
    }
    t = performance.now();
    svgToPng(figure.svg, options);
    const png = performance.now() - t;
    t = performance.now();
    await svgToPdf(figure.svg, { widthPt: figure.widthPt, heightPt: figure.heightPt, title: name, subject: name, keywords: '' });
    const pdf = performance.now() - t;
    const exported = cold + png + pdf;
    worst = { layout: Math.max(worst.layout, sceneMs + cold), exported: Math.max(worst.exported, png + pdf) };
    const verdict = figure.refusal
      ? 'refused (does not fit)'
      : figure.labelsLeftOut.length
        ? `${figure.labelsLeftOut.length} labels left out`
        : 'every label';
    console.log(
      `| ${name} | ${size} | ${figure.nodes.length} | ${ms(sceneMs)} | ${ms(cold)} | ${ms(warm)} | ${ms(png)} | ${ms(pdf)} | ${ms(exported)} | ${verdict} |`,
    );
  }
console.log(`\nSlowest: scene + print layout ${ms(worst.layout)} (bar 1 s), PNG + PDF ${ms(worst.exported)} (bar 2 s).`);
