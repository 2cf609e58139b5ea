// layout/first: the positions a view is drawn with the moment it changes: its cached layout, one computed on the spot
// for a small view, or, while the worker lays out a large one, the last layout drawn (else a grid).
import type { LayoutResult } from '../../src/layout/types';
import type { AtlasGraph } from '../../src/model/build';
import { cachedLayout, layoutOf, type SceneMembers } from '../../src/view/scene';
import { gridPlaceholder } from './placeholder';

/** Up to this many drawn nodes a layout may run on the main thread: the survey graph's force layout takes tens of ms. */
export const SYNC_LAYOUT_UP_TO = 400;

/**
 * A force layout (ForceAtlas2: every pair of nodes pushed apart on each iteration, so its cost grows with the square of
 * the nodes) of more nodes than this runs in the worker when the last layout drawn places every node of the view,
 * which is drawn there meanwhile and glides to its own layout. Measured in the app on the merged catalogue: 31 nodes
 * 5 to 7 ms, a filter's 116 nodes 110 ms of its click (profiled), so about 16 ms here.
 */
export const SYNC_FORCE_UP_TO = 48;

type Members = Pick<SceneMembers, 'nodes' | 'layoutKey' | 'view'>;

/** Whether `last` places every one of `ids`: drawn there, the view shows at once where its nodes were. */
export const placesAll = (last: LayoutResult | undefined, ids: readonly string[]): last is LayoutResult =>
  last !== undefined && ids.every((id) => last.positions[id] !== undefined);

/**
 * Whether a view is laid out on this thread when it is shown: up to SYNC_LAYOUT_UP_TO nodes, but a force layout of more
 * than SYNC_FORCE_UP_TO only where the last layout drawn cannot stand in for it (a graph's first view has none).
 */
export function laysOutHere(members: Pick<Members, 'nodes' | 'view'>, last: LayoutResult | undefined): boolean {
  const n = members.nodes.length;
  if (n > SYNC_LAYOUT_UP_TO) return false;
  return members.view.layout !== 'force' || n <= SYNC_FORCE_UP_TO || !placesAll(last, members.nodes);
}

/** What the canvas draws a view's members with now (useLayout then replaces a stand-in with the worker's result). */
export function layoutToDraw(graph: AtlasGraph, members: Members, last: LayoutResult | undefined): LayoutResult {
  const hit = cachedLayout(graph, members.layoutKey);
  if (hit) return hit;
  if (laysOutHere(members, last)) return layoutOf(graph, members);
  return last ?? gridPlaceholder(members.nodes);
}
