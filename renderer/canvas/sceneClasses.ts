// canvas/sceneClasses: a scene applied to the cytoscape elements: what it does not draw is removed from the
// renderer's collection in one batch (and restored in one), and classes change only on the elements whose state
// changed since the last scene; the fit that frames what a scene draws, its axis included.
import type { Collection, CollectionArgument, Core, ElementDefinition, SingularElementReturnValue } from 'cytoscape';
import { NODE_SIZE } from '../../src/layout/types';
import type { Scene } from '../../src/view/scene';

const CLASSES = ['dimmed', 'lineage', 'focus'] as const;
type ClassName = (typeof CLASSES)[number];

/** What the canvas holds: every element of the graph by id (drawn or removed), what is drawn, and who carries which class. */
type State = {
  readonly byId: ReadonlyMap<string, SingularElementReturnValue>;
  readonly drawn: Set<string>;
  readonly classes: Record<ClassName, Set<string>>;
  last: Pick<Scene, 'nodes' | 'edges' | 'dimmed' | 'highlight' | 'focus'> | null;
};
const STATE = 'atlas-scene-state';

function adopt(cy: Core): State {
  const byId = new Map<string, SingularElementReturnValue>();
  cy.elements().forEach((el) => void byId.set(el.id(), el));
  const state: State = {
    byId,
    drawn: new Set(byId.keys()),
    classes: { dimmed: new Set(), lineage: new Set(), focus: new Set() },
    last: null,
  };
  cy.scratch(STATE, state);
  return state;
}
const stateOf = (cy: Core): State => (cy.scratch(STATE) as State | undefined) ?? adopt(cy);

/** Replaces the canvas's elements with a graph's (all of them: the next scene removes what it does not draw). */
export function setElements(cy: Core, elements: ElementDefinition[]): void {
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elements);
  });
  adopt(cy);
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
  for (const id of want) if (!state.drawn.has(id) && state.byId.has(id)) back.push(id);
  const wanted: Record<ClassName, ReadonlySet<string>> = {
    dimmed: scene.dimmed,
    lineage: scene.highlight ? new Set([...scene.highlight.nodes, ...scene.highlight.edges]) : new Set(),
    focus: new Set(scene.focus ? [scene.focus] : []),
  };
  let changed = gone.length + back.length;
  cy.batch(() => {
    if (gone.length) cy.remove(collect(cy, state, gone));
    if (back.length) {
      const restored = collect(cy, state, back).restore();
      const pos = scene.layout.positions;
      restored.nodes().forEach((n) => {
        const p = pos[n.id()];
        if (p) n.position({ ...p });
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
  return changed;
}
const pick = (focus: string | undefined) => (focus === undefined ? {} : { focus });

/** What the canvas draws, read back from its classes: the ids of its drawn nodes and of its highlighted ones, sorted. */
export function drawnState(cy: Core): { nodes: string[]; highlight: string[] } {
  const nodes: string[] = [];
  const highlight: string[] = [];
  cy.nodes().forEach((n) => {
    if (n.hasClass('hidden')) return;
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
  // Labels to the right of their nodes (layered layouts) widen the box by the widest of them.
  const right = scene.layout.labels;
  if (right) box.x2 += Math.max(0, ...Object.values(right.widths)) + right.gap;
  const axis = scene.layout.axis;
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
  const zoom = Math.min(
    Math.max(Math.min((cy.width() - PAD.left - PAD.right) / w, (cy.height() - PAD.top - PAD.bottom) / h), cy.minZoom()),
    Math.min(cy.maxZoom(), 2),
  );
  const pan = {
    x: PAD.left + (cy.width() - PAD.left - PAD.right - w * zoom) / 2 - box.x1 * zoom,
    y: PAD.top + (cy.height() - PAD.top - PAD.bottom - h * zoom) / 2 - box.y1 * zoom,
  };
  cy.stop(true, true);
  chosen?.({ zoom, pan });
  if (animate) cy.animate({ zoom, pan }, { duration: 300 });
  else cy.viewport({ zoom, pan });
}
