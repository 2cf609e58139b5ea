// bench/labels-pass: times canvas/labels updateLabels against the one it replaced (updateLabelsBefore, below) in one
// run, on a headless cytoscape instance holding a synthetic graph (bench/synthetic) at its grid placeholder, framed
// on a 1280 x 900 screen as fitScene frames it, and fails unless both leave the same classes. Headless, so no paint
// and no measured text (labels at the font's fallback width), and the label grid is the new one in both: this times
// what updateLabels does around placeLabels. Run: npx tsx bench/labels-pass.ts [sizes] [repeats]
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { NODE_SIZE } from '../src/layout/types';
import { loadGraph } from '../src/import/load';
import { buildGraph } from '../src/model/build';
import { type LabelSide, placeLabels } from '../src/view/label-grid';
import { elementsOf } from '../renderer/canvas/elements';
import { LABEL_PX, labelSide, updateLabels } from '../renderer/canvas/labels';
import { canvasOptions } from '../renderer/canvas/stylesheet';
import { gridPlaceholder } from '../renderer/layout/placeholder';
import { syntheticGraph } from './synthetic';

// canvas/labels's measure asks the DOM for a canvas; without one it falls back to 0.6 em a character.
Object.assign(globalThis, { document: { createElement: () => ({ getContext: () => null }), querySelectorAll: () => [] } });

// ---- The baseline: updateLabels as it was before this bench (main at dc69241), its obstacles left out (none here). ----

const widths = new Map<string, number>();
function measureBefore(text: string, weight: 400 | 600 = 400): number {
  const key = `${weight}:${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    w = text.length * LABEL_PX * (weight === 600 ? 0.66 : 0.6);
    widths.set(key, w);
  }
  return w;
}
const SIDE_CLASS: Record<LabelSide, string> = { below: 'label-below', right: 'label-at-right', left: 'label-left', above: 'label-above' };
const SIDE_CLASSES = Object.values(SIDE_CLASS);

export function updateLabelsBefore(cy: Core, selected: string | undefined): string[] {
  const zoom = cy.zoom();
  const side: 'right' | 'below' = labelSide(cy) === 'right' ? 'right' : 'below';
  const candidates = cy
    .nodes()
    .not('.hidden')
    .map((n: NodeSingular) => {
      const p = n.renderedPosition();
      const text = n.data('label') as string;
      const tier = n.id() === selected || n.hasClass('focus') || n.hasClass('lineage') ? 0 : n.hasClass('dimmed') ? 2 : 1;
      return {
        id: n.id(),
        x: p.x,
        y: p.y,
        r: (NODE_SIZE / 2) * zoom,
        width: measureBefore(text) + 4,
        height: LABEL_PX * 1.3 + 3,
        tier,
        weight: n.degree(false),
        side,
      };
    });
  const { sides, unplaced } = placeLabels(candidates, { width: cy.width(), height: cy.height() }, []);
  const size = LABEL_PX / zoom;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const at = sides.get(n.id());
      const on = at !== undefined;
      if (n.hasClass('labelled') !== on) n.toggleClass('labelled', on);
      if (on && n.data('fs') !== size) n.data('fs', size);
      const want = at === undefined || at === side ? undefined : SIDE_CLASS[at];
      for (const cls of SIDE_CLASSES) if (n.hasClass(cls) !== (cls === want)) n.toggleClass(cls, cls === want);
    });
  });
  return unplaced.map((id) => cy.$id(id).data('label') as string);
}

// ---- The run. ----

const sizes = (process.argv[2] ?? '10000,50000').split(',').map(Number);
const repeats = Number(process.argv[3] ?? 3);
const LABEL_CLASSES = ['labelled', ...SIDE_CLASSES].join(' ');
/** The labels' classes as a pass left them: every labelled node with its side class. */
const state = (cy: Core) =>
  cy
    .$('.labelled')
    .map((n) => `${n.id()}:${SIDE_CLASSES.filter((c) => n.hasClass(c)).join()}`)
    .sort()
    .join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);

console.log(`updateLabels on a headless instance, 1280 x 900, median of ${repeats} (each pass from no labels)\n`);
console.log('| nodes | edges | labelled | before | after, degrees counted | after, degrees kept | same | a scratch write |');
console.log('|---|---|---|---|---|---|---|---|');
let failed = false;
for (const n of sizes) {
  const r = loadGraph([{ file: 'synthetic.json', text: JSON.stringify(syntheticGraph(n)) }]);
  if (!r.ok) throw new Error(`bench: the ${n} graph did not load`);
  const graph = buildGraph(r.document);
  const positions = gridPlaceholder(graph.mapNodes((id) => id)).positions;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    elements: elementsOf(graph, positions),
    ...canvasOptions('light', graph.order, graph.size),
  } as cytoscape.CytoscapeOptions);
  cy.width = () => 1280;
  cy.height = () => 900;
  const bb = cy.nodes().boundingBox({});
  const zoom = Math.min((1280 - 72) / bb.w, (900 - 92) / bb.h);
  cy.viewport({ zoom, pan: { x: 36 - bb.x1 * zoom, y: 44 - bb.y1 * zoom } });
  const times = { before: [] as number[], counted: [] as number[], kept: [] as number[] };
  const pass = (f: () => string[], into: number[]) => {
    cy.nodes().removeClass(LABEL_CLASSES);
    const t = performance.now();
    f();
    into.push(performance.now() - t);
    return state(cy);
  };
  let same = true;
  for (let i = 0; i < repeats; i++) {
    const want = pass(() => updateLabelsBefore(cy, undefined), times.before);
    cy.add({ group: 'nodes', data: { id: 'x' } }).remove(); // the degrees kept are dropped
    same &&= pass(() => updateLabels(cy, undefined), times.counted) === want;
    same &&= pass(() => updateLabels(cy, undefined), times.kept) === want;
  }
  failed ||= !same;
  // canvas/stage kept each pass's record in cy.scratch, which restyles every element: what that added to a pass.
  const scratch: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    cy.scratch('atlas-label-pass', { i });
    scratch.push(performance.now() - t);
  }
  const labelled = cy.$('.labelled').length;
  console.log(
    `| ${n} | ${graph.size} | ${labelled} | ${ms(median(times.before))} | ${ms(median(times.counted))} | ${ms(median(times.kept))} | ${same ? 'yes' : 'NO'} | ${ms(median(scratch))} |`,
  );
  cy.destroy();
}
if (failed) console.error('\nThe new updateLabels left other classes than the old on a row marked NO.');
// Headless cytoscape keeps a timer running: leave now.
process.exit(failed ? 1 : 0);
