// canvas/edgeLayer: a scene's edges at plain detail, drawn on a canvas of their own under cytoscape's, one path per
// look. At plain detail (canvas/stylesheet: above DETAIL_UP_TO elements, and for any scene of more than
// SCENE_DETAIL_UP_TO) an edge is a straight line of its kind's colour and width, nothing cytoscape must work out edge
// by edge; yet made, styled and drawn one by one by cytoscape, edges cost most of a big graph's first draw (10,000
// nodes and about 20,000 edges, cytoscape's default style, headless Chromium: 2.2 to 2.5 s with the edges, 0.3 s
// without; the same edges stroked here in one path: 0.1 s). The instance then holds the scene's nodes only, which it
// draws, labels and answers pointer events on as before; this layer follows its viewport and its nodes' positions.
import type { Core, NodeSingular } from 'cytoscape';
import type { EdgeLook, EdgeState } from './stylesheet';

/** An edge the layer draws: its ends, its kind (its colour and width) and its state in the scene. */
export type LayerEdge = { readonly source: string; readonly target: string; readonly kind: string; readonly state: EdgeState };

/**
 * The edges each instance leaves to its layer now (stage sets them with each scene): canvas/labels counts nodes'
 * degrees over them as over cytoscape's own edges.
 */
const LAYER_EDGES = new WeakMap<Core, readonly LayerEdge[]>();
export const layerEdgesOf = (cy: Core): readonly LayerEdge[] | undefined => LAYER_EDGES.get(cy);
export function setLayerEdges(cy: Core, edges: readonly LayerEdge[] | null): void {
  if (edges) LAYER_EDGES.set(cy, edges);
  else LAYER_EDGES.delete(cy);
}

/** Lines of one look, as the ends' nodes in pairs: [source, target, source, target, …]. */
export type Batch = { readonly look: EdgeLook; readonly ends: readonly NodeSingular[] };
/** The states in the order they are drawn: the dimmed rest under the plain edges, a highlighted lineage on top. */
const ORDER: readonly EdgeState[] = ['dimmed', 'plain', 'lineage'];

/**
 * `edges` grouped by look (one path each), dimmed first and the lineage last; an edge whose end `nodeOf` does not
 * find (not drawn) is left out.
 */
export function batchesOf(
  edges: readonly LayerEdge[],
  lookOf: (kind: string, state: EdgeState) => EdgeLook,
  nodeOf: (id: string) => NodeSingular | undefined,
): Batch[] {
  const groups = new Map<string, { look: EdgeLook; ends: NodeSingular[]; rank: number }>();
  for (const e of edges) {
    const s = nodeOf(e.source);
    const t = nodeOf(e.target);
    if (!s || !t) continue;
    const key = `${e.state}|${e.kind}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { look: lookOf(e.kind, e.state), ends: [], rank: ORDER.indexOf(e.state) }));
    g.ends.push(s, t);
  }
  return [...groups.values()].sort((a, b) => a.rank - b.rank).map(({ look, ends }) => ({ look, ends }));
}

/** What of a 2D context drawBatches uses (a recording one stands in for it in the tests). */
export type Pen = Pick<CanvasRenderingContext2D, 'beginPath' | 'moveTo' | 'lineTo' | 'stroke'> & {
  strokeStyle: CanvasRenderingContext2D['strokeStyle'];
  lineWidth: number;
  globalAlpha: number;
};
/** The part of the model the canvas shows: x1..x2, y1..y2 in model coordinates. */
export type ModelBox = { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };

/**
 * Strokes each batch as one path, in model coordinates (the caller has set the viewport's transform): a line wholly
 * beyond one side of `box` is left out. Returns how many lines were drawn.
 */
export function drawBatches(pen: Pen, batches: readonly Batch[], box: ModelBox): number {
  let drawn = 0;
  for (const { look, ends } of batches) {
    pen.strokeStyle = look.color;
    pen.lineWidth = look.width;
    pen.globalAlpha = look.alpha;
    pen.beginPath();
    // The lines' width reaches beyond their ends' centres: the box is widened by it.
    const [x1, y1, x2, y2] = [box.x1 - look.width, box.y1 - look.width, box.x2 + look.width, box.y2 + look.width];
    for (let i = 0; i < ends.length; i += 2) {
      const a = ends[i]!.position();
      const b = ends[i + 1]!.position();
      if ((a.x < x1 && b.x < x1) || (a.x > x2 && b.x > x2) || (a.y < y1 && b.y < y1) || (a.y > y2 && b.y > y2)) continue;
      pen.moveTo(a.x, a.y);
      pen.lineTo(b.x, b.y);
      drawn++;
    }
    pen.stroke();
  }
  pen.globalAlpha = 1;
  return drawn;
}

/**
 * While the view moves, a redraw that costs more than this (ms) gives way to the last drawing moved and scaled with
 * the view (a CSS transform, which the compositor draws), and the layer is drawn anew once the view rests.
 */
const FRAME_BUDGET_MS = 20;
/** The view is taken to be moving while its viewport changes within this many ms of its last change, and to rest after. */
const REST_MS = 150;

export type EdgeLayer = {
  readonly canvas: HTMLCanvasElement;
  /** Draws `edges` from the next frame on (null: none; the instance draws its edges itself). */
  set(edges: readonly LayerEdge[] | null): void;
  /** The looks are to be read again (a new theme): drawn anew on the next frame. */
  restyle(): void;
  /** A paused layer (its instance hidden) draws nothing, and draws what changed meanwhile when resumed. */
  pause(paused: boolean): void;
  destroy(): void;
};

/**
 * An edge layer for `cy`: a canvas put first in its container, under cytoscape's own, drawn on the frame after any
 * change of edges, viewport, size or node positions. None for an instance without a container (headless).
 */
export function createEdgeLayer(cy: Core, lookOf: (kind: string, state: EdgeState) => EdgeLook): EdgeLayer | null {
  const container = cy.container();
  const ctx0 = container ? document.createElement('canvas') : null;
  const ctx = ctx0?.getContext('2d') ?? null;
  if (!container || !ctx0 || !ctx) return null;
  const canvas = ctx0;
  canvas.className = 'edge-layer';
  Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none', transformOrigin: '0 0' });
  container.insertBefore(canvas, container.firstChild);

  let edges: readonly LayerEdge[] | null = null;
  let batches: Batch[] | null = null;
  let paused = false;
  let dirty = false;
  let frame = 0;
  let restTimer = 0;
  let lastMove = -Infinity;
  let lastCost = 0;
  /** The viewport the canvas's pixels were drawn at. */
  let drawnAt = { zoom: 1, x: 0, y: 0 };

  const draw = () => {
    frame = 0;
    if (paused) return void (dirty = true);
    dirty = false;
    const t0 = performance.now();
    const ratio = window.devicePixelRatio || 1;
    const [w, h] = [container.clientWidth, container.clientHeight];
    if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
      canvas.width = Math.round(w * ratio);
      canvas.height = Math.round(h * ratio);
      canvas.style.width = `${w}px`;
      canvas.style.height = `${h}px`;
    }
    canvas.style.transform = '';
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const zoom = cy.zoom();
    const pan = cy.pan();
    drawnAt = { zoom, x: pan.x, y: pan.y };
    let drawn = 0;
    if (edges) {
      if (!batches) {
        const nodes = new Map<string, NodeSingular>();
        cy.nodes().forEach((n) => void nodes.set(n.id(), n));
        batches = batchesOf(edges, lookOf, (id) => nodes.get(id));
      }
      ctx.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
      const box = { x1: -pan.x / zoom, y1: -pan.y / zoom, x2: (w - pan.x) / zoom, y2: (h - pan.y) / zoom };
      drawn = drawBatches(ctx, batches, box);
    }
    canvas.dataset.edges = String(edges?.length ?? 0);
    canvas.dataset.drawn = String(drawn);
    lastCost = performance.now() - t0;
  };
  const soon = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  /** Once the view has rested REST_MS, drawn anew. */
  const whenRested = () => {
    if (restTimer) return;
    const check = () => {
      const idle = performance.now() - lastMove;
      restTimer = idle >= REST_MS ? 0 : window.setTimeout(check, REST_MS - idle);
      if (!restTimer) soon();
    };
    restTimer = window.setTimeout(check, REST_MS);
  };
  const onViewport = () => {
    const t = performance.now();
    const moving = t - lastMove < REST_MS;
    lastMove = t;
    if (!moving || lastCost <= FRAME_BUDGET_MS || paused) return soon();
    // The last drawing, moved and scaled as the view: a model point drawn at p0 + z0·m is now at p + z·m.
    const s = cy.zoom() / drawnAt.zoom;
    const pan = cy.pan();
    canvas.style.transform = `translate(${pan.x - s * drawnAt.x}px, ${pan.y - s * drawnAt.y}px) scale(${s})`;
    whenRested();
  };
  const onPosition = () => soon();
  cy.on('viewport', onViewport);
  cy.on('resize', soon);
  cy.on('position', 'node', onPosition);
  // Nodes made or removed (a scene's) change which nodes the batches hold.
  const onNodes = () => {
    batches = null;
    soon();
  };
  cy.on('add remove', 'node', onNodes);

  return {
    canvas,
    set(next) {
      if (next === edges) return;
      edges = next;
      batches = null;
      setLayerEdges(cy, next);
      soon();
    },
    restyle() {
      batches = null;
      soon();
    },
    pause(on) {
      paused = on;
      if (!on && dirty) soon();
    },
    destroy() {
      cancelAnimationFrame(frame);
      window.clearTimeout(restTimer);
      cy.off('viewport', onViewport);
      cy.off('resize', soon);
      cy.off('position', 'node', onPosition);
      cy.off('add remove', 'node', onNodes);
      setLayerEdges(cy, null);
      canvas.remove();
    },
  };
}
