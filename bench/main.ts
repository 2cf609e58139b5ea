// bench/main: times the atlas's canvas path against plain cytoscape on the same synthetic graph, in the same page.
import cytoscape, { type Core } from 'cytoscape';
import { timelineLayout } from '../src/layout/timeline';
import { buildGraph } from '../src/model/build';
import { loadGraph } from '../src/schema/load';
import { sceneOf } from '../src/view/scene';
import { defaultView } from '../src/view/spec';
import { elementsOf } from '../renderer/canvas/elements';
import { applyScene } from '../renderer/canvas/sceneClasses';
import { dashedEdges, stylesheet } from '../renderer/canvas/stylesheet';
import { syntheticGraph } from './synthetic';
import { loadBuiltinGraph } from '../renderer/data/builtin';

const container = () => document.getElementById('cy')!;
const rendered = (cy: Core) => new Promise<void>((resolve) => cy.one('render', () => resolve()));
const now = () => performance.now();

/** `n` synthetic nodes, or the built-in survey graph (where every interaction should answer within 100 ms). */
async function run(n: number | 'survey') {
  const t0 = now();
  const r = n === 'survey' ? loadBuiltinGraph() : loadGraph([{ file: 'synthetic.json', text: JSON.stringify(syntheticGraph(n)) }]);
  if (!r.ok) throw new Error(r.issues[0]!.message);
  const graph = buildGraph(r.document);
  const tLoad = now() - t0;
  const t1 = now();
  const layout = timelineLayout(graph, graph.nodes());
  const { positions } = layout;
  const tLayout = now() - t1;
  const elements = elementsOf(graph, positions);
  const filter = { era: 'instructgpt' as const, facets: { modality: ['image'] } };
  const n_ = graph.order;

  // Plain cytoscape: the same elements and positions, its default style; filter by hiding each element's style.
  const t2 = now();
  const plain = cytoscape({ container: container(), elements: structuredClone(elements), layout: { name: 'preset' } });
  await rendered(plain);
  const plainDraw = now() - t2;
  const t3 = now();
  plain.batch(() =>
    plain.nodes().forEach((node) => {
      const d = graph.getNodeAttributes(node.id());
      const keep = d.kind === 'dataset' && d.taxonomy.generation === 'instructgpt' && d.taxonomy.modality.includes('image');
      node.style('display', keep ? 'element' : 'none');
    }),
  );
  await rendered(plain);
  const plainFilter = now() - t3;
  plain.destroy();

  // The atlas: selector styles, the view's scene computed in graphology, applied as classes in one batch.
  const t4 = now();
  const view = { ...defaultView(), layout: 'timeline' as const };
  const cy = cytoscape({ container: container(), style: stylesheet('light', dashedEdges(graph.size)), elements: structuredClone(elements), layout: { name: 'preset' } });
  const tCreate = now() - t4;
  const scene = sceneOf(graph, view, layout);
  const tVisible = now() - t4 - tCreate;
  applyScene(cy, scene);
  const tApply = now() - t4 - tCreate - tVisible;
  await rendered(cy);
  const atlasDraw = now() - t4;
  console.log(JSON.stringify({ n: n_, tCreate, tVisible, tApply, paint: atlasDraw - tCreate - tVisible - tApply }));
  const t5 = now();
  applyScene(cy, sceneOf(graph, { ...view, filter }, layout));
  await rendered(cy);
  const atlasFilter = now() - t5;
  cy.destroy();
  return { n: n_, edges: graph.size, load: tLoad, layout: tLayout, plainDraw, atlasDraw, plainFilter, atlasFilter };
}

(window as unknown as { runBench: typeof run }).runBench = run;
document.body.dataset.ready = 'true';
