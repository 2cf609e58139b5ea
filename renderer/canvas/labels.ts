// canvas/labels: labels on screen at every zoom, at a constant, readable size, for the nodes that matter and
// as many others as fit without colliding (src/view/label-grid decides which).
import type { Core, NodeCollection, NodeSingular, Position } from 'cytoscape';
import { type LayerEdge, layerSceneOf } from './layer';
import { dataOf } from './sceneClasses';
import { hold, placeIn, sparseSceneOf } from './sparse';
import { NODE_SIZE } from '../../src/layout/types';
import type { LayoutResult } from '../../src/layout/types';
import { type LabelCandidate, type LabelSide, placeLabels, type ScreenBox } from '../../src/view/label-grid';
import { LANE_LABEL } from '../../src/layout/timeline';
import { shorten } from '../../src/import/text';

export const LABEL_PX = 11;
export const LABEL_FONT = `${LABEL_PX}px "DejaVu Sans", Helvetica, Arial, sans-serif`;
/** Labels longer than this are shortened on screen (the details panel shows the whole name). */
export const LABEL_CHARS = 40;

/** `label` as the canvas writes it: at most LABEL_CHARS UTF-16 units, cut by `shorten` (never inside a surrogate pair). */
export const screenLabel = (label: string): string => shorten(label, LABEL_CHARS);

/** Measured widths by weight, then text (a key made per call, `${weight}:${text}`, cost 57 ms a pass at 50,000 nodes). */
const widths = { 400: new Map<string, number>(), 600: new Map<string, number>() };
let ctx: CanvasRenderingContext2D | null = null;
/** The weight `ctx` measures at: its font is set only when that changes (Chromium parses the font each time it is set). */
let ctxWeight = 0;
/** The width in pixels of `text` in the screen's label font (at weight 600 for the time axis's names). */
export function measure(text: string, weight: 400 | 600 = 400): number {
  const known = widths[weight];
  let w = known.get(text);
  if (w === undefined) {
    ctx ??= document.createElement('canvas').getContext('2d');
    if (ctx && ctxWeight !== weight) {
      ctx.font = `${weight} ${LABEL_FONT}`;
      ctxWeight = weight;
    }
    w = ctx ? ctx.measureText(text).width : text.length * LABEL_PX * (weight === 600 ? 0.66 : 0.6);
    known.set(text, w);
  }
  return w;
}

/**
 * Where the time axis writes an earlier generation's name, on screen (`X` maps the layout's axis to screen x): ending at
 * the band's end, or, where the band is too narrow on screen for it, starting at the band's start (or the view's edge) a
 * line higher, clear of the watershed's name. `dy` is its baseline above the view's bottom edge.
 */
export function bandNameAt(band: { readonly label: string; readonly x0: number; readonly x1: number }, X: (x: number) => number) {
  const width = measure(band.label, 600);
  return X(band.x1) - 6 - width >= 4
    ? { x: X(band.x1) - 6, anchor: 'end' as const, dy: -30, width }
    : { x: Math.max(4, X(band.x0)), anchor: 'start' as const, dy: -44, width };
}

/**
 * Where the current layout puts labels, per instance: below nodes, or to their right (layered layouts reserve the
 * room); unset until a scene says. Kept beside cytoscape, not in its scratch: a scratch write restyles every element
 * (187 ms at 50,000 nodes, headless; see updateLabelsIfStale in canvas/stage).
 */
const SIDES = new WeakMap<Core, 'right' | 'below'>();
export const labelSide = (cy: Core): 'right' | 'below' | undefined => SIDES.get(cy);
export const setLabelSide = (cy: Core, side: 'right' | 'below'): void => void SIDES.set(cy, side);

/** The class that draws a label on a side other than the layout's own (the stylesheet places each). */
const SIDE_CLASS: Record<LabelSide, string> = { below: 'label-below', right: 'label-at-right', left: 'label-left', above: 'label-above' };
export const SIDE_CLASSES = Object.values(SIDE_CLASS);
const { below: BELOW, right: RIGHT, left: LEFT, above: ABOVE } = SIDE_CLASS;

/**
 * Puts a label's placement on node `n`: labelled (at `size`, LABEL_PX on screen) on side `at`, or unlabelled where
 * `at` is undefined; the class of its side where that is not the layout's own `side`. Touches only what changes.
 */
export function markLabel(n: NodeSingular, at: LabelSide | undefined, side: LabelSide, size: number): void {
  const on = at !== undefined;
  if (n.hasClass('labelled') !== on) n.toggleClass('labelled', on);
  if (on && n.data('fs') !== size) n.data('fs', size);
  const want = at === undefined || at === side ? undefined : SIDE_CLASS[at];
  for (const cls of SIDE_CLASSES) if (n.hasClass(cls) !== (cls === want)) n.toggleClass(cls, cls === want);
}

/**
 * Each instance's nodes' degrees, kept in a WeakMap rather than in cytoscape's scratch: setting a scratch value
 * restyles every element of the instance (cytoscape's core `scratch` has `updateStyle: true`): 148 to 187 ms at
 * 50,000 nodes, headless (bench/labels-pass.ts).
 */
const kept = new WeakMap<Core, { layer: readonly LayerEdge[] | undefined; degree: Map<string, number> }>();

/**
 * Each node's degree without loops, as `degree(false)` counts it, over the edges `cy` draws and those its edge layer
 * draws for it (canvas/layer), from one walk over them, kept until an element is added, removed or moved or the
 * layer's edges change: degree(false) makes collections for every edge it looks at (420 ms of a pass over 50,000 nodes
 * and 102,000 edges, headless), and the walk itself takes 50 to 70 ms, in a pass that follows every zoom and pan.
 */
function degrees(cy: Core): ReadonlyMap<string, number> {
  const layer = layerSceneOf(cy)?.edges;
  const known = kept.get(cy);
  if (known && known.layer === layer) return known.degree;
  const degree = new Map<string, number>();
  const count = (s: string, t: string) => {
    if (s === t) return;
    degree.set(s, (degree.get(s) ?? 0) + 1);
    degree.set(t, (degree.get(t) ?? 0) + 1);
  };
  cy.edges().forEach((e) => count(e.data('source') as string, e.data('target') as string));
  for (const e of layer ?? []) count(e.source, e.target);
  if (!known) cy.one('add remove move', () => void kept.delete(cy));
  kept.set(cy, { layer, degree });
  return degree;
}

/**
 * Each instance's nodes, as one collection kept until an element is added or removed: `cy.nodes()` filters all the
 * instance's elements into a new collection, 17 to 19 ms of each pass at 50,000 nodes (node, headless cytoscape; 11 to
 * 17 ms in headless Chromium's profile).
 */
const allNodes = new WeakMap<Core, NodeCollection>();
function nodesOf(cy: Core): NodeCollection {
  let nodes = allNodes.get(cy);
  if (!nodes) {
    nodes = cy.nodes();
    allNodes.set(cy, nodes);
    cy.one('add remove', () => void allNodes.delete(cy));
  }
  return nodes;
}

/** A node the pass may label, with its label's text, measured only if the label grid needs its width. */
type Candidate = LabelCandidate & { readonly text: string };
const widthOf = (c: Candidate): number => measure(c.text) + 4;

/**
 * Marks the nodes to label with the class `labelled` (and, where the label goes on another side than the layout's,
 * that side's class) and sets their font to LABEL_PX on screen. Returns the names of the nodes that matter (the
 * selected one, the focus and its lineage) whose label found no room on any side, for the caller to say so. No label
 * covers the names the time axis overlay writes on the canvas, or the controls over it (`controls`: read from the page
 * unless given).
 *
 * It follows every zoom, pan and scene, on the main thread, so its walk over every node does as little as it can. A
 * node wholly off screen, which the label grid never labels, is left out once its position is read (its rendered
 * position worked out here, as renderedPosition() works it out, without the object that makes). A label's text is
 * measured (canvas measureText) only where the label grid asks, for the nodes it could label at the least width a
 * label has (4 px, its margins: a text measures 0 px or more): zoomed out over 50,000 nodes, a few hundred. Measured
 * for every node, the first pass at 50,000 nodes spent 1.3 of its 1.9 s in measureText (Chromium's profile, headless).
 * An instance drawn sparsely (canvas/sparse) walks its scene's nodes at their places, and is made to hold the nodes
 * labelled (cytoscape draws the labels) and let go of those no longer labelled.
 */
export function updateLabels(
  cy: Core,
  selected: string | undefined,
  axis?: LayoutResult['axis'],
  controls: readonly ScreenBox[] = controlBoxes(cy),
): string[] {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const screen = { width: cy.width(), height: cy.height() };
  const side: 'right' | 'below' = labelSide(cy) === 'right' ? 'right' : 'below';
  const r = (NODE_SIZE / 2) * zoom;
  const height = LABEL_PX * 1.3 + 3;
  const degree = degrees(cy);
  const known = widths[400];
  const layerDimmed = layerSceneOf(cy)?.dimmed;
  const candidates: Candidate[] = [];
  /**
   * Node `id` at model point `p`, a candidate unless off screen (its label's text, `n`'s or its data's, read only then).
   * A node its layer's scene dims is not asked about: the walks below leave it out first (a focus among the rest
   * dimmed at 50,000 nodes dims all but a few dozen).
   */
  const consider = (id: string, p: Position, tier: number, n?: NodeSingular) => {
    const x = p.x * zoom + pan.x;
    const y = p.y * zoom + pan.y;
    // placeLabels's own test of a node on screen (false for a NaN as there).
    if (!(x + r >= 0 && x - r <= screen.width && y + r >= 0 && y - r <= screen.height)) return;
    const text = n ? (n.data('label') as string) : String(dataOf(cy, id)?.label ?? '');
    const width = (known.get(text) ?? 0) + 4;
    candidates.push({ id, x, y, r, width, height, tier, weight: degree.get(id) ?? 0, side, text });
  };
  /** The nodes that carry a label's classes now: with those placed now, the only ones whose classes may change. */
  const marked: NodeSingular[] = [];
  const carries = (n: NodeSingular) =>
    n.hasClass('labelled') || n.hasClass(BELOW) || n.hasClass(RIGHT) || n.hasClass(LEFT) || n.hasClass(ABOVE);
  const sparse = sparseSceneOf(cy);
  if (sparse) {
    // Drawn sparsely (canvas/sparse): every node of the scene may be labelled, held by cytoscape or not.
    cy.nodes().forEach((n) => void (carries(n) && marked.push(n)));
    const lineage = sparse.highlight?.nodes;
    for (const id of sparse.nodes) {
      // Dimmed by a scene its canvas layer draws: no label (cytoscape, which draws labels, does not know it is dimmed).
      if (layerDimmed?.has(id)) continue;
      const p = placeIn(cy, id);
      if (p) consider(id, p, id === selected || id === sparse.focus || lineage?.has(id) ? 0 : 1);
    }
  } else {
    const nodes = nodesOf(cy);
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!;
      if (carries(n)) marked.push(n);
      const id = n.id();
      if (layerDimmed?.has(id)) continue;
      const tier = id === selected || n.hasClass('focus') || n.hasClass('lineage') ? 0 : n.hasClass('dimmed') ? 2 : 1;
      consider(id, n.position(), tier, n);
    }
  }
  const { sides, unplaced } = placeLabels(candidates, screen, [...overlayText(cy, axis), ...controls], widthOf);
  const size = LABEL_PX / zoom;
  const mark = (n: NodeSingular) => markLabel(n, sides.get(n.id()), side, size);
  // cytoscape draws the labels: a sparse instance holds the nodes labelled, and lets go of those no longer labelled.
  if (sparse) hold(cy, 'labels', sides.keys());
  cy.batch(() => {
    for (const n of marked) mark(n);
    for (const id of sides.keys()) mark(cy.$id(id));
  });
  return unplaced.map((id) => String(dataOf(cy, id)?.label ?? cy.$id(id).data('label')));
}

/**
 * What is drawn over the canvas (the Show switch, the zoom buttons, the layout's progress or its cancelled notice), on
 * screen: no label goes under it.
 */
export const CANVAS_CONTROLS = '.show-switch, .zoom-controls, .layout-progress';

/** Where the controls over the canvas (controlBoxes) are, as a string that changes when one comes, goes or moves. */
export const controlsKey = (boxes: readonly ScreenBox[]): string =>
  boxes.map((b) => [b.x1, b.y1, b.x2, b.y2].map(Math.round).join(',')).join(';');

/** The boxes, on `cy`'s canvas, of the controls drawn over it (CANVAS_CONTROLS), with 2 px to spare around each. */
export function controlBoxes(cy: Core): ScreenBox[] {
  const container = cy.container();
  if (!container) return [];
  const at = container.getBoundingClientRect();
  const out: ScreenBox[] = [];
  for (const el of document.querySelectorAll(CANVAS_CONTROLS)) {
    const b = el.getBoundingClientRect();
    const box = { x1: b.left - at.left - 2, y1: b.top - at.top - 2, x2: b.right - at.left + 2, y2: b.bottom - at.top + 2 };
    if (b.width > 0 && b.height > 0 && box.x2 > 0 && box.y2 > 0 && box.x1 < at.width && box.y1 < at.height) out.push(box);
  }
  return out;
}

/**
 * Where canvas/TimeAxisOverlay writes text over the graph, on screen: each lane's name at the top left of its lane,
 * and the strip along the bottom that holds the generations' names and the year ticks.
 */
function overlayText(cy: Core, axis: LayoutResult['axis']): ScreenBox[] {
  if (axis?.kind !== 'time') return [];
  const zoom = cy.zoom();
  const pan = cy.pan();
  const out: ScreenBox[] = [{ x1: 0, y1: cy.height() - 42, x2: cy.width(), y2: cy.height() }];
  // An earlier generation's name raised above the strip (its band too narrow on screen for it).
  for (const band of axis.bands) {
    if (band.x1 > axis.watershed.x) continue;
    const at = bandNameAt(band, (x) => x * zoom + pan.x);
    const base = cy.height() + at.dy;
    if (at.dy !== -30) out.push({ x1: at.x - 1, y1: base - 11, x2: at.x + at.width + 1, y2: base + 3 });
  }
  const first = axis.bands[0];
  if (!first) return out;
  const x1 = Math.max(4, first.x0 * zoom + pan.x - 4);
  for (const lane of axis.lanes) {
    const base = lane.y0 * zoom + pan.y + 12; // the overlay's baseline, 11 px text
    out.push({ x1: x1 - 1, y1: base - 11, x2: x1 + measure(LANE_LABEL[lane.label] ?? lane.label) + 1, y2: base + 3 });
  }
  return out;
}
