// canvas/sparse: an instance whose canvas layer draws its scene (canvas/layer) holds, of the scene's nodes, only those
// cytoscape draws over the layer or answers the pointer for: the focus, a highlighted lineage, the picked, the
// selected, the labelled (canvas/labels), the nodes a box selection took, and the node under the pointer, made as the
// pointer reaches it (cytoscape then shows its hover card, selects it on a click and drags it, as it would any node).
// cytoscape styles, boxes and hit-tests each node it holds, even one it does not draw: holding the whole scene's
// nodes, invisible, a filter at 10,000 nodes spent 55 to 81 ms in cytoscape's first frame of them, and one at 50,000,
// 335 ms (`npm run bench`, 2 December 2026). Holding a few hundred, it spends a few milliseconds.
import type { Core, Position } from 'cytoscape';
import { NODE_SIZE } from '../../src/layout/size';
import type { Scene } from '../../src/view/scene';
import { type PointIndex, pointIndex } from '../../src/view/point-index';
import { applyScene, dataOf, marksOf, movedTo, movesOn } from './sceneClasses';
import { OWN_MARKS } from './stylesheet';

/** Why a node beyond the scene's own (focus, lineage, picked) is held: each reason holds its own set. */
export type Reason = 'labels' | 'pointer' | 'selection' | 'box';

type Sparse = {
  readonly scene: Scene;
  /** Where the pointer was last pressed, in model coordinates: where a box selection starts. */
  pressedAt?: Position;
  readonly members: ReadonlySet<string>;
  /** The scene's nodes cytoscape draws whatever the labels and the pointer: the focus, a lineage, the picked. */
  base: readonly string[];
  readonly held: Map<Reason, ReadonlySet<string>>;
  /** The scene's nodes by place, made when the pointer first asks, again after a drag (sceneClasses' movesOn). */
  index: { readonly moves: number; readonly of: PointIndex } | null;
};
const SPARSE = new WeakMap<Core, Sparse>();

/** Each scene's nodes as a set, made once per scene (a filter's scene is shown again as it was). */
const MEMBERS = new WeakMap<readonly string[], ReadonlySet<string>>();
function membersOf(nodes: readonly string[]): ReadonlySet<string> {
  let set = MEMBERS.get(nodes);
  if (!set) MEMBERS.set(nodes, (set = new Set(nodes)));
  return set;
}

const NO_EDGES: readonly string[] = [];
const NONE_DIMMED: ReadonlySet<string> = new Set();

function baseOf(cy: Core, scene: Scene): string[] {
  const out = new Set<string>(scene.highlight?.nodes ?? []);
  if (scene.focus !== undefined) out.add(scene.focus);
  const marks = marksOf(cy);
  for (const cls of OWN_MARKS) {
    const on = marks.get(cls);
    if (on) for (const id of scene.nodes) if (on(id, dataOf(cy, id)?.kind)) out.add(id);
  }
  return [...out];
}

function apply(cy: Core, s: Sparse): void {
  const nodes = new Set(s.base);
  for (const ids of s.held.values()) for (const id of ids) nodes.add(id);
  // The scene's classes (focus, lineage) on what is held; its edges and dimmed rest are the layer's.
  applyScene(cy, { ...s.scene, nodes: [...nodes], edges: NO_EDGES, dimmed: NONE_DIMMED });
}

/** Draws `scene` sparsely on `cy` (its layer draws the scene): the nodes held for each reason stay held where the scene draws them. */
export function showSparse(cy: Core, scene: Scene): void {
  const was = SPARSE.get(cy);
  const members = membersOf(scene.nodes);
  const held = new Map<Reason, ReadonlySet<string>>();
  for (const [reason, ids] of was?.held ?? []) held.set(reason, new Set([...ids].filter((id) => members.has(id))));
  const s: Sparse = { scene, members, base: baseOf(cy, scene), held, index: null };
  if (was && was.scene.nodes === scene.nodes && was.scene.layout.positions === scene.layout.positions) s.index = was.index;
  SPARSE.set(cy, s);
  apply(cy, s);
}

/** `cy` draws its scene itself again (applyScene): nothing sparse about it. */
export const endSparse = (cy: Core): void => void SPARSE.delete(cy);

/** The scene `cy` draws sparsely, if it does. */
export const sparseSceneOf = (cy: Core): Scene | undefined => SPARSE.get(cy)?.scene;

/** The marks changed (a pick): the nodes they hold are held anew. */
export function refreshSparse(cy: Core): void {
  const s = SPARSE.get(cy);
  if (!s) return;
  s.base = baseOf(cy, s.scene);
  apply(cy, s);
}

/** Holds `ids` (those in the scene) for `reason`, in place of what it held; nothing changes where that is the same. */
export function hold(cy: Core, reason: Reason, ids: Iterable<string>): void {
  const s = SPARSE.get(cy);
  if (!s) return;
  const next = new Set<string>();
  for (const id of ids) if (s.members.has(id)) next.add(id);
  const was = s.held.get(reason) ?? new Set<string>();
  if (was.size === next.size && [...next].every((id) => was.has(id))) return;
  s.held.set(reason, next);
  apply(cy, s);
}

/** Where node `id` is drawn in `cy`'s sparse scene: where it was dragged, or where the layout put it. */
export function placeIn(cy: Core, id: string): Position | undefined {
  return movedTo(cy, id) ?? SPARSE.get(cy)?.scene.layout.positions[id];
}

function indexOf(cy: Core, s: Sparse): PointIndex {
  const moves = movesOn(cy);
  if (!s.index || s.index.moves !== moves) s.index = { moves, of: pointIndex(s.scene.nodes, (id) => placeIn(cy, id)) };
  return s.index.of;
}

/** The sparse scene's node at model point `p`, within `r` of its centre, if any. */
export function nodeAt(cy: Core, p: Position, r: number): string | undefined {
  const s = SPARSE.get(cy);
  return s && indexOf(cy, s).at(p, r);
}

/** The sparse scene's nodes within a box in model coordinates. */
export function nodesIn(cy: Core, x1: number, y1: number, x2: number, y2: number): string[] {
  const s = SPARSE.get(cy);
  return s ? indexOf(cy, s).inBox(x1, y1, x2, y2) : [];
}

/**
 * The pointer moved over `cy`'s container, or was pressed there (`pressed`), at client point (x, y), before cytoscape
 * sees the event: the scene's node there (within its half size and a pixel) is held, so that cytoscape finds it under
 * the pointer as any node (its hover card, a click, a drag). A press is also where a box selection starts.
 */
export function pointAt(cy: Core, x: number, y: number, pressed: boolean): void {
  const s = SPARSE.get(cy);
  if (!s) return;
  const box = cy.container()?.getBoundingClientRect() ?? { left: 0, top: 0 };
  const [zoom, pan] = [cy.zoom(), cy.pan()];
  const at = { x: (x - box.left - pan.x) / zoom, y: (y - box.top - pan.y) / zoom };
  if (pressed) s.pressedAt = at;
  const id = nodeAt(cy, at, NODE_SIZE / 2 + 1 / zoom);
  if (id !== undefined) hold(cy, 'pointer', [id]);
}

/**
 * cytoscape's box selection ended at model point `to`, after it selected the nodes it holds in the box: the scene's
 * nodes in the box from the last press are held and selected too.
 */
export function selectBox(cy: Core, to: Position): void {
  const from = SPARSE.get(cy)?.pressedAt;
  if (!from) return;
  const ids = nodesIn(cy, from.x, from.y, to.x, to.y);
  hold(cy, 'box', ids);
  cy.batch(() => ids.forEach((id) => void cy.$id(id).select()));
}

/** The nodes `cy` draws, on its own or on its layer: its sparse scene's, or the nodes it holds. */
export function drawnNodes(cy: Core): readonly string[] {
  return SPARSE.get(cy)?.scene.nodes.filter((id) => dataOf(cy, id) !== undefined) ?? cy.nodes().map((n) => n.id());
}

/** What the canvas draws, read back from it (what a scene leaves out is not in it): its nodes' ids and its highlighted ones', sorted. */
export function drawnState(cy: Core): { nodes: string[]; highlight: string[] } {
  const highlight: string[] = [];
  cy.nodes('.lineage').forEach((n) => void highlight.push(n.id()));
  return { nodes: [...drawnNodes(cy)].sort(), highlight: highlight.sort() };
}
