// canvas/sceneClasses: a scene applied to the cytoscape elements: what it does not draw is removed from the
// renderer's collection in one batch (and restored in one), and classes change only on the elements whose state
// changed since the last scene; the fit that frames what a scene draws, its axis included.
import type { Collection, CollectionArgument, Core, ElementDefinition, SingularElementReturnValue } from 'cytoscape';
import { NODE_SIZE } from '../../src/layout/types';
import type { Scene } from '../../src/view/scene';
import { LABEL_PX } from './labels';

/** The stylesheet's `text-margin-x` for labels right of their nodes, and a little room after them. */
const LABEL_MARGIN = 8;

const CLASSES = ['dimmed', 'lineage', 'focus'] as const;
type ClassName = (typeof CLASSES)[number];

/** A class on every node a test accepts (colour by licence, labels to the right, picked by hand), whether drawn now or later. */
type Mark = (id: string, kind: unknown) => boolean;

/**
 * What the canvas holds: the elements cytoscape has made (drawn or removed) by id, the definitions of those no
 * scene has drawn yet (made when one does: a first draw styles only what it draws), what is drawn, who carries which
 * class, and the marks every node carries.
 */
type State = {
  readonly byId: Map<string, SingularElementReturnValue>;
  readonly defs: Map<string, ElementDefinition>;
  readonly drawn: Set<string>;
  readonly classes: Record<ClassName, Set<string>>;
  readonly marks: Map<string, Mark>;
  last: Pick<Scene, 'nodes' | 'edges' | 'dimmed' | 'highlight' | 'focus'> | null;
  /** Changes with every scene that changed what is drawn or its classes (sceneSerial). */
  serial: number;
};
/** Counts scenes that changed something, across instances and graphs, so that a serial is never reused. */
let serials = 0;
/** Each instance's state, beside cytoscape rather than in its scratch (a scratch write restyles every element). */
const STATES = new WeakMap<Core, State>();

function adopt(cy: Core, defs: ElementDefinition[] = []): State {
  const byId = new Map<string, SingularElementReturnValue>();
  cy.elements().forEach((el) => void byId.set(el.id(), el));
  const state: State = {
    byId,
    defs: new Map(defs.map((d) => [String(d.data.id), d])),
    drawn: new Set(byId.keys()),
    classes: { dimmed: new Set(), lineage: new Set(), focus: new Set() },
    marks: new Map(),
    last: null,
    serial: ++serials,
  };
  STATES.set(cy, state);
  return state;
}
const stateOf = (cy: Core): State => STATES.get(cy) ?? adopt(cy);
/** A number that changes whenever a scene changes what `cy` draws or its classes, or a new graph is given (labels placed before are then stale). */
export const sceneSerial = (cy: Core): number => stateOf(cy).serial;

/**
 * Replaces the canvas's elements with a graph's. Nothing is made yet: the next scene makes what it draws, with its
 * classes and at its positions, in one batch (a first draw then styles each element once).
 */
export function setElements(cy: Core, elements: ElementDefinition[]): void {
  cy.batch(() => cy.elements().remove());
  adopt(cy, elements);
}

/** Puts class `cls` on every node `on` accepts and takes it off the others, now and on nodes drawn later. */
export function markNodes(cy: Core, cls: string, on: Mark): void {
  const state = stateOf(cy);
  state.marks.set(cls, on);
  cy.batch(() => cy.nodes().forEach((n) => void (n.hasClass(cls) !== on(n.id(), n.data('kind')) && n.toggleClass(cls))));
}

const collect = (cy: Core, state: State, ids: Iterable<string>): Collection => {
  const out: SingularElementReturnValue[] = [];
  for (const id of ids) {
    const el = state.byId.get(id);
    if (el) out.push(el);
  }
  // cytoscape takes an array of elements here (its types name only definitions and collections).
  return cy.collection(out as unknown as CollectionArgument);
};

/** How many elements `removeInChunks` hands cytoscape at a time. */
export const REMOVE_CHUNK = 1000;

/**
 * Removes `eles` from `cy`: their edges, then their nodes, REMOVE_CHUNK at a time. cytoscape's `remove` puts each
 * edge at the front of its list of elements to remove (`unshift`), so one call costs time in the square of the edges
 * it removes; in chunks that part grows linearly. Removing 29,500 of 30,500 elements in Node: 350 to 520 ms in one
 * call, 290 to 327 ms in chunks (and BENCH_HIDE=1 npm run bench: see the README's Speed section).
 */
export function removeInChunks(cy: Core, eles: Collection): void {
  for (const part of [eles.edges(), eles.nodes()])
    for (let i = 0; i < part.length; i += REMOVE_CHUNK) cy.remove(part.slice(i, i + REMOVE_CHUNK));
}

/**
 * How many elements drawing `scene` on `cy` would remove and add (what its last scene drew against what this one
 * draws): the work cytoscape would do.
 */
export function sceneChanges(cy: Core, scene: Pick<Scene, 'nodes' | 'edges'>): { remove: number; add: number } {
  const state = stateOf(cy);
  let want = 0;
  let kept = 0;
  const count = (id: string) => {
    want++;
    if (state.drawn.has(id)) kept++;
  };
  for (const id of scene.nodes) count(id);
  for (const id of scene.edges) count(id);
  return { remove: state.drawn.size - kept, add: want - kept };
}

/**
 * Draws a scene: elements it does not draw are removed from the renderer (one batch), those it draws again are
 * restored at the scene's positions, and the classes dimmed, lineage (highlighted) and focus are added and
 * removed only where they change. A scene with the same members as the last one costs nothing. Returns how many
 * elements were removed, restored or changed a class.
 */
export function applyScene(cy: Core, scene: Scene): number {
  const state = stateOf(cy);
  const last = state.last;
  if (last && last.nodes === scene.nodes && last.edges === scene.edges && last.dimmed === scene.dimmed)
    if (last.highlight === scene.highlight && last.focus === scene.focus) return 0;
  const want = new Set<string>(scene.nodes);
  for (const id of scene.edges) want.add(id);
  const gone: string[] = [];
  const back: string[] = [];
  for (const id of state.drawn) if (!want.has(id)) gone.push(id);
  for (const id of want) if (!state.drawn.has(id) && (state.byId.has(id) || state.defs.has(id))) back.push(id);
  const wanted: Record<ClassName, ReadonlySet<string>> = {
    dimmed: scene.dimmed,
    lineage: scene.highlight ? new Set([...scene.highlight.nodes, ...scene.highlight.edges]) : new Set(),
    focus: new Set(scene.focus ? [scene.focus] : []),
  };
  let changed = gone.length + back.length;
  const pos = scene.layout.positions;
  // Elements drawn for the first time are made with their classes and places (no second style pass).
  const made: ElementDefinition[] = [];
  const restoring: string[] = [];
  for (const id of back) {
    const def = state.defs.get(id);
    if (!def) {
      restoring.push(id);
      continue;
    }
    const classes: string[] = CLASSES.filter((c) => wanted[c].has(id));
    for (const c of CLASSES) if (wanted[c].has(id)) state.classes[c].add(id);
    if (def.group === 'nodes') for (const [cls, on] of state.marks) if (on(id, def.data.kind)) classes.push(cls);
    const p = pos[id];
    made.push({ ...def, ...(classes.length ? { classes } : {}), ...(p && def.group === 'nodes' ? { position: { ...p } } : {}) });
    state.defs.delete(id);
  }
  cy.batch(() => {
    if (gone.length) removeInChunks(cy, collect(cy, state, gone));
    if (made.length) cy.add(made).forEach((el) => void state.byId.set(el.id(), el));
    if (restoring.length) {
      const restored = collect(cy, state, restoring).restore();
      restored.nodes().forEach((n) => {
        const p = pos[n.id()];
        if (p) n.position({ ...p });
        for (const [cls, on] of state.marks) if (n.hasClass(cls) !== on(n.id(), n.data('kind'))) n.toggleClass(cls);
      });
    }
    // Classes on removed elements are left as they are and put right if they are drawn again.
    for (const cls of CLASSES) {
      const has = state.classes[cls];
      const add = [...wanted[cls]].filter((id) => want.has(id) && !has.has(id));
      const del = [...has].filter((id) => want.has(id) && !wanted[cls].has(id));
      if (add.length) collect(cy, state, add).addClass(cls);
      if (del.length) collect(cy, state, del).removeClass(cls);
      for (const id of add) has.add(id);
      for (const id of del) has.delete(id);
      changed += add.length + del.length;
    }
  });
  for (const id of gone) state.drawn.delete(id);
  for (const id of back) state.drawn.add(id);
  state.last = { nodes: scene.nodes, edges: scene.edges, dimmed: scene.dimmed, highlight: scene.highlight, ...pick(scene.focus) };
  if (changed) state.serial = ++serials;
  return changed;
}
const pick = (focus: string | undefined) => (focus === undefined ? {} : { focus });

/** What the canvas draws, read back from it (what a scene leaves out is not in it): its nodes' ids and its highlighted ones', sorted. */
export function drawnState(cy: Core): { nodes: string[]; highlight: string[] } {
  const nodes: string[] = [];
  const highlight: string[] = [];
  cy.nodes().forEach((n) => {
    nodes.push(n.id());
    if (n.hasClass('lineage')) highlight.push(n.id());
  });
  return { nodes: nodes.sort(), highlight: highlight.sort() };
}

/** The model-coordinate box a scene occupies: its drawn nodes and its axis's bands or grid. */
export function sceneBox(cy: Core, scene: Scene): { x1: number; y1: number; x2: number; y2: number } | null {
  // From the drawn nodes' positions (every node is NODE_SIZE across, its border outside): cytoscape's own
  // bounding box would first compute every node's rendered style.
  const nodes = cy.nodes();
  if (nodes.length === 0) return null;
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const targets = scene.layout.positions;
  nodes.forEach((n) => {
    const p = targets[n.id()] ?? n.position();
    box.x1 = Math.min(box.x1, p.x);
    box.y1 = Math.min(box.y1, p.y);
    box.x2 = Math.max(box.x2, p.x);
    box.y2 = Math.max(box.y2, p.y);
  });
  const half = NODE_SIZE / 2 + 0.5;
  Object.assign(box, { x1: box.x1 - half, y1: box.y1 - half, x2: box.x2 + half, y2: box.y2 + half });
  // A layered layout's edges may swing around the outermost nodes: keep their routes in view too.
  const routes = scene.layout.routes;
  if (routes)
    cy.edges().forEach((e) => {
      for (const p of routes[e.id()] ?? []) {
        box.y1 = Math.min(box.y1, p.y - 1);
        box.y2 = Math.max(box.y2, p.y + 1);
      }
    });
  const axis = scene.layout.axis;
  // The time axis names its ticks under the graph: a year tick left or right of every node stays in view.
  if (axis?.kind === 'time' && axis.along !== 'y' && axis.ticks.length > 0) {
    const xs = axis.ticks.map((t) => t.x);
    box.x1 = Math.min(box.x1, Math.min(...xs) - 20);
    box.x2 = Math.max(box.x2, Math.max(...xs) + 20);
  }
  if (axis?.kind === 'grid') {
    box.x1 = Math.min(box.x1, axis.columns[0]!.x0 - 20);
    box.x2 = Math.max(box.x2, axis.columns[axis.columns.length - 1]!.x1);
    box.y1 = Math.min(box.y1, axis.rows[0]!.y0);
    box.y2 = Math.max(box.y2, axis.rows[axis.rows.length - 1]!.y1 + 20);
  }
  return box;
}

/** Padding in screen pixels: room for the overlays' axis names above and below. */
const PAD = { top: 44, bottom: 48, left: 36, right: 36 };

/** Zoom and pan that frame the scene (its axis included); animated unless told otherwise. */
export function fitScene(
  cy: Core,
  scene: Scene,
  animate = true,
  chosen?: (vp: { zoom: number; pan: { x: number; y: number } }) => void,
): void {
  const box = sceneBox(cy, scene);
  if (!box) return;
  const w = Math.max(box.x2 - box.x1, 1);
  const h = Math.max(box.y2 - box.y1, 1);
  const room = cy.width() - PAD.left - PAD.right;
  const zoom = Math.min(
    Math.max(Math.min(room / w, (cy.height() - PAD.top - PAD.bottom) / h, rightLabels(cy, scene, box.x1, room).zoom), cy.minZoom()),
    Math.min(cy.maxZoom(), 2),
  );
  const wide = Math.max(w * zoom, rightLabels(cy, scene, box.x1, room, zoom).reach);
  const pan = {
    x: PAD.left + (room - wide) / 2 - box.x1 * zoom,
    y: PAD.top + (cy.height() - PAD.top - PAD.bottom - h * zoom) / 2 - box.y1 * zoom,
  };
  cy.stop(true, true);
  chosen?.({ zoom, pan });
  // Already there (an instance shown again as it was): setting the same viewport would still redraw every element.
  if (zoom === cy.zoom() && pan.x === cy.pan().x && pan.y === cy.pan().y) return;
  if (animate) cy.animate({ zoom, pan }, { duration: 300 });
  else cy.viewport({ zoom, pan });
}

/**
 * Labels right of their nodes (layered layouts) are drawn at LABEL_PX on screen, whatever the zoom: the
 * largest zoom at which each still ends within `room` pixels of the box's left edge, and how far they reach
 * (pixels from that edge) at `at`. Node places are the layout's, where nodes come to rest.
 */
function rightLabels(cy: Core, scene: Scene, x1: number, room: number, at = 1): { zoom: number; reach: number } {
  const labels = scene.layout.labels;
  let [zoom, reach] = [Infinity, 0];
  if (!labels) return { zoom, reach };
  cy.nodes().forEach((n) => {
    const px = (labels.widths[n.id()] ?? 0) * (LABEL_PX / labels.fontSize) * 1.05 + LABEL_MARGIN;
    const from = (scene.layout.positions[n.id()]?.x ?? n.position('x')) - x1 + NODE_SIZE / 2;
    if (from > 0) zoom = Math.min(zoom, (room - px) / from);
    reach = Math.max(reach, from * at + px);
  });
  return { zoom, reach };
}
