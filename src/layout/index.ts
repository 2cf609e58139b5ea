// layout: positions for a view; each layout is a pure function of the graph and the ids shown.
import type { AtlasGraph } from '../model/build';
import { forceLayout } from './force';
import { loadGraphviz } from './graphviz';
import { type GraphvizEngine, layeredLayout, stretchToRoom } from './layered';
import { comparisonLayout, techniqueTreeLayout } from './survey-figures';
import { timelineLayout } from './timeline';
import type { PrintedLayout, PrintSpec } from './print-box';
import { printLineage } from './print-lineage';
import { printTree } from './print-tree';
import { type Layout, type LayoutResult, NODE_SIZE } from './types';

export * from './types';
export { EDGE_LENGTH, forceLayout, LayoutCancelled, seededRandom, type ForceProgress } from './force';
export { loadGraphviz } from './graphviz';
export {
  estimateWidth,
  flattenSpline,
  type GraphvizEngine,
  layeredLayout,
  type LayeredOptions,
  type LayeredResult,
  type Measure,
  stretchToRoom,
} from './layered';
export { lineageLayout } from './lineage';
export { comparisonLayout, FIGURE2_COLUMNS, FIGURE2_ROWS, techniqueTreeLayout } from './survey-figures';
export { timelineLayout, WATERSHED_MONTH } from './timeline';

let graphviz: GraphvizEngine | undefined;

/**
 * Loads what a layout needs before `layoutView` can run it: Graphviz (WebAssembly, loaded once, in a
 * chunk of its own) for 'lineage' and for Figure 1's print layout; nothing for the others. Layouts stay synchronous.
 */
export async function prepareLayout(layout: Layout): Promise<void> {
  if (layout === 'lineage' || layout === 'techniques') graphviz ??= await loadGraphviz();
}

/** Whether `layoutView` can run `layout` now (prepareLayout has loaded what it needs). */
export const layoutReady = (layout: Layout): boolean => layout !== 'lineage' || graphviz !== undefined;

export type { PrintedLayout, PrintSpec } from './print-box';

/**
 * The layout again in print units (1 unit = 1 pt), for layouts that lay labels out with their nodes (the
 * layered lineage): each node's box holds its label, and the arrangement is the first that fits the room.
 * Null for the others, whose positions a figure scales. Same nodes, same order of time: the figure shows the scene.
 */
export function printLayout(graph: AtlasGraph, ids: readonly string[], layout: Layout, p: PrintSpec): PrintedLayout | null {
  if (!graphviz || ids.length === 0) return null;
  if (layout === 'lineage') return printLineage(graph, ids, graphviz, p);
  if (layout === 'techniques') return printTree(graph, ids, graphviz, p);
  return null;
}

/**
 * The room the canvas of the smallest window the atlas is checked at (1280x720, a subject bar above the graph) gives a
 * drawing after the fit's padding, in pixels: the layered lineage on screen is stretched to fill it (a larger window
 * has more), and its labels are 11 px, so the layout's label widths (at 11) are pixels too.
 */
export const SCREEN_ROOM = { width: 650, height: 320, nodeSize: NODE_SIZE } as const;

/**
 * The room the timeline packs a drawing alone for (layout/timeline's `screen`): its 11 px labels at the zoom that fits
 * its width in a 1280x720 window, whose canvas, under a focus's two-line subject bar and beside the details panel,
 * measured 730 by 431 pixels (658 by 339 after the fit's padding); a larger window zooms in further, so its labels have
 * more room. The height is the measured one, less 4 pixels: Alpaca's lineage takes 333 of it.
 */
export const TIMELINE_ROOM = { width: 650, height: 335, labelPx: 11 } as const;

export function layoutView(graph: AtlasGraph, ids: Iterable<string>, layout: Layout): LayoutResult {
  switch (layout) {
    case 'timeline':
      return timelineLayout(graph, ids, 'purpose', TIMELINE_ROOM);
    case 'lineage':
      // The layered lineage with time as its x axis (Graphviz dot); dagre's `lineageLayout` is kept for comparison.
      if (!graphviz) throw new Error('layout: the lineage layout needs Graphviz: await prepareLayout("lineage") first');
      return stretchToRoom(layeredLayout(graph, ids, graphviz), SCREEN_ROOM);
    case 'force':
      return forceLayout(graph, ids);
    case 'techniques':
      return techniqueTreeLayout(graph, ids);
    case 'comparison':
      return comparisonLayout(graph, ids);
    default:
      throw new Error(`layout: unknown layout "${String(layout)}"`);
  }
}
