// layout: positions for a view; each layout is a pure function of the graph and the ids shown.
import type { AtlasGraph } from '../model/build';
import { forceLayout } from './force';
import { loadGraphviz } from './graphviz';
import { type GraphvizEngine, layeredLayout } from './layered';
import { comparisonLayout, techniqueTreeLayout } from './survey-figures';
import { timelineLayout } from './timeline';
import type { Layout, LayoutResult } from './types';

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
} from './layered';
export { lineageLayout } from './lineage';
export { comparisonLayout, FIGURE2_COLUMNS, FIGURE2_ROWS, techniqueTreeLayout } from './survey-figures';
export { timelineLayout, WATERSHED_MONTH } from './timeline';

let graphviz: GraphvizEngine | undefined;

/**
 * Loads what a layout needs before `layoutView` can run it: Graphviz (WebAssembly, loaded once, in a
 * chunk of its own) for 'lineage'; nothing for the others. Layouts themselves stay synchronous.
 */
export async function prepareLayout(layout: Layout): Promise<void> {
  if (layout === 'lineage') graphviz ??= await loadGraphviz();
}

/** What a figure asks of a layout drawn at print size: its font, node size, text measure and column width (points). */
export type PrintSpec = {
  readonly fontSize: number;
  readonly nodeSize: number;
  readonly measure: (text: string, fontSize: number) => number;
  readonly maxWidth: number;
  /** Extra room between rows, for a line of marks under each label. */
  readonly rowRoom?: number;
};

/**
 * The layout again in print units (1 unit = 1 pt), for layouts that reserve room for labels (the layered
 * lineage): left to right when that fits the column, else time top to bottom wrapped to it. Null for the
 * others, whose positions a figure scales. Same nodes, same order of time: the figure shows the scene.
 */
export function printLayout(graph: AtlasGraph, ids: readonly string[], layout: Layout, p: PrintSpec): LayoutResult | null {
  if (layout !== 'lineage' || !graphviz) return null;
  const common = {
    fontSize: p.fontSize,
    nodeSize: p.nodeSize,
    measure: p.measure,
    labelGap: 2,
    edgeRoom: 12,
    rankSep: 4,
    nodeSep: 6 + (p.rowRoom ?? 0),
  };
  const lr = layeredLayout(graph, ids, graphviz, common);
  if (extent(lr) <= p.maxWidth) return lr;
  return layeredLayout(graph, ids, graphviz, { ...common, direction: 'TB', maxWidth: p.maxWidth });
}

/** Width of a layout with its labels to the right of the nodes. */
function extent(r: LayoutResult): number {
  const xs = Object.entries(r.positions).map(([id, p]) => p.x + (r.labels ? r.labels.gap + (r.labels.widths[id] ?? 0) : 0));
  const x0 = Math.min(...Object.values(r.positions).map((p) => p.x));
  return Math.max(...xs) - x0;
}

export function layoutView(graph: AtlasGraph, ids: Iterable<string>, layout: Layout): LayoutResult {
  switch (layout) {
    case 'timeline':
      return timelineLayout(graph, ids);
    case 'lineage':
      // The layered lineage with time as its x axis (Graphviz dot); dagre's `lineageLayout` is kept for comparison.
      if (!graphviz) throw new Error('layout: the lineage layout needs Graphviz: await prepareLayout("lineage") first');
      return layeredLayout(graph, ids, graphviz);
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
