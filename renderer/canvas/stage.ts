// canvas/stage: the canvas's two cytoscape instances. The big one holds the whole graph's drawn scene; a scene that
// draws a small part of a big graph (a focus, a trace, a narrow filter) is drawn in a second, small instance
// instead of removing thousands of elements from the big one (cytoscape's removal of what a focus leaves out took
// 1.6 to 1.8 s at 10,000 nodes in `npm run bench`). The big one is left as it was, its canvas still painted, and
// shown again, unchanged, when a scene is cheaper to draw there. Which one draws a scene: the one with less to remove
// and add (a removal weighs two additions). The instance not shown is paused (see `activate`); what changes in it
// meanwhile is drawn when it is shown. Each instance draws its scene at the scene's own level of detail (sceneDetail),
// a scene at plain detail on the instance's canvas layer (canvas/layer), cytoscape holding only the few nodes it draws
// over the layer or answers the pointer for (canvas/sparse).
import type { Core, ElementDefinition, Position, StylesheetJson } from 'cytoscape';
import type { LayoutResult } from '../../src/layout/types';
import type { Scene } from '../../src/view/scene';
import { type Layer, type LayerEdge, type LayerScene, layerSceneOf } from './layer';
import { controlBoxes, controlsKey, labelSide, setLabelSide, updateLabels } from './labels';
import { applyScene, dataOf, markNodes, movedTo, movesOn, sceneChanges, sceneSerial, setElements } from './sceneClasses';
import { endSparse, refreshSparse, showSparse } from './sparse';
import { type Detail, detailFor, BY_LICENCE, type NodeLook, OWN_MARKS, plainNodeLook } from './stylesheet';

/** Up to this cost (below), the big instance draws the scene whatever the small one would cost. */
export const SMALL_STAGE_ABOVE = 1000;
/**
 * A removal from an instance that draws a big scene costs about two additions to one that draws a small one.
 * `BENCH_HIDE=1 BENCH_HIDE_METHODS=chunks,small npm run bench -- merged,10000 1` (2 December 2026, 13:27, load 6):
 * a narrow filter at 10,000 nodes removed 27,538 elements from the big instance in 525 ms, or made and drew its 2,895
 * in the small one in 57 ms; a wide one removed 10,466 in 1,571 ms, or made 19,967 in 596 ms (merged: 97 against 32 ms,
 * and 195 against 110 ms). An earlier guess, an addition costing ten removals, kept both filters in the big instance.
 */
export const REMOVE_COST = 2;
/** What drawing `scene` on `cy` costs, in additions. */
export const sceneCost = (cy: Core, scene: Pick<Scene, 'nodes' | 'edges'>): number => {
  const { remove, add } = sceneChanges(cy, scene);
  return REMOVE_COST * remove + add;
};

/**
 * Up to this many elements a scene is drawn in full detail (arrowheads, dashes, curved and routed edges), whatever the
 * size of its graph; above it, at the whole graph's detail (detailFor). A lineage or a narrow filter is read edge by
 * edge; 2,895 elements in full detail (the 10,000-node bench's filter) took 499 ms to draw against 150 ms plain
 * (`npm run bench`, 14:22, load 2).
 */
export const SCENE_DETAIL_UP_TO = 1000;
/** The detail `scene` is drawn at in a graph drawn at `graph`'s. */
export const sceneDetail = (scene: Pick<Scene, 'nodes' | 'edges'>, graph: Detail): Detail =>
  scene.nodes.length + scene.edges.length <= SCENE_DETAIL_UP_TO ? detailFor(scene.nodes.length, scene.edges.length) : graph;

type Mark = Parameters<typeof markNodes>[2];

export type Stage = {
  readonly big: Core;
  /** Makes the small instance, on the first scene that wants it. */
  readonly makeSmall: () => Core;
  small: Core | null;
  /** The instance shown: the one that drew the last scene. */
  active: Core;
  /** The graph's element definitions, which the small instance gets (copied) when it first draws this graph. */
  elements: readonly ElementDefinition[];
  /** Whether the small instance holds the current graph's definitions. */
  smallHasGraph: boolean;
  /** Node marks (markNodes) in force, carried to the small instance when it is given a graph. */
  readonly marks: Map<string, Mark>;
  /** Up to this many elements to remove or add, the big instance draws the scene. */
  readonly smallAbove: number;
  /**
   * The stylesheet at a level of detail (the canvas's theme in it). Given, each instance is drawn at the detail of the
   * scene it draws (sceneDetail), not only of the whole graph: a lineage of a few dozen elements out of 30,000 gets
   * its arrowheads, dashes and routed edges, which the whole graph leaves out above DETAIL_UP_TO elements.
   */
  readonly styleOf?: (detail: Detail) => StylesheetJson;
  /** The detail each instance is styled at now, where known (styleOf set it). */
  readonly details: WeakMap<Core, Detail>;
  /** The whole graph's detail (detailFor its nodes and edges), set with its elements. */
  graphDetail: Detail;
  /**
   * Makes an instance's canvas layer (canvas/layer) that draws nodes so (`nodes`), or null where it can have none.
   * Given, a scene drawn at plain detail is drawn there, and its instance holds only the nodes it draws over it or
   * answers the pointer for (canvas/sparse).
   */
  readonly layerOf?: (cy: Core, nodes: LayerNodes) => Layer | null;
  /** Each instance's canvas layer, once made (null: it can have none). */
  readonly layers: Map<Core, Layer | null>;
  /** The graph's edges' ends and kinds, by id, for the canvas layers. */
  edgeEnds: Map<string, LayerEdge>;
};

/** How an instance's canvas layer draws a node: its look, and where it was dragged to (if it was). */
export type LayerNodes = {
  readonly look: (id: string, dimmed: boolean) => NodeLook;
  readonly moved: (id: string) => Position | undefined;
};

export function createStage(
  big: Core,
  makeSmall: () => Core,
  smallAbove = SMALL_STAGE_ABOVE,
  styleOf?: (detail: Detail) => StylesheetJson,
  layerOf?: (cy: Core, nodes: LayerNodes) => Layer | null,
): Stage {
  return {
    big,
    makeSmall,
    small: null,
    active: big,
    elements: [],
    smallHasGraph: false,
    marks: new Map(),
    smallAbove,
    ...(styleOf ? { styleOf } : {}),
    details: new WeakMap(),
    graphDetail: detailFor(0, 0),
    ...(layerOf ? { layerOf } : {}),
    layers: new Map(),
    edgeEnds: new Map(),
  };
}

/** A new graph: the big instance gets its elements (made as scenes draw them); the small one, emptied, gets them when it first draws. */
export function setStageElements(stage: Stage, elements: ElementDefinition[]): void {
  const nodes = elements.filter((d) => d.group === 'nodes').length;
  stage.graphDetail = detailFor(nodes, elements.length - nodes);
  stage.edgeEnds = new Map();
  if (stage.layerOf)
    for (const d of elements)
      if (d.group === 'edges')
        stage.edgeEnds.set(String(d.data.id), {
          id: String(d.data.id),
          source: d.data.source,
          target: d.data.target,
          kind: String(d.data.kind),
        });
  for (const layer of stage.layers.values()) layer?.set(null);
  for (const cy of [stage.big, stage.small]) if (cy) endSparse(cy);
  setElements(stage.big, elements);
  for (const [cls, on] of stage.marks) markNodes(stage.big, cls, on);
  stage.elements = elements;
  stage.smallHasGraph = false;
  if (stage.small) setElements(stage.small, []);
  activate(stage, stage.big);
}

/** The instances held in a batch by `activate`. */
const PAUSED = new WeakSet<Core>();

/**
 * cytoscape's canvas renderer, as far as pausing it goes: the callbacks its render loop calls before each frame,
 * drawing or not (its texture caches fill their queues there). Not in cytoscape's types; absent without a renderer.
 */
type Loop = { beforeRenderCallbacks?: unknown[] };
const loopOf = (cy: Core): Loop | undefined => (cy as Core & { renderer?: () => Loop | undefined }).renderer?.();
/** The before-frame callbacks of the instances paused, kept to give back when they are shown again. */
const IDLE_WORK = new WeakMap<Core, unknown[]>();

/**
 * Makes `cy` the instance shown: the other one paused, this one resumed. A batch stops a render loop's drawing but not
 * the work its texture caches do before each frame, drawn or not: after a first draw at 10,000 nodes the hidden big
 * instance went on building its layer textures, up to a frame's time per frame and more per layer, while the small
 * one drew a filter (`npm run bench`: its two frames took 834 ms, against 57 ms in `BENCH_HIDE`, which waited for the
 * big one to settle). Those callbacks are set aside while paused and given back, queues intact, when it is shown.
 */
function activate(stage: Stage, cy: Core): void {
  for (const other of [stage.big, stage.small])
    if (other && other !== cy && !PAUSED.has(other)) {
      PAUSED.add(other);
      other.startBatch();
      stage.layers.get(other)?.pause(true);
      const loop = loopOf(other);
      if (loop?.beforeRenderCallbacks) {
        IDLE_WORK.set(other, loop.beforeRenderCallbacks);
        loop.beforeRenderCallbacks = [];
      }
    }
  if (PAUSED.delete(cy)) {
    const loop = loopOf(cy);
    const kept = IDLE_WORK.get(cy);
    if (loop && kept) loop.beforeRenderCallbacks = kept;
    IDLE_WORK.delete(cy);
    cy.endBatch();
    stage.layers.get(cy)?.pause(false);
  }
  stage.active = cy;
}

/**
 * Destroys the stage: its layers, then both instances, each let out of the batch that paused it first. cytoscape tells
 * an instance's renderer to stop only by a notification, and an instance in a batch keeps its notifications until the
 * batch ends: destroyed while paused, its renderer's frame loop went on, holding the instance, its elements and every
 * scene kept by it (the bench's page kept 12 to 18 MB after a 10,000-node graph, found in a heap snapshot).
 */
export function destroyStage(stage: Stage): void {
  for (const layer of stage.layers.values()) layer?.destroy();
  stage.layers.clear();
  for (const cy of new Set([stage.small, stage.big]))
    if (cy) {
      if (PAUSED.delete(cy)) cy.endBatch();
      cy.destroy();
    }
}

/** Puts class `cls` on every node `on` accepts, in both instances (markNodes). */
export function markStage(stage: Stage, cls: string, on: Mark): void {
  stage.marks.set(cls, on);
  markNodes(stage.big, cls, on);
  if (stage.small && stage.smallHasGraph) markNodes(stage.small, cls, on);
  // The mark that colours by licence changes how the layers draw nodes: they read their looks again (the others, a
  // pick or the labels' side, do not, and a layer's model over 50,000 nodes is not made again for them).
  if (cls === BY_LICENCE) restyleLayers(stage);
  // A pick gives its nodes a ring, which cytoscape draws: an instance drawn sparsely holds them.
  if ((OWN_MARKS as readonly string[]).includes(cls)) for (const cy of [stage.big, stage.small]) if (cy) refreshSparse(cy);
}

/** How `cy`'s canvas layer draws node `id` (plainNodeLook): from its data, by its licence where that mark is on it. */
function nodeLook(stage: Stage, cy: Core, id: string, dimmed: boolean): NodeLook {
  const d = dataOf(cy, id);
  const byLicence = stage.marks.get(BY_LICENCE)?.(id, d?.kind) ?? false;
  return plainNodeLook(String(d?.kind), byLicence ? (d?.licence as string | undefined) : undefined, dimmed);
}

/** Sets the labels' side on both instances. */
export function labelSideOnStage(stage: Stage, side: 'right' | 'below'): void {
  for (const cy of [stage.big, stage.small]) if (cy) setLabelSide(cy, side);
}

function smallOf(stage: Stage): Core {
  const small = (stage.small ??= stage.makeSmall());
  if (!stage.smallHasGraph) {
    // Its own copies of the data: cytoscape keeps a definition's data object as the element's own.
    setElements(
      small,
      stage.elements.map((d) => ({ ...d, data: { ...d.data } })),
    );
    for (const [cls, on] of stage.marks) markNodes(small, cls, on);
    const side = labelSide(stage.big);
    if (side) setLabelSide(small, side);
    stage.smallHasGraph = true;
  }
  return small;
}

/**
 * Makes the small instance and gives it the graph ahead of need (the canvas calls it when idle after a first draw),
 * so that the first small scene does not pay for both. Only for a graph big enough for a scene to want it. Given a
 * `rehearsal` (view/scene rehearsalView's scene, worked out only here), draws it there once, hidden (rehearse).
 */
export function prepareSmall(stage: Stage, rehearsal?: () => Scene | null): void {
  if (stage.elements.length <= stage.smallAbove) return;
  // Not paused until a scene is shown: its first (empty) frame, which sets up its canvases, is drawn now.
  const small = smallOf(stage);
  // And its canvas layer, where the graph is drawn at plain detail (its worker started now, not on the first filter),
  // and its style at the detail of the scenes it draws most, a focus or a narrow filter (full detail, sceneDetail).
  if (!stage.graphDetail.detailed) layerFor(stage, small);
  const full = detailFor(0, 0);
  if (stage.styleOf && !stage.details.has(small)) {
    small.style(stage.styleOf(full));
    stage.details.set(small, full);
  }
  if (rehearsal) rehearse(stage, small, rehearsal());
}

/**
 * Draws `scene` in the small instance, hidden, and takes it away again once that frame is drawn, unless a scene of the
 * person's own came first. The first small scene in a new small instance then finds its canvases drawn once,
 * cytoscape's style caches filled and the code that lays out and draws a small scene at full detail run. In
 * `npm run bench -- merged,10000`, three runs each way, alternating (`BENCH_NO_REHEARSAL=1`, 3 December 2026, load 0.4
 * to 2.1), the merged graph's filter, the first small scene of each stage, took 60 to 120 ms (each run's median of
 * three) without and 40 to 52 ms with; the focus drawn after it, and the 10,000-node graph's, changed within the noise.
 * Only where the small instance is already styled at the scene's detail and not paused (its frames are drawn): a
 * restyle would throw the caches away, and a paused one draws nothing.
 */
function rehearse(stage: Stage, small: Core, scene: Scene | null): void {
  if (!scene || scene.nodes.length === 0 || Object.keys(scene.layout.positions).length === 0) return;
  if (stage.active === small || PAUSED.has(small) || !stage.styleOf) return;
  const styled = stage.details.get(small);
  const wanted = sceneDetail(scene, stage.graphDetail);
  if (!styled || styled.layer || styled.dashed !== wanted.dashed || styled.detailed !== wanted.detailed) return;
  applyScene(small, scene);
  // Framed, so that its elements are drawn (cytoscape leaves out what is off screen); a scene of the person's own
  // takes its viewport from the instance shown (canvas/GraphCanvas).
  small.fit(undefined, 30);
  const serial = sceneSerial(small);
  small.one('render', () => {
    if (stage.active === small || sceneSerial(small) !== serial) return;
    const { focus: _focus, ...rest } = scene;
    applyScene(small, { ...rest, nodes: [], edges: [], dimmed: new Set(), highlight: null });
  });
}

/**
 * What drawing `scene` on `cy` costs, in additions. An instance's picture on its canvas layer weighs as much as the
 * elements it draws, which another scene throws away (shown again, the same picture costs nothing: the big instance
 * keeps the whole graph's while the small one draws a filter or a focus, and Show everything shows it again as it was).
 */
function costOn(stage: Stage, cy: Core, scene: Scene, plain: boolean): number {
  const picture = layerSceneOf(cy);
  if (picture && plain && picture === layerScene(stage, scene)) return 0;
  const thrown = picture && !outdates(scene, picture) ? REMOVE_COST * (picture.nodes.length + picture.edges.length) : 0;
  // A scene drawn on a layer adds next to nothing to cytoscape (canvas/sparse).
  return thrown + sceneCost(cy, plain ? NOTHING : scene);
}

/**
 * Whether `scene` is the picture's own scene laid out anew (the same members, dimmed and highlight, other places): the
 * picture is not kept for it, since it would never be shown again. Counted as thrown away, the whole graph's stand-in
 * (the last layout or a grid, while the worker laid it out) sent the whole graph, once laid out, to the small instance,
 * and every filter and focus after it to the big one, which drew each in full detail in place of the whole graph's
 * picture (a 116-node filter of the merged catalogue: 224 ms from click to paint, profiled).
 */
const outdates = (scene: Scene, picture: LayerScene): boolean =>
  picture.nodes === scene.nodes &&
  picture.dimmed === scene.dimmed &&
  picture.lineage === scene.highlight?.edges &&
  picture.positions !== scene.layout.positions;

/**
 * The instance that draws `scene` at less cost: the big one unless that removes or adds many more elements. `plain`:
 * the scene is to be drawn on the instance's canvas layer.
 */
export function chooseStage(stage: Stage, scene: Scene, plain = false): Core {
  const onBig = costOn(stage, stage.big, scene, plain);
  if (onBig <= stage.smallAbove) return stage.big;
  const small = smallOf(stage);
  return costOn(stage, small, scene, plain) < onBig ? small : stage.big;
}

/** What choosing an instance counts for a scene its canvas layer draws: next to nothing (canvas/sparse). */
const NOTHING: Pick<Scene, 'nodes' | 'edges'> = { nodes: [], edges: [] };

/** `cy`'s canvas layer, made the first time it is asked for (none without Stage.layerOf). */
function layerFor(stage: Stage, cy: Core): Layer | null {
  if (!stage.layerOf) return null;
  if (!stage.layers.has(cy))
    stage.layers.set(cy, stage.layerOf(cy, { look: (id, dimmed) => nodeLook(stage, cy, id, dimmed), moved: (id) => movedTo(cy, id) }));
  return stage.layers.get(cy) ?? null;
}

/** Each scene's edges as the layers draw them (the graph's own LayerEdge objects), by the scene's edge ids and graph. */
const LAYER_EDGES = new WeakMap<readonly string[], { ends: Stage['edgeEnds']; edges: readonly LayerEdge[] }>();
function layerEdges(stage: Stage, ids: readonly string[]): readonly LayerEdge[] {
  const hit = LAYER_EDGES.get(ids);
  if (hit && hit.ends === stage.edgeEnds) return hit.edges;
  const edges: LayerEdge[] = [];
  for (const id of ids) {
    const e = stage.edgeEnds.get(id);
    if (e) edges.push(e);
  }
  LAYER_EDGES.set(ids, { ends: stage.edgeEnds, edges });
  return edges;
}

type LayerSceneKey = Pick<Scene, 'nodes' | 'layout' | 'dimmed' | 'highlight'>;
/**
 * What a scene's canvas layer draws, kept per scene (its nodes, places, edges, dimmed and highlight; by its edges, the
 * last few scenes drawn with them) so that a scene shown again is the same picture, not drawn again.
 */
const LAYER_SCENES = new WeakMap<readonly string[], { scene: LayerSceneKey; edges: readonly LayerEdge[]; drawn: LayerScene }[]>();
/** How many scenes with the same edges (the whole graph, and its focus among the dimmed rest) are kept. */
const KEPT_PER_EDGES = 4;
function layerScene(stage: Stage, scene: Scene): LayerScene {
  const edges = layerEdges(stage, scene.edges);
  const kept = LAYER_SCENES.get(scene.edges) ?? [];
  const same = (s: LayerSceneKey) =>
    s.nodes === scene.nodes &&
    s.layout.positions === scene.layout.positions &&
    s.dimmed === scene.dimmed &&
    s.highlight === scene.highlight;
  const hit = kept.find((k) => k.edges === edges && same(k.scene));
  if (hit) return hit.drawn;
  const drawn = { nodes: scene.nodes, positions: scene.layout.positions, edges, dimmed: scene.dimmed, lineage: scene.highlight?.edges };
  LAYER_SCENES.set(scene.edges, [{ scene, edges, drawn }, ...kept.slice(0, KEPT_PER_EDGES - 1)]);
  return drawn;
}

/**
 * Draws `scene` (applyScene) in the cheaper instance, which becomes the one shown; `switched` if it was not. At the
 * scene's level of detail (sceneDetail), where Stage.styleOf is given; at plain detail, where Stage.layerOf is given,
 * on the instance's canvas layer, cytoscape holding only the nodes it draws over it (canvas/sparse).
 */
export function showScene(stage: Stage, scene: Scene): { cy: Core; switched: boolean } {
  const base = stage.styleOf ? sceneDetail(scene, stage.graphDetail) : null;
  const plain = stage.layerOf !== undefined && base !== null && !base.detailed;
  const cy = chooseStage(stage, scene, plain);
  const layer = plain ? layerFor(stage, cy) : null;
  const draw = () => {
    if (layer) showSparse(cy, scene);
    else {
      endSparse(cy);
      applyScene(cy, scene);
    }
  };
  const detail = base && layer ? { ...base, layer: true } : base;
  const same = (a: Detail | undefined, b: Detail) =>
    a !== undefined && a.dashed === b.dashed && a.detailed === b.detailed && Boolean(a.layer) === Boolean(b.layer);
  if (!detail || same(stage.details.get(cy), detail)) draw();
  else {
    // Each element styled as few times as may be: restyled before a scene that adds more than the instance holds, after one that leaves fewer.
    const restyle = () => {
      cy.style(stage.styleOf!(detail));
      stage.details.set(cy, detail);
    };
    const growing = !layer && scene.nodes.length + scene.edges.length > cy.elements().length;
    if (growing) restyle();
    draw();
    if (!growing) restyle();
  }
  if (layer) layer.set(layerScene(stage, scene));
  else stage.layers.get(cy)?.set(null);
  const switched = cy !== stage.active;
  activate(stage, cy);
  return { cy, switched };
}

/** Each instance's canvas layer told to read its looks again (a new theme). */
export function restyleLayers(stage: Stage): void {
  for (const layer of stage.layers.values()) layer?.restyle();
}

/** What updateLabels read on an instance at its last pass, what it returned, and how long it took (ms). */
type LabelPass = { key: string; layout: LayoutResult | undefined; unplaced: string[]; ms: number };
/**
 * Each instance's last pass, in a WeakMap: kept in cytoscape's scratch, writing it after every pass restyled every
 * element (core `scratch` has `updateStyle: true`): 148 to 187 ms a pass at 50,000 nodes headless
 * (bench/labels-pass.ts), and in the browser a redraw of every element.
 */
const passes = new WeakMap<Core, LabelPass>();

/**
 * updateLabels, unless nothing it reads changed on `cy` since its last pass there (viewport, size, selection, label
 * side, the layout drawn, the scene's serial, the nodes dragged and the controls over the canvas): an instance shown again as it was keeps its labels (a pass over
 * 10,000 nodes costs a second or more). Returns the names that found no room, as updateLabels does.
 */
export function updateLabelsIfStale(cy: Core, selected: string | undefined, layout: LayoutResult | undefined): string[] {
  // The controls' boxes read once (they are DOM measurements), for the key and for the pass.
  const controls = controlBoxes(cy);
  const keyOf = () => {
    const pan = cy.pan();
    const serials = [sceneSerial(cy), movesOn(cy)];
    return [cy.zoom(), pan.x, pan.y, cy.width(), cy.height(), selected, labelSide(cy), ...serials, controlsKey(controls)].join('|');
  };
  const last = passes.get(cy);
  if (last && last.key === keyOf() && last.layout === layout) return last.unplaced;
  const t = performance.now();
  const unplaced = updateLabels(cy, selected, layout?.axis, controls);
  // Read after the pass: in an instance drawn sparsely, the pass makes the nodes it labels (a new serial).
  passes.set(cy, { key: keyOf(), layout, unplaced, ms: performance.now() - t });
  return unplaced;
}

/** How long the last label pass on `cy` that did its work took, in ms (0 before the first): canvas/relabel asks. */
export const labelPassCost = (cy: Core): number => passes.get(cy)?.ms ?? 0;
