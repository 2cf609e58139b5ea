// canvas/sceneClasses: a scene applied to the cytoscape elements: what it does not draw is removed from the
// renderer's collection in one batch (and restored in one), and classes change only on the elements whose state
// changed since the last scene; where nodes dragged by hand are.
import type { Collection, CollectionArgument, Core, ElementDefinition, Position, SingularElementReturnValue } from 'cytoscape';
import type { Scene } from '../../src/view/scene';

const CLASSES = ['dimmed', 'lineage', 'focus'] as const;
type ClassName = (typeof CLASSES)[number];

/** A class on every node a test accepts (colour by licence, labels to the right, picked by hand), whether drawn now or later. */
type Mark = (id: string, kind: unknown) => boolean;

/**
 * What the canvas holds: the elements cytoscape has made (drawn or removed) by id, the graph's definitions (an element
 * is made when a scene first draws it: a first draw styles only what it draws), what is drawn, who carries which
 * class, the marks every node carries, and where nodes were dragged to in the layout drawn (`movedIn`).
 */
type State = {
  readonly byId: Map<string, SingularElementReturnValue>;
  readonly defs: Map<string, ElementDefinition>;
  readonly moved: Map<string, Position>;
  movedIn: Scene['layout']['positions'] | null;
  /** Counts the changes to `moved`, so that what was worked out from the places (labels, an index) is known stale. */
  moves: number;
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
    moved: new Map(),
    movedIn: null,
    moves: 0,
    last: null,
    serial: ++serials,
  };
  STATES.set(cy, state);
  return state;
}
const stateOf = (cy: Core): State => STATES.get(cy) ?? adopt(cy);
/** A number that changes whenever a scene changes what `cy` draws or its classes, or a new graph is given (labels placed before are then stale). */
export const sceneSerial = (cy: Core): number => stateOf(cy).serial;
/** Node or edge `id`'s data, as its definition gives it (undefined: not in the graph). */
export const dataOf = (cy: Core, id: string): ElementDefinition['data'] | undefined => stateOf(cy).defs.get(id)?.data;
/** The marks in force on `cy` (markNodes), by class. */
export const marksOf = (cy: Core): ReadonlyMap<string, Mark> => stateOf(cy).marks;
/** Where node `id` was dragged to in the layout drawn, if it was. */
export const movedTo = (cy: Core, id: string): Position | undefined => stateOf(cy).moved.get(id);
/**
 * Node `id` was dragged to `p`: it stays there, drawn or not, until the layout changes (a node a scene draws again is
 * put back where it was dragged, not where the layout put it).
 */
export function setMoved(cy: Core, id: string, p: Position): void {
  const state = stateOf(cy);
  state.moved.set(id, { x: p.x, y: p.y });
  state.moves++;
}
/** A number that changes whenever a node is dragged on `cy`, or the places it was dragged to are forgotten. */
export const movesOn = (cy: Core): number => stateOf(cy).moves;

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
  const pos = scene.layout.positions;
  if (state.movedIn !== pos) {
    if (state.moved.size) state.moves++;
    state.moved.clear();
    state.movedIn = pos;
  }
  const at = (id: string): Position | undefined => state.moved.get(id) ?? pos[id];
  const wanted: Record<ClassName, ReadonlySet<string>> = {
    dimmed: scene.dimmed,
    lineage: scene.highlight ? new Set([...scene.highlight.nodes, ...scene.highlight.edges]) : new Set(),
    focus: new Set(scene.focus ? [scene.focus] : []),
  };
  let changed = gone.length + back.length;
  // Elements drawn for the first time are made with their classes and places (no second style pass).
  const made: ElementDefinition[] = [];
  const restoring: string[] = [];
  for (const id of back) {
    const def = state.defs.get(id);
    if (state.byId.has(id) || !def) {
      restoring.push(id);
      continue;
    }
    const classes: string[] = CLASSES.filter((c) => wanted[c].has(id));
    for (const c of CLASSES) if (wanted[c].has(id)) state.classes[c].add(id);
    if (def.group === 'nodes') for (const [cls, on] of state.marks) if (on(id, def.data.kind)) classes.push(cls);
    const p = at(id);
    made.push({ ...def, ...(classes.length ? { classes } : {}), ...(p && def.group === 'nodes' ? { position: { ...p } } : {}) });
  }
  cy.batch(() => {
    if (gone.length) removeInChunks(cy, collect(cy, state, gone));
    // Restored before any is made: an edge made now may end at a node a scene before took away.
    if (restoring.length) {
      const restored = collect(cy, state, restoring).restore();
      restored.nodes().forEach((n) => {
        const p = at(n.id());
        if (p) n.position({ ...p });
        for (const [cls, on] of state.marks) if (n.hasClass(cls) !== on(n.id(), n.data('kind'))) n.toggleClass(cls);
      });
    }
    if (made.length) cy.add(made).forEach((el) => void state.byId.set(el.id(), el));
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
