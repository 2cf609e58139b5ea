// Regenerates the README's gallery (npm run gallery): the legibility views as figures, made by the same code
// as `npm run figure`, at double-column width (and the densest one the issue asks for at single column too), as SVG
// and as PNG at 150 DPI, with what each leaves unlabelled.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { documentHash, figureOf } from '../src/figure';
import { prepareLayout } from '../src/layout';
import { buildGraph } from '../src/model/build';
import { defaultView } from '../src/view/spec';
import { svgToPng } from '../main/node/figure-render';
import { loadGraphFolder } from '../main/node/graph-data';
import { LEGIBILITY_VIEWS } from '../tests/legibility/views';

const out = fileURLToPath(new URL('../docs/gallery/', import.meta.url));
const loaded = await loadGraphFolder(fileURLToPath(new URL('../graph-data', import.meta.url)));
if (!loaded.ok) throw new Error('gallery: the built-in graph does not load (npm run validate-data says why)');
const graph = buildGraph(loaded.document);
const hash = documentHash(loaded.document);
await mkdir(out, { recursive: true });
await prepareLayout('lineage'); // Graphviz, for the layered lineage
const figures = [
  ...Object.entries(LEGIBILITY_VIEWS).map(([name, patch]) => ({ name, patch, size: 'double' as const })),
  { name: 'instructgpt-era-single', patch: LEGIBILITY_VIEWS['instructgpt-era']!, size: 'single' as const },
];
for (const { name, patch, size } of figures) {
  const options = { size, dpi: 150 as const };
  const t0 = performance.now();
  const figure = figureOf(graph, hash, { ...defaultView(), ...patch }, options);
  const ms = Math.round(performance.now() - t0);
  if (figure.refusal) {
    // A refused figure is not published: an old picture of it would show what the figure no longer draws.
    await rm(`${out}${name}.svg`, { force: true });
    await rm(`${out}${name}.png`, { force: true });
    console.log(`docs/gallery/${name}: refused at ${size} column: ${figure.refusal}`);
    continue;
  }
  await writeFile(`${out}${name}.svg`, figure.svg);
  await writeFile(`${out}${name}.png`, svgToPng(figure.svg, { ...options, width: undefined }));
  const missing = figure.labelsLeftOut.length ? `, ${figure.labelsLeftOut.length} label(s) left out` : '';
  console.log(
    `docs/gallery/${name}.{svg,png}: ${figure.nodes.length} nodes, ${(figure.heightPt / 72).toFixed(2)} in tall, composed in ${ms} ms${missing}`,
  );
}
