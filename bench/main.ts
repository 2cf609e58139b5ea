// bench/main: times the atlas beside plain cytoscape on the same graph, in the same page: load, the force layout in
// the layout worker, first draw, filter, search, lineage focus, the longest main-thread task, and the heap.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { buildGraph } from '../src/model/build';
import { facetIndex } from '../src/queries/facets';
import { buildSearchIndex } from '../src/queries/search';
import { loadGraph } from '../src/import/load';
import { defaultView } from '../src/view/spec';
import { sceneOf } from '../src/view/scene';
import type { LayoutResult } from '../src/layout/types';
import { elementsOf } from '../renderer/canvas/elements';
import { applyScene, fitScene } from '../renderer/canvas/sceneClasses';
import { updateLabels } from '../renderer/canvas/labels';
import { detailed, detailFor, stylesheet } from '../renderer/canvas/stylesheet';
import type { LayoutReply, LayoutRequest } from '../renderer/layout/protocol';
import { syntheticGraph } from './synthetic';
import { loadBuiltinGraph } from '../renderer/data/builtin';

const container = () => document.getElementById('cy')!;
const rendered = (cy: Core) => new Promise<void>((resolve) => cy.one('render', () => resolve()));
const now = () => performance.now();
/** Two animation frames: what was drawn has reached the screen. */
const painted = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

// Long tasks on the main thread, each with its start, so a phase can ask for the longest within it.
const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });
const longestSince = (t: number) => Math.max(0, ...longTasks.filter((e) => e.start + e.duration >= t).map((e) => e.duration));
const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;

/** The force layout in the app's own layout worker: the time from sending the graph to the result. */
function workerLayout(doc: unknown, ids: string[]): Promise<{ result: LayoutResult; ms: number }> {
  const t0 = now();
  const worker = new Worker(new URL('../renderer/layout/layout.worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<LayoutReply>) => {
      if (e.data.type === 'result') resolve({ result: e.data.result, ms: now() - t0 });
      else if (e.data.type === 'error') reject(new Error(e.data.message));
      if (e.data.type !== 'progress') worker.terminate();
    };
    const send = (m: LayoutRequest) => worker.postMessage(m);
    send({ type: 'graph', graph: 'bench', document: doc as never });
    send({ type: 'layout', id: 1, graph: 'bench', layout: 'force', ids });
  });
}

type Options = { readonly webgl?: boolean; readonly plain?: boolean };

/** `n` synthetic nodes, or the built-in survey graph. */
async function run(n: number | 'survey', opts: Options = {}) {
  const t0 = now();
  const r = n === 'survey' ? loadBuiltinGraph() : loadGraph([{ file: 'synthetic.json', text: JSON.stringify(syntheticGraph(n)) }]);
  const document = 'failed' in r ? (r.failed.length ? null : r.document) : r.ok ? r.document : null;
  if (!document) throw new Error(`bench: the ${n} graph did not load`);
  const graph = buildGraph(document);
  facetIndex(graph);
  const search = buildSearchIndex(graph);
  const load = now() - t0;
  const view = defaultView();
  const drawn = graph.filterNodes((_id, a) => (view.kinds as readonly string[]).includes(a.kind));
  const { result, ms: layout } = await workerLayout(document, drawn);
  const positions = result.positions;
  const elements: ElementDefinition[] = elementsOf(graph, positions);
  const dataset = n === 'survey' ? 'alpaca' : `d${Math.floor(graph.filterNodes((_i, a) => a.kind === 'dataset').length / 2)}`;
  const query = n === 'survey' ? 'alpaca' : 'Dataset 4242';

  // Plain cytoscape: the same elements and positions, its default style; filter by each element's style.
  let plainDraw = NaN;
  let plainFilter = NaN;
  let plainCreate = NaN;
  if (opts.plain !== false) {
    const t2 = now();
    const plain = cytoscape({ container: container(), elements: structuredClone(elements), layout: { name: 'preset' } });
    plainCreate = now() - t2;
    await rendered(plain);
    await painted();
    plainDraw = now() - t2;
    const t3 = now();
    plain.batch(() =>
      plain.nodes().forEach((node) => {
        const d = graph.getNodeAttributes(node.id());
        const keep = d.kind === 'dataset' && d.taxonomy.generation === 'instructgpt' && d.taxonomy.modality.includes('image');
        node.style('display', keep ? 'element' : 'none');
      }),
    );
    await painted();
    plainFilter = now() - t3;
    plain.destroy();
  }
  await painted();

  // The atlas as the canvas draws it: its stylesheet and level of detail, what a scene does not draw removed from the
  // renderer, classes on what changes, the frame, and the label grid's labels.
  const heapBefore = heap();
  const t4 = now();
  const large = !detailed(graph.order + graph.size);
  const cy = cytoscape({
    container: container(),
    style: stylesheet('light', detailFor(graph.order, graph.size)),
    elements: structuredClone(elements),
    textureOnViewport: large,
    hideEdgesOnViewport: large,
    ...(opts.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
  const tCreated = now();
  const laidOut = { positions };
  const scene = sceneOf(graph, view, laidOut);
  const tScene = now();
  applyScene(cy, scene);
  const tApplied = now();
  fitScene(cy, scene, false);
  // As the canvas does: the label grid picks the nodes to label at this zoom.
  updateLabels(cy, undefined);
  const tFit = now();
  // The WebGL renderer may not emit cytoscape's 'render' event: there, two frames stand for the first draw.
  if (!opts.webgl) await rendered(cy);
  await painted();
  const atlasDraw = now() - t4;
  const drawPhases = {
    create: tCreated - t4,
    scene: tScene - tCreated,
    apply: tApplied - tScene,
    fitAndLabels: tFit - tApplied,
    render: now() - tFit,
  };
  const heapAfter = heap();
  const tAfterLoad = now();

  const t5 = now();
  const filtered = sceneOf(graph, { ...view, filter: { era: 'instructgpt', facets: { modality: ['image'] } } }, laidOut);
  const t5s = now();
  applyScene(cy, filtered);
  updateLabels(cy, undefined);
  const t5a = now();
  await painted();
  const atlasFilter = now() - t5;
  const filterPhases = { scene: t5s - t5, apply: t5a - t5s, render: now() - t5a };
  applyScene(cy, scene);
  updateLabels(cy, undefined);
  await painted();

  const t6 = now();
  const hits = search.search(query, 8);
  const searchMs = now() - t6;
  if (hits.length === 0) throw new Error(`bench: no hit for "${query}"`);

  const t7 = now();
  // Lineage focus among the rest (dimmed): the subject is highlighted, every other element dimmed.
  const focused = sceneOf(graph, { ...view, focus: dataset, context: 'dim' }, laidOut);
  const t7s = now();
  applyScene(cy, focused);
  updateLabels(cy, dataset);
  const t7a = now();
  await painted();
  const focus = now() - t7;
  const focusPhases = { scene: t7s - t7, apply: t7a - t7s, render: now() - t7a };
  const longAfterLoad = longestSince(tAfterLoad);
  const longest = longestSince(t0);
  cy.destroy();
  return {
    n: graph.order,
    edges: graph.size,
    load,
    layout,
    plainDraw,
    atlasDraw,
    plainFilter,
    atlasFilter,
    search: searchMs,
    focus,
    longest,
    longAfterLoad,
    heapMB: (heapAfter - Math.min(heapBefore, heapAfter)) / 2 ** 20,
    heapTotalMB: heapAfter / 2 ** 20,
    phases: { plainCreate, draw: drawPhases, filter: filterPhases, focus: focusPhases },
  };
}

(window as unknown as { runBench: typeof run }).runBench = run;
document.body.dataset.ready = 'true';
