// layout/first: the positions a view is drawn with the moment it changes: its cached layout, one computed on the spot
// for a small view, or, while the worker lays out a large one, the last layout drawn (else a grid).
import type { LayoutResult } from '../../src/layout/types';
import type { AtlasGraph } from '../../src/model/build';
import { cachedLayout, layoutOf, type SceneMembers } from '../../src/view/scene';
import { gridPlaceholder } from './placeholder';

/** Up to this many drawn nodes a layout runs on the main thread: the survey graph's force layout takes tens of ms. */
export const SYNC_LAYOUT_UP_TO = 400;

/** What the canvas draws a view's members with now (useLayout then replaces a stand-in with the worker's result). */
export function layoutToDraw(
  graph: AtlasGraph,
  members: Pick<SceneMembers, 'nodes' | 'layoutKey' | 'view'>,
  last: LayoutResult | undefined,
): LayoutResult {
  const hit = cachedLayout(graph, members.layoutKey);
  if (hit) return hit;
  if (members.nodes.length <= SYNC_LAYOUT_UP_TO) return layoutOf(graph, members);
  return last ?? gridPlaceholder(members.nodes);
}
