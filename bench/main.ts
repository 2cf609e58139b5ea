// bench/main: times the atlas beside plain cytoscape on the same graph, in the same page: load, the force layout in
// the layout worker, first draw, filter, search, lineage focus, the longest main-thread task, and the heap. The
// atlas draws as the canvas does (canvas/sceneClasses, canvas/stylesheet, canvas/labels: the same calls in the
// same order); plain cytoscape draws the same elements at the same positions with its default style.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { buildGraph } from '../src/model/build';
import { addLayer, layerKindOf, surveyLayer } from '../src/model/layers';
import { facetIndex } from '../src/queries/facets';
import { buildSearchIndex } from '../src/queries/search';
import { loadGraph, parseGraphFile } from '../src/import/load';
import type { GraphDocument } from '../src/schema/document';
import { defaultView, type ViewSpec } from '../src/view/spec';
import { rehearsalScene, sceneMembers, type Scene } from '../src/view/scene';
import type { LayoutResult } from '../src/layout/types';
import { elementsOf } from '../renderer/canvas/elements';
import { applyScene, removeInChunks } from '../renderer/canvas/sceneClasses';
import { fitScene } from '../renderer/canvas/frame';
import {
  createStage,
  destroyStage,
  labelPassCost,
  prepareSmall,
  setStageElements,
  showScene,
  updateLabelsIfStale,
} from '../renderer/canvas/stage';
import { relabeller } from '../renderer/canvas/relabel';
import { canvasOptions, plainEdgeLook, stylesheet } from '../renderer/canvas/stylesheet';
import { createLayer, type Layer } from '../renderer/canvas/layer';
import { layoutToDraw } from '../renderer/layout/first';
import { gridPlaceholder } from '../renderer/layout/placeholder';
import { graphMessage, type LayoutReply, type LayoutRequest } from '../renderer/layout/protocol';
import { syntheticGraph } from './synthetic';
import { loadBuiltinGraph } from '../renderer/data/builtin';

const container = () => document.getElementById('cy')!;
/** The canvas's small instance's container, over the big one's (canvas/stage). */
const smallContainer = () => document.getElementById('cy-small')!;
const rendered = (cy: Core) => new Promise<void>((resolve) => cy.one('render', () => resolve()));
const now = () => performance.now();
/** Two animation frames: what was drawn has reached the screen. */
const painted = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
/**
 * Until what cytoscape and the canvas layer (canvas/layer) draw is on screen: cytoscape's frame two frames on
 * (painted), the layer's the frame after its worker drew it (a worker's canvas is committed as its task ends). Returns
 * when the layer's drawing was done, in ms after `t` (NaN without a layer). Waiting for the layer's drawing and then two
 * more frames, as this bench did until 2 December 2026 evening, counted up to two frames twice.
 */
async function onScreen(layer: Layer | null | undefined, t: number): Promise<number> {
  let layerDrawn = NaN;
  const drawn = layer?.drawn().then(() => {
    layerDrawn = now() - t;
    return new Promise<void>((r) => requestAnimationFrame(() => r()));
  });
  await Promise.all([painted(), drawn]);
  return layerDrawn;
}

// Long tasks on the main thread, each with its start, so a phase can ask for the longest within it.
const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });
const longestSince = (t: number) => Math.max(0, ...longTasks.filter((e) => e.start + e.duration >= t).map((e) => e.duration));
/**
 * Until the page has been free of long tasks for QUIET_MS (at most SETTLE_MAX_MS): each interaction is timed from a
 * page at rest, as a person finds it who reaches for the filter a moment after the graph appears; what the page still
 * does after a draw (cytoscape's texture caches, garbage collection) is the "longest task after load" column's.
 */
const QUIET_MS = 500;
/** How many frames a pan lasts (about half a second at 60 Hz). */
const PAN_FRAMES = 30;
const SETTLE_MAX_MS = 15_000;
async function settled(): Promise<void> {
  const t0 = now();
  while (now() - t0 < SETTLE_MAX_MS) {
    await new Promise((r) => setTimeout(r, 100));
    if (longestSince(now() - QUIET_MS) === 0) return;
  }
}
/** The page's JS heap in use, after a full garbage collection where the page may ask for one (scripts/bench.mjs exposes `gc`). */
const heap = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
};

/** The force layout in the app's own layout worker: the time from sending the graph to the result. */
function workerLayout(doc: GraphDocument, ids: readonly string[]): Promise<{ result: LayoutResult; ms: number }> {
  const t0 = now();
  const worker = new Worker(new URL('../renderer/layout/layout.worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<LayoutReply>) => {
      if (e.data.type === 'result') resolve({ result: e.data.result, ms: now() - t0 });
      else if (e.data.type === 'error') reject(new Error(e.data.message));
      if (e.data.type !== 'progress') worker.terminate();
    };
    const { message, transfer } = graphMessage('bench', doc);
    worker.postMessage(message, transfer);
    worker.postMessage({ type: 'layout', id: 1, graph: 'bench', layout: 'force', ids: [...ids] } satisfies LayoutRequest);
  });
}

/** The Data Provenance Collection's graph file (`npm run import -- dpi`), handed in by scripts/bench.mjs. */
let catalogue: string | null = null;

/** The graph to time: the survey, the survey with the catalogue added as a layer (as "Add catalogue…" does), or synthetic. */
function documentOf(n: Size): GraphDocument {
  const builtin = () => {
    const b = loadBuiltinGraph();
    if (!b.document || b.failed.length) throw new Error('bench: the built-in graph did not load');
    return b.document;
  };
  if (n === 'survey') return builtin();
  if (n === 'merged') {
    if (!catalogue) throw new Error('bench: no catalogue was handed in (scripts/bench.mjs runs the import)');
    const r = parseGraphFile({ file: 'dpc.json', text: catalogue });
    if (!r.ok) throw new Error(`bench: the catalogue did not parse: ${r.issues[0]?.message}`);
    return addLayer(surveyLayer(builtin()), r.file, 'Data Provenance Collection', layerKindOf(r.file)).document;
  }
  const r = loadGraph([{ file: 'synthetic.json', text: JSON.stringify(syntheticGraph(n)) }]);
  if (!r.ok) throw new Error(`bench: the ${n} graph did not load`);
  return r.document;
}

type Size = number | 'survey' | 'merged';
type Options = {
  readonly webgl?: boolean;
  readonly plain?: boolean;
  /** Above this many drawn nodes the force layout is not run: the grid the canvas shows while it runs stands in. */
  readonly layoutUpTo?: number;
  /** One cytoscape instance for every scene, as before canvas/stage (BENCH_SINGLE=1 in scripts/bench.mjs): to compare. */
  readonly single?: boolean;
  /** No canvas layer: cytoscape draws every element, as before canvas/layer (BENCH_NO_LAYER=1): to compare. */
  readonly noLayer?: boolean;
  /** No small scene drawn ahead in the small instance, as before canvas/stage rehearse (BENCH_NO_REHEARSAL=1): to compare. */
  readonly noRehearsal?: boolean;
};
/** Set by scripts/bench.mjs (the main thread's CPU time per phase) and bench-profile.mjs: called around each phase. */
type Hooks = { profileStart?: (phase: string) => Promise<void>; profileStop?: (phase: string) => Promise<void> };
const hooks = globalThis as unknown as Hooks;
const profiled = async <T>(phase: string, f: () => Promise<T>): Promise<T> => {
  await hooks.profileStart?.(phase);
  try {
    return await f();
  } finally {
    await hooks.profileStop?.(phase);
  }
};

async function run(n: Size, opts: Options = {}) {
  const t0 = now();
  const document = documentOf(n);
  const graph = buildGraph(document);
  facetIndex(graph);
  const search = buildSearchIndex(graph);
  const load = now() - t0;
  const view = defaultView();
  const members = sceneMembers(graph, view);
  const runLayout = members.nodes.length <= (opts.layoutUpTo ?? Infinity);
  const { result: laidOut, ms: layout } = runLayout
    ? await workerLayout(document, members.nodes)
    : { result: gridPlaceholder(members.nodes), ms: NaN };
  const scene: Scene = { ...members, layout: laidOut };
  const elements: ElementDefinition[] = elementsOf(graph, laidOut.positions);
  const datasets = graph.filterNodes((_i, a) => a.kind === 'dataset');
  const dataset = n === 'survey' || n === 'merged' ? 'alpaca' : `d${Math.floor(datasets.length / 2)}`;
  const query = n === 'survey' || n === 'merged' ? 'alpaca' : 'Dataset 4242';

  // Plain cytoscape: the elements the atlas draws, at the same positions, its default style; filter by each element's style.
  let plainDraw = NaN;
  let plainFilter = NaN;
  /** The zoom each drew at: cytoscape's layered textures are drawn at a resolution of the zoom's power of two. */
  let plainZoom = NaN;
  if (opts.plain !== false) {
    const drawn = new Set([...scene.nodes, ...scene.edges]);
    const same = elements.filter((e) => drawn.has(String(e.data.id)));
    await settled();
    const plain = await profiled('plain', async () => {
      const t2 = now();
      const c = cytoscape({ container: container(), elements: structuredClone(same), layout: { name: 'preset' } });
      await rendered(c);
      await painted();
      plainDraw = now() - t2;
      plainZoom = c.zoom();
      return c;
    });
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
  // Each draw starts from a page at rest: neither pays for what the one before left to do (its garbage, its caches).
  await settled();

  // The atlas as the canvas draws a graph: made with its options, the elements handed over, the scene drawn (making
  // only what it draws), framed; the label grid's labels follow on the next frame.
  const draw: Record<string, number> = {};
  const make = (el: HTMLElement) =>
    cytoscape({
      container: el,
      ...canvasOptions('light', graph.order, graph.size),
      ...(opts.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
  let stage: ReturnType<typeof createStage> | null = null;
  /** Draws a scene as the canvas does: in the instance that draws it at less cost, that one shown, the other hidden. */
  const show = (s: Scene) => {
    const { cy: shown } = showScene(stage!, s);
    container().style.visibility = shown === stage!.big ? '' : 'hidden';
    smallContainer().style.visibility = shown === stage!.big ? 'hidden' : '';
    return shown;
  };
  const cy = await profiled('draw', async () => {
    const t4 = now();
    const c = make(container());
    // As the canvas does: each instance at the detail of the scene it draws.
    stage = createStage(
      c,
      () => make(smallContainer()),
      undefined,
      (d) => stylesheet('light', d),
      // BENCH_NO_LAYER: every element drawn by cytoscape, as before canvas/layer.
      opts.noLayer
        ? undefined
        : (i, nodes) => createLayer(i, (kind, state) => plainEdgeLook(kind, 'light', state), nodes.look, nodes.moved),
    );
    // BENCH_SINGLE: the small instance is never cheaper, as before it existed.
    if (opts.single) stage = { ...stage, makeSmall: () => c, small: c, smallHasGraph: true };
    const tMade = now();
    setStageElements(stage, structuredClone(elements));
    const tGiven = now();
    show(scene);
    const tShown = now();
    fitScene(c, scene, false);
    const tApplied = now();
    Object.assign(draw, { make: tMade - t4, elements: tGiven - tMade, scene: tShown - tGiven, fit: tApplied - tShown });
    // The WebGL renderer may not emit cytoscape's 'render' event: there, two frames stand for the first draw.
    if (!opts.webgl) await rendered(c);
    // And the canvas layer's drawing (canvas/layer), in its worker where it has one.
    draw.layerDrawn = await onScreen(stage.layers.get(c), tApplied);
    draw.first = now() - t4;
    draw.render = now() - tApplied;
    draw.zoom = c.zoom();
    draw.plainZoom = plainZoom;
    return c;
  });
  await profiled('labels', async () => {
    const t5 = now();
    updateLabelsIfStale(cy, undefined, scene.layout);
    // The pass itself (canvas/labels updateLabels), apart from the frames that draw its labels.
    draw.labelsPass = now() - t5;
    await painted();
    draw.labels = now() - t5;
  });
  const tAfterLoad = now();
  // As the canvas does when idle after its first draw: the small instance made ready for the first small scene.
  prepareSmall(stage!, opts.noRehearsal ? undefined : () => rehearsalScene(graph, view));
  await painted();

  /** A new view drawn as the canvas draws it: its members, its layout (cached, on the spot, or the last one while the worker runs), paint, then labels. */
  const change = async (name: string, v: ViewSpec) => {
    await settled();
    return profiled(name, async () => {
      const t = now();
      const m = sceneMembers(graph, v);
      const s: Scene = { ...m, layout: layoutToDraw(graph, m, laidOut) };
      const tScene = now();
      const shown = show(s);
      fitScene(shown, s, false);
      const tApplied = now();
      // When cytoscape's next frame is drawn, and the canvas layer's drawing done (canvas/layer, in its worker).
      let cyDrawn = NaN;
      shown.one('render', () => void (cyDrawn = now() - tApplied));
      const layerDrawn = await onScreen(stage!.layers.get(shown), tApplied);
      const tPainted = now();
      updateLabelsIfStale(shown, v.focus, s.layout);
      await painted();
      const phases = {
        scene: tScene - t,
        apply: tApplied - tScene,
        render: tPainted - tApplied,
        cyDrawn,
        layerDrawn,
        labels: now() - tPainted,
        small: shown === cy ? 0 : 1,
        drawn: s.nodes.length + s.edges.length,
        longest: longestSince(t),
        // Each long task since the change began, [start, duration] in ms from its start: which of its steps holds the page.
        tasks: longTasks.filter((e) => e.start + e.duration >= t).map((e) => [Math.round(e.start - t), Math.round(e.duration)]),
      };
      return { answered: tPainted - t, phases };
    });
  };
  const filterView: ViewSpec = { ...view, filter: { era: 'instructgpt', facets: { modality: ['image'] } } };
  const filter = await change('filter', filterView);
  await change('back', view);

  const t6 = now();
  const hits = search.search(query, 8);
  const searchMs = now() - t6;
  if (hits.length === 0) throw new Error(`bench: no hit for "${query}"`);

  // Lineage focus: the subject alone (the app's default), then among the rest dimmed.
  const focus = await change('focus', { ...view, focus: dataset });
  const back = await change('back', view);

  const focusDim = await change('focusDim', { ...view, focus: dataset, context: 'dim' });
  const longAfterLoad = longestSince(tAfterLoad);
  const longest = longestSince(t0);

  // Then (after the figures above: their longest tasks are the app's alone) a pan over the whole graph: PAN_FRAMES
  // frames, each moving the view by a few pixels, each move told to the label pass's scheduler as the canvas tells it
  // (canvas/relabel), which follows each frame (as before) or, where a pass takes longer than a frame, waits for the
  // view to rest. Timed: the frames' mean interval and the longest task while it moves, then how long after the last
  // move the labels are placed.
  const pan = async (everyFrame: boolean) => {
    await settled();
    const shown = stage!.active;
    let placedAt = NaN;
    const labels = relabeller(
      () => {
        updateLabelsIfStale(shown, undefined, laidOut);
        placedAt = now();
      },
      () => (everyFrame ? 0 : labelPassCost(shown)),
    );
    const moved = () => labels.moved();
    shown.on('viewport', moved);
    const t = now();
    let last = t;
    for (let i = 0; i < PAN_FRAMES; i++) {
      last = await new Promise<number>((r) => requestAnimationFrame(() => r(now())));
      shown.panBy({ x: 6, y: 3 });
    }
    const frame = (last - t) / PAN_FRAMES;
    const longest = longestSince(t);
    const lastMove = now();
    while (!(placedAt > lastMove) && now() - lastMove < 10_000) await new Promise((r) => setTimeout(r, 10));
    shown.removeListener('viewport', moved);
    labels.stop();
    return { frame, longest, placed: placedAt - lastMove };
  };
  await change('back', view);
  const panEvery = await pan(true);
  const panRest = await pan(false);
  // The heap with the graph drawn and its scenes kept, once the row's figures are taken.
  const heapAfter = heap();
  destroyStage(stage!);
  container().style.visibility = '';

  // The least a cytoscape canvas does to show the filter's result: plain cytoscape, made empty beforehand, given only
  // the result's elements at the places the atlas drew them (nothing to work out: no verdict, no layout), framed, two
  // frames. The atlas's filter does this and more (in its own style: arrowheads, dashes, curved edges).
  let plainResult = NaN;
  if (opts.plain !== false) {
    const m = sceneMembers(graph, filterView);
    const kept = new Set([...m.nodes, ...m.edges]);
    const result = elementsOf(graph, layoutToDraw(graph, m, laidOut).positions).filter((e) => kept.has(String(e.data.id)));
    const c = cytoscape({ container: container() });
    await painted();
    await settled();
    const t = now();
    c.batch(() => c.add(structuredClone(result)));
    c.fit(undefined, 30);
    await painted();
    plainResult = now() - t;
    c.destroy();
  }
  return {
    n: graph.order,
    edges: graph.size,
    drawnNodes: scene.nodes.length,
    drawnEdges: scene.edges.length,
    load,
    layout,
    plainDraw,
    atlasDraw: draw.first!,
    labels: draw.labels!,
    plainFilter,
    atlasFilter: filter.answered,
    plainResult,
    search: searchMs,
    focus: focus.answered,
    focusDim: focusDim.answered,
    longest,
    longAfterLoad,
    heapTotalMB: heapAfter / 2 ** 20,
    back: back.answered,
    panEvery,
    panRest,
    phases: { draw, filter: filter.phases, focus: focus.phases, back: back.phases, focusDim: focusDim.phases },
  };
}

Object.assign(window, {
  runBench: run,
  // The catalogue's graph file, which scripts/bench.mjs serves at /catalogue.json: fetched, not handed in as an
  // argument of page.evaluate, whose text the page kept where only DevTools' garbage collection reached it (49 MB).
  loadCatalogue: async () => void (catalogue = await (await fetch('/catalogue.json')).text()),
  dropCatalogue: () => void (catalogue = null),
});
document.body.dataset.ready = 'true';

/** How a filter's left-out elements leave the big instance, and come back (`BENCH_HIDE=1 npm run bench`). */
export type HideMethod = 'cy.remove' | 'eles.remove' | 'chunks' | 'class' | 'style' | 'rebuild' | 'small';
export const HIDE_METHODS: readonly HideMethod[] = ['cy.remove', 'eles.remove', 'chunks', 'class', 'style', 'rebuild', 'small'];
// `chunks`: canvas/sceneClasses' removeInChunks, edges then nodes, a thousand at a time.
/** Filters to hide with: one that keeps few (the main bench's) and one that keeps most. */
const HIDE_FILTERS: Record<string, ViewSpec['filter']> = {
  narrow: { era: 'instructgpt', facets: { modality: ['image'] } },
  wide: { era: 'all', facets: { purpose: ['demonstration', 'generalist'] } },
};
const HIDDEN = 'atlas-bench-hidden';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const DRAW_WAIT = 20_000;
/** cytoscape's next 'render' of `cy`, or 'none' after DRAW_WAIT ms. */
const drawnWithin = (cy: Core) => Promise.race([rendered(cy).then(() => 'drawn' as const), sleep(DRAW_WAIT).then(() => 'none' as const)]);

/**
 * Each way of hiding a filter's left-out elements, timed on a fresh big instance that draws the whole graph at the
 * force layout's positions: the filter until drawn and painted (two frames), then the whole graph back.
 */
async function hideBench(n: Size, methods: readonly HideMethod[] = HIDE_METHODS, layoutUpTo = 12000) {
  const document = documentOf(n);
  const graph = buildGraph(document);
  facetIndex(graph);
  const view = defaultView();
  const all = sceneMembers(graph, view);
  // The force layout's positions, as the main bench draws (the grid above layoutUpTo drawn nodes).
  const layout = all.nodes.length <= layoutUpTo ? (await workerLayout(document, all.nodes)).result : gridPlaceholder(all.nodes);
  const full: Scene = { ...all, layout };
  const elements = elementsOf(graph, layout.positions);
  const opts = canvasOptions('light', graph.order, graph.size);
  const make = (el: HTMLElement) =>
    cytoscape({
      container: el,
      ...opts,
      style: [...opts.style, { selector: `.${HIDDEN}`, style: { display: 'none' } }],
    } as cytoscape.CytoscapeOptions);
  /** A stage drawing `s` in its big instance, painted and left to settle (its texture caches). */
  const drawn = async (s: Scene) => {
    const stage = createStage(
      make(container()),
      () => make(smallContainer()),
      undefined,
      (d) => stylesheet('light', d),
    );
    setStageElements(stage, structuredClone(elements));
    showScene(stage, s);
    fitScene(stage.big, s, false);
    await rendered(stage.big);
    await painted();
    return stage;
  };
  const rows: Record<string, unknown>[] = [];
  for (const [name, filter] of Object.entries(HIDE_FILTERS)) {
    const m = sceneMembers(graph, { ...view, filter });
    const kept: Scene = { ...m, layout: layoutToDraw(graph, m, layout) };
    const keep = new Set([...kept.nodes, ...kept.edges]);
    for (const method of methods) {
      let stage = await drawn(full);
      const cy = stage.big;
      await sleep(800);
      const gone = cy.elements().filter((e) => !keep.has(e.id()));
      // As the canvas does when idle after a first draw: the small instance made and its first (empty) frame drawn.
      if (method === 'small') {
        prepareSmall(stage);
        await painted();
        await sleep(300);
      }
      // Until the instance shown has drawn the change (cytoscape's 'render'), then two frames.
      // The small instance may not emit cytoscape's 'render' for its first scene: two frames stand for it there.
      const drew = method === 'rebuild' || method === 'small' ? null : drawnWithin(cy);
      const t0 = now();
      if (method === 'cy.remove') cy.batch(() => void cy.remove(gone));
      else if (method === 'eles.remove') cy.batch(() => void gone.remove());
      else if (method === 'chunks') cy.batch(() => removeInChunks(cy, gone));
      else if (method === 'class') cy.batch(() => void gone.addClass(HIDDEN));
      else if (method === 'style') cy.batch(() => void gone.style('display', 'none'));
      else if (method === 'small') {
        const small = stage.small!;
        cy.startBatch();
        applyScene(small, kept);
        small.viewport({ zoom: cy.zoom(), pan: { ...cy.pan() } });
        fitScene(small, kept, false);
        container().style.visibility = 'hidden';
        smallContainer().style.visibility = '';
      } else {
        cy.destroy();
        stage = await drawn(kept);
      }
      const missed = (await drew) === 'none';
      if (method !== 'rebuild') await painted();
      const hide = now() - t0;
      const hideLongest = longestSince(t0);
      await sleep(800);
      // The big instance shown again after the small one has nothing new to draw (its canvas kept its pixels).
      const redrew = method === 'rebuild' || method === 'small' ? null : drawnWithin(cy);
      const t1 = now();
      if (method === 'cy.remove' || method === 'eles.remove' || method === 'chunks') cy.batch(() => void gone.restore());
      else if (method === 'class') cy.batch(() => void gone.removeClass(HIDDEN));
      else if (method === 'style') cy.batch(() => void gone.removeStyle('display'));
      else if (method === 'small') {
        cy.endBatch();
        container().style.visibility = '';
        smallContainer().style.visibility = 'hidden';
      } else {
        stage.big.destroy();
        stage = await drawn(full);
      }
      const missedBack = (await redrew) === 'none';
      if (method !== 'rebuild') await painted();
      const back = now() - t1;
      const backLongest = longestSince(t1);
      if (missed || missedBack) console.log(`bench: ${method} drew nothing within ${DRAW_WAIT} ms (${missed ? 'filter' : 'back'})`);
      rows.push({ filter: name, method, hidden: gone.length, kept: keep.size, hide, hideLongest, back, backLongest, missed, missedBack });
      stage.small?.destroy();
      stage.big.destroy();
      container().style.visibility = '';
      smallContainer().style.visibility = 'hidden';
      await sleep(300);
    }
  }
  return rows;
}

Object.assign(window, { runHideBench: hideBench });
