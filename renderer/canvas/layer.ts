// canvas/layer: a scene at plain detail drawn on a canvas of its own, under cytoscape's, one path per look. At plain
// detail (canvas/stylesheet: above DETAIL_UP_TO elements, and for any scene of more than SCENE_DETAIL_UP_TO) an edge
// is a straight line of its kind's colour and width and a node a shape of its kind's colour, nothing cytoscape must
// work out element by element; yet made, styled and drawn one by one by cytoscape, they cost most of a big graph's
// draw (10,000 nodes and 20,000 edges, cytoscape's default style, headless Chromium: 2.2 to 2.5 s with the edges,
// 0.3 s without; 50,000 nodes redrawn after a pan: 608 ms, 20 ms with the nodes at opacity 0). So this layer draws
// the scene's edges and nodes, following the instance's viewport and the places of the nodes dragged, and the instance
// holds only the few nodes it draws over the layer (a label, a ring) or answers the pointer for (canvas/sparse).
import type { Core, EventObject, NodeSingular, Position } from 'cytoscape';
import { NODE_SIZE } from '../../src/layout/size';
import type { NodeShape } from '../../src/style/palette';
import type { EdgeLook, EdgeState, NodeLook } from './stylesheet';

/** An edge the layer may draw: its id, its ends and its kind (its colour and width); one object per edge of the graph. */
export type LayerEdge = { readonly id: string; readonly source: string; readonly target: string; readonly kind: string };

/**
 * What an instance leaves to its layer: the scene's nodes at their places, its edges, the elements it dims and those
 * of the lineage it highlights. In an instance drawn on its layer cytoscape's nodes carry no class `dimmed` (putting it
 * on 50,000 nodes restyled each of them: 350 ms in `npm run bench`, and as long again to draw): the layer draws them
 * faint and canvas/labels gives them no label.
 */
export type LayerScene = {
  readonly nodes: readonly string[];
  readonly positions: Readonly<Record<string, Position>>;
  readonly edges: readonly LayerEdge[];
  readonly dimmed: ReadonlySet<string>;
  readonly lineage?: ReadonlySet<string> | undefined;
};
/** An edge's state in a layer's scene: in the lineage it highlights, dimmed, or plain. */
export const edgeState = (scene: Pick<LayerScene, 'dimmed' | 'lineage'>, id: string): EdgeState =>
  scene.lineage?.has(id) ? 'lineage' : scene.dimmed.has(id) ? 'dimmed' : 'plain';
/** Each instance's layer scene now (stage sets it with each scene; canvas/labels reads it). */
const LAYER_SCENES = new WeakMap<Core, LayerScene>();
export const layerSceneOf = (cy: Core): LayerScene | undefined => LAYER_SCENES.get(cy);
export function setLayerScene(cy: Core, scene: LayerScene | null): void {
  if (scene) LAYER_SCENES.set(cy, scene);
  else LAYER_SCENES.delete(cy);
}

/** Lines of one look, as indices of their ends in the model's nodes, in pairs. */
export type EdgeBatch = { readonly look: EdgeLook; readonly ends: Uint32Array };
/** Nodes of one look, as indices in the model's nodes. */
export type NodeBatch = { readonly look: NodeLook; readonly nodes: Uint32Array };
/** What the layer draws: the nodes (each one's index in them), edges and nodes grouped by look. */
export type LayerModel = {
  readonly nodes: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly edges: EdgeBatch[];
  readonly shapes: NodeBatch[];
};

/** The states in the order they are drawn: the dimmed rest under the plain edges, a highlighted lineage on top. */
const ORDER: readonly EdgeState[] = ['dimmed', 'plain', 'lineage'];

/** Each scene's nodes' indices, by its nodes (a focus among the rest dimmed draws the same nodes as the whole graph). */
const INDICES = new WeakMap<readonly string[], ReadonlyMap<string, number>>();
function indexOf(nodes: readonly string[]): ReadonlyMap<string, number> {
  let index = INDICES.get(nodes);
  if (!index) {
    const made = new Map<string, number>();
    nodes.forEach((id, i) => void made.set(id, i));
    INDICES.set(nodes, (index = made));
  }
  return index;
}
/** Each edge's ends' indices among `nodes`, in pairs (-1: not among them), kept by the edges and the nodes. */
const ENDS = new WeakMap<readonly LayerEdge[], { nodes: readonly string[]; at: Int32Array }>();
function endsOf(nodes: readonly string[], edges: readonly LayerEdge[]): Int32Array {
  const known = ENDS.get(edges);
  if (known?.nodes === nodes) return known.at;
  const index = indexOf(nodes);
  const at = new Int32Array(edges.length * 2);
  edges.forEach((e, i) => {
    at[2 * i] = index.get(e.source) ?? -1;
    at[2 * i + 1] = index.get(e.target) ?? -1;
  });
  ENDS.set(edges, { nodes, at });
  return at;
}

/**
 * The layer's model: the scene's nodes grouped by look (`nodeLook`, faint for those it dims), dimmed ones first; its
 * edges by look, the dimmed rest first and a lineage last, an edge with an end not among the nodes left out. Each
 * group keeps its members in the scene's order, and the groups of a rank the order their first members come in.
 *
 * It is made on the main thread for every new scene (a focus among the rest dimmed at 50,000 nodes and 102,000 edges is
 * one), so it keys nothing by a made string: nodes are grouped by the look object `nodeLook` returns (plainNodeLook
 * gives the same object for the same look; looks equal but not the same object share a group), edges by their
 * state's rank and then their kind; the nodes' indices and the edges' ends are kept by the scene's nodes and edges (a
 * focus among the rest dimmed has the whole graph's). At 50,000 nodes and 102,000 edges in Node (3 December
 * 2026): 150 to 220 ms a model before, grouped by a two-part string key per element; now 32 to 39 ms for the whole
 * graph after its first model, 82 to 87 ms for a focus among the rest dimmed (its Set of 150,000 dimmed ids read per
 * element).
 */
export function modelOf(
  scene: Pick<LayerScene, 'nodes' | 'edges' | 'dimmed' | 'lineage'>,
  edgeLook: (kind: string, state: EdgeState) => EdgeLook,
  nodeLook: (id: string, dimmed: boolean) => NodeLook,
): LayerModel {
  const { nodes, edges, dimmed } = scene;
  const index = indexOf(nodes);
  // Each look object's group, found by its content the first time it is seen (looks equal but not the same object share one).
  type Group = { readonly look: NodeLook; readonly members: number[] };
  const byObject = new Map<NodeLook, Group>();
  const byLook = new Map<string, Group>();
  for (let i = 0; i < nodes.length; i++) {
    const id = nodes[i]!;
    const look = nodeLook(id, dimmed.has(id));
    let group = byObject.get(look);
    if (!group) {
      const key = `${look.color}|${look.alpha}|${look.shape}`;
      group = byLook.get(key) ?? { look, members: [] };
      byLook.set(key, group);
      byObject.set(look, group);
    }
    group.members.push(i);
  }
  const shapes = [...byLook.values()]
    .sort((a, b) => a.look.alpha - b.look.alpha)
    .map(({ look, members }) => ({ look, nodes: Uint32Array.from(members) }));
  // Edges by rank (ORDER), then kind, each group its ends' indices in pairs.
  const ranks = ORDER.map(() => new Map<string, number[]>());
  const at = endsOf(nodes, edges);
  for (let i = 0; i < edges.length; i++) {
    const [s, t] = [at[2 * i]!, at[2 * i + 1]!];
    if (s < 0 || t < 0) continue;
    const e = edges[i]!;
    const byKind = ranks[ORDER.indexOf(edgeState(scene, e.id))]!;
    const ends = byKind.get(e.kind);
    if (ends) ends.push(s, t);
    else byKind.set(e.kind, [s, t]);
  }
  const lines = ranks.flatMap((byKind, r) =>
    [...byKind].map(([kind, ends]) => ({ look: edgeLook(kind, ORDER[r]!), ends: Uint32Array.from(ends) })),
  );
  return { nodes, index, edges: lines, shapes };
}

/** What of a 2D context drawLayer uses (a recording one stands in for it in the tests). */
export type Pen = Pick<
  CanvasRenderingContext2D,
  'beginPath' | 'moveTo' | 'lineTo' | 'stroke' | 'fill' | 'rect' | 'arc' | 'closePath' | 'roundRect'
> & {
  strokeStyle: CanvasRenderingContext2D['strokeStyle'];
  fillStyle: CanvasRenderingContext2D['fillStyle'];
  lineWidth: number;
  globalAlpha: number;
};
/** The part of the model the canvas shows (x1..x2, y1..y2 in model coordinates) and the zoom it shows it at. */
export type View = { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly zoom: number };

/** Half a node's size: every node is NODE_SIZE across, as cytoscape draws it. */
const HALF = NODE_SIZE / 2;
/** Below this many pixels across on screen, a node is drawn as a square whatever its shape (they look alike). */
const SHAPE_FROM_PX = 3;

/** Adds `shape` centred at (x, y), half `h` across, to the path: cytoscape's geometry for it. */
function shapeAt(pen: Pen, shape: NodeShape, x: number, y: number, h: number): void {
  const poly = (pts: readonly number[]) => {
    pen.moveTo(x + pts[0]! * h, y + pts[1]! * h);
    for (let i = 2; i < pts.length; i += 2) pen.lineTo(x + pts[i]! * h, y + pts[i + 1]! * h);
    pen.closePath();
  };
  switch (shape) {
    case 'ellipse':
      pen.moveTo(x + h, y);
      return pen.arc(x, y, h, 0, 2 * Math.PI);
    case 'round-rectangle':
      // cytoscape's corner: a quarter of the side, at most 8.
      return pen.roundRect(x - h, y - h, 2 * h, 2 * h, Math.min(h / 2, 8));
    case 'diamond':
      return poly([0, -1, 1, 0, 0, 1, -1, 0]);
    case 'hexagon':
      // cytoscape's hexagon, fitted to its square: flat top and bottom.
      return poly([-0.5, -1, 0.5, -1, 1, 0, 0.5, 1, -0.5, 1, -1, 0]);
    default:
      return pen.rect(x - h, y - h, 2 * h, 2 * h);
  }
}

/**
 * Draws the model in model coordinates (the caller has set the viewport's transform), node positions from `xy`
 * ([x0, y0, x1, y1, …], in the model's node order): each look's lines stroked as one path, then each look's nodes
 * filled as one; what lies wholly beyond one side of the view is left out. Returns how many lines and nodes it drew.
 */
export function drawLayer(
  pen: Pen,
  model: Pick<LayerModel, 'edges' | 'shapes'>,
  xy: Float32Array,
  view: View,
): { lines: number; nodes: number } {
  let lines = 0;
  let nodes = 0;
  for (const { look, ends } of model.edges) {
    pen.strokeStyle = look.color;
    pen.lineWidth = look.width;
    pen.globalAlpha = look.alpha;
    pen.beginPath();
    // The lines' width reaches beyond their ends' centres: the view is widened by it.
    const [x1, y1, x2, y2] = [view.x1 - look.width, view.y1 - look.width, view.x2 + look.width, view.y2 + look.width];
    for (let i = 0; i < ends.length; i += 2) {
      const [ax, ay, bx, by] = [xy[2 * ends[i]!]!, xy[2 * ends[i]! + 1]!, xy[2 * ends[i + 1]!]!, xy[2 * ends[i + 1]! + 1]!];
      if ((ax < x1 && bx < x1) || (ax > x2 && bx > x2) || (ay < y1 && by < y1) || (ay > y2 && by > y2)) continue;
      pen.moveTo(ax, ay);
      pen.lineTo(bx, by);
      lines++;
    }
    pen.stroke();
  }
  const small = 2 * HALF * view.zoom < SHAPE_FROM_PX;
  for (const { look, nodes: members } of model.shapes) {
    pen.fillStyle = look.color;
    pen.globalAlpha = look.alpha;
    pen.beginPath();
    for (const i of members) {
      const [x, y] = [xy[2 * i]!, xy[2 * i + 1]!];
      if (x < view.x1 - HALF || x > view.x2 + HALF || y < view.y1 - HALF || y > view.y2 + HALF) continue;
      if (small) pen.rect(x - HALF, y - HALF, 2 * HALF, 2 * HALF);
      else shapeAt(pen, look.shape, x, y, HALF);
      nodes++;
    }
    pen.fill();
  }
  pen.globalAlpha = 1;
  return { lines, nodes };
}

/** The nodes' places (`where`; NaN, never drawn, where it has none), in the model's order, as drawLayer reads them. */
export function positionsOf(nodes: readonly string[], where: (id: string) => Position | undefined): Float32Array {
  const xy = new Float32Array(nodes.length * 2);
  nodes.forEach((id, i) => {
    const p = where(id);
    xy[2 * i] = p ? p.x : NaN;
    xy[2 * i + 1] = p ? p.y : NaN;
  });
  return xy;
}

/** What drawLayer draws: the model's looks and indices, which the layer's worker is sent (its nodes stay here). */
export type Drawable = Pick<LayerModel, 'edges' | 'shapes'>;
/** A drawing the layer asks for: the canvas's size, the viewport, the nodes' positions, and the model when it changed. */
export type LayerJob = {
  readonly type: 'draw';
  readonly id: number;
  readonly width: number;
  readonly height: number;
  readonly ratio: number;
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
  readonly xy: Float32Array;
  /** A new model (null: nothing to draw); absent: the last one. */
  readonly model?: Drawable | null;
};
/** A drawing done: what it drew, and its time in ms. */
export type LayerDone = {
  readonly type: 'drawn';
  readonly id: number;
  readonly lines: number;
  readonly nodes: number;
  readonly ms: number;
};

/** Draws `job` on `ctx`'s canvas (sized to it, cleared): the model at the job's viewport, or nothing. */
export function paint(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  job: LayerJob,
  model: Drawable | null,
): { lines: number; nodes: number } {
  const { width: w, height: h, ratio, zoom, pan } = job;
  const canvas = ctx.canvas;
  if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
    canvas.width = Math.round(w * ratio);
    canvas.height = Math.round(h * ratio);
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  if (!model) return { lines: 0, nodes: 0 };
  ctx.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
  return drawLayer(ctx, model, job.xy, { x1: -pan.x / zoom, y1: -pan.y / zoom, x2: (w - pan.x) / zoom, y2: (h - pan.y) / zoom, zoom });
}

/**
 * Where the layer's pixels are drawn: on the page's main thread, or in a worker on the canvas handed to it
 * (transferControlToOffscreen), where drawing 150,000 elements costs the page nothing.
 */
type Painter = { paint(job: LayerJob, done: (r: LayerDone) => void): void; readonly offThread: boolean; close(): void };

function mainPainter(canvas: HTMLCanvasElement): Painter | null {
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  let model: Drawable | null = null;
  return {
    offThread: false,
    paint(job, done) {
      if (job.model !== undefined) model = job.model;
      const t0 = performance.now();
      const r = paint(ctx, job, model);
      done({ type: 'drawn', id: job.id, ...r, ms: performance.now() - t0 });
    },
    close() {},
  };
}

function workerPainter(canvas: HTMLCanvasElement): Painter | null {
  if (typeof Worker === 'undefined' || typeof canvas.transferControlToOffscreen !== 'function') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./layer.worker.ts', import.meta.url), { type: 'module' });
    const offscreen = canvas.transferControlToOffscreen();
    worker.postMessage({ type: 'canvas', canvas: offscreen }, [offscreen]);
  } catch {
    return null;
  }
  const waiting = new Map<number, (r: LayerDone) => void>();
  worker.onmessage = (e: MessageEvent<LayerDone>) => {
    const done = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    done?.(e.data);
  };
  return {
    offThread: true,
    paint(job, done) {
      waiting.set(job.id, done);
      // The places handed over; a model copied (the layer keeps it, to send again when its scene comes back).
      worker.postMessage(job, [job.xy.buffer as ArrayBuffer]);
    },
    close: () => worker.terminate(),
  };
}

/**
 * On the main thread, while the view moves, a redraw that costs more than this (ms) gives way to the last drawing
 * moved and scaled with the view (a CSS transform, which the compositor draws), and the layer is drawn anew once the
 * view rests. Drawn in a worker, the layer always follows the view so, until the worker's next drawing comes.
 */
const FRAME_BUDGET_MS = 20;
/** The view is taken to be moving while its viewport changes within this many ms of its last change, and to rest after. */
const REST_MS = 150;

export type Layer = {
  readonly canvas: HTMLCanvasElement;
  /** Draws this scene as soon as the caller's task is done (null: nothing; cytoscape draws its scene itself). */
  set(scene: LayerScene | null): void;
  /** The looks are to be read again (a new theme): drawn anew on the next frame. */
  restyle(): void;
  /** A paused layer (its instance hidden) draws nothing, and draws what changed meanwhile when resumed. */
  pause(paused: boolean): void;
  /** Resolves once everything asked of the layer so far is drawn (the benchmark waits for it). */
  drawn(): Promise<void>;
  destroy(): void;
};

/**
 * A layer for `cy`: a canvas put first in its container, under cytoscape's own, drawn at once after a change of its
 * scene or its looks (restyle), on the next frame after a change of the instance's viewport or size or of a node's
 * position in the instance (dragged), in a worker where the page allows (`offThread`, default true). A node is drawn where it was dragged (`moved`), else at
 * its scene's place. None for an instance without a container (headless) or where the page gives no 2D canvas.
 */
export function createLayer(
  cy: Core,
  edgeLook: (kind: string, state: EdgeState) => EdgeLook,
  nodeLook: (id: string, dimmed: boolean) => NodeLook,
  moved: (id: string) => Position | undefined = () => undefined,
  offThread = true,
): Layer | null {
  const container = cy.container();
  if (!container) return null;
  const canvas = document.createElement('canvas');
  const painter = (offThread ? workerPainter(canvas) : null) ?? mainPainter(canvas);
  if (!painter) return null;
  canvas.className = 'plain-layer';
  Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none', transformOrigin: '0 0' });
  container.insertBefore(canvas, container.firstChild);

  let scene: LayerScene | null = null;
  let model: LayerModel | null = null;
  /**
   * The models made, by scene, until the looks change: a scene shown again (the whole graph after a filter) is sent
   * to the painter again without being made again (at 50,000 nodes and 102,000 edges, tens of milliseconds).
   */
  let models = new WeakMap<LayerScene, LayerModel>();
  /** The model's nodes' places, kept between drawings (a copy goes to each), and a count of their changes. */
  let xy: Float32Array = new Float32Array(0);
  let placed = 0;
  /** What the last drawing asked of the painter showed: size, viewport and places (canvas/layer's `draw`). */
  let paintedKey = '';
  /** Whether the painter has the current model. */
  let sent = false;
  let paused = false;
  let dirty = false;
  let frame = 0;
  /** A drawing asked for at once (a new scene), on a task of its own rather than the next frame. */
  let prompt = 0;
  let restTimer = 0;
  let lastMove = -Infinity;
  let lastCost = 0;
  /** A drawing under way (in the worker), and whether another was asked for meanwhile. */
  let busy = false;
  let again = false;
  let jobs = 0;
  let settle: (() => void)[] = [];
  /** The viewport the canvas's pixels were drawn at. */
  let drawnAt = { zoom: 1, x: 0, y: 0 };

  /** The last drawing moved and scaled as the view is now: a model point drawn at p0 + z0·m is now at p + z·m. */
  const follow = () => {
    const s = cy.zoom() / drawnAt.zoom;
    const pan = cy.pan();
    const [tx, ty] = [pan.x - s * drawnAt.x, pan.y - s * drawnAt.y];
    canvas.style.transform = s === 1 && tx === 0 && ty === 0 ? '' : `translate(${tx}px, ${ty}px) scale(${s})`;
  };
  const idle = () => !busy && !frame && !prompt && !again && !(dirty && !paused);
  /** Hands the waiters of drawn() their turn, if nothing is left to draw. */
  const settled = () => {
    if (!idle()) return;
    const waiting = settle;
    settle = [];
    waiting.forEach((f) => f());
  };
  const draw = () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(prompt);
    [frame, prompt] = [0, 0];
    if (paused) return void (dirty = true);
    if (busy) return void (again = true);
    dirty = false;
    const [w, h] = [container.clientWidth, container.clientHeight];
    const zoom = cy.zoom();
    const pan = { ...cy.pan() };
    const ratio = window.devicePixelRatio || 1;
    if (scene && !model) {
      const s = scene;
      model = models.get(s) ?? modelOf(s, edgeLook, nodeLook);
      models.set(s, model);
      xy = positionsOf(s.nodes, (id) => moved(id) ?? s.positions[id]);
      placed++;
    }
    // The canvas already shows this (an instance shown again as it was, a resize to the same size; nothing, wherever
    // the view goes): nothing to draw.
    const key = scene ? [w, h, ratio, zoom, pan.x, pan.y, placed].join('|') : 'nothing';
    if (sent && key === paintedKey) return settled();
    paintedKey = key;
    const job: LayerJob = {
      type: 'draw',
      id: ++jobs,
      width: w,
      height: h,
      ratio,
      zoom,
      pan,
      xy: model && scene ? xy.slice() : new Float32Array(0),
      ...(sent ? {} : { model: model && scene ? { edges: model.edges, shapes: model.shapes } : null }),
    };
    sent = true;
    Object.assign(canvas.style, { width: `${w}px`, height: `${h}px` });
    busy = true;
    painter.paint(job, (r) => {
      busy = false;
      drawnAt = { zoom, x: pan.x, y: pan.y };
      follow();
      Object.assign(canvas.dataset, {
        edges: String(scene?.edges.length ?? 0),
        lines: String(r.lines),
        nodes: String(r.nodes),
        drawings: String(r.id),
      });
      lastCost = r.ms;
      if (again) {
        again = false;
        soon();
      }
      settled();
    });
  };
  const soon = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  /**
   * The model is to be made again (a new scene, or new looks), as soon as the task that asked is done: the worker then
   * draws while the page finishes the scene (cytoscape's frame, the labels), and its picture reaches the screen in the
   * same frame, not one later.
   */
  const remodel = () => {
    model = null;
    sent = false;
    if (!prompt) prompt = window.setTimeout(draw, 0);
  };
  /** Once the view has rested REST_MS, drawn anew. */
  const whenRested = () => {
    if (restTimer) return;
    const check = () => {
      const quiet = performance.now() - lastMove;
      restTimer = quiet >= REST_MS ? 0 : window.setTimeout(check, REST_MS - quiet);
      if (!restTimer) soon();
    };
    restTimer = window.setTimeout(check, REST_MS);
  };
  const onViewport = () => {
    const t = performance.now();
    const moving = t - lastMove < REST_MS;
    lastMove = t;
    if (painter.offThread) {
      follow();
      return soon();
    }
    if (!moving || lastCost <= FRAME_BUDGET_MS || paused) return soon();
    follow();
    whenRested();
  };
  /** A node of the instance moved (dragged, or put at its place): drawn there. */
  const onPosition = (e: EventObject) => {
    const i = model?.index.get(e.target.id() as string);
    if (i === undefined) return;
    const p = (e.target as NodeSingular).position();
    if (xy[2 * i] === Math.fround(p.x) && xy[2 * i + 1] === Math.fround(p.y)) return;
    xy[2 * i] = p.x;
    xy[2 * i + 1] = p.y;
    placed++;
    soon();
  };
  cy.on('viewport', onViewport);
  cy.on('resize', soon);
  cy.on('position', 'node', onPosition);

  return {
    canvas,
    set(next) {
      if (next === scene) return;
      scene = next;
      setLayerScene(cy, next);
      remodel();
    },
    restyle() {
      models = new WeakMap();
      remodel();
    },
    pause(on) {
      paused = on;
      if (!on && dirty) soon();
    },
    drawn: () => (idle() ? Promise.resolve() : new Promise<void>((r) => settle.push(r))),
    destroy() {
      cancelAnimationFrame(frame);
      window.clearTimeout(prompt);
      window.clearTimeout(restTimer);
      cy.off('viewport', onViewport);
      cy.off('resize', soon);
      cy.off('position', 'node', onPosition);
      setLayerScene(cy, null);
      painter.close();
      canvas.remove();
      settle.forEach((f) => f());
    },
  };
}
