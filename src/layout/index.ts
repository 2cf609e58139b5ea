// layout: positions for a view; each layout is a pure function of the graph and the ids shown.
import type { AtlasGraph } from '../model/build';
import type { Layout } from '../view/spec';
import { forceLayout } from './force';
import { lineageLayout } from './lineage';
import { comparisonLayout, techniqueTreeLayout } from './survey-figures';
import { timelineLayout } from './timeline';
import type { LayoutResult } from './types';

export * from './types';
export { EDGE_LENGTH, forceLayout, LayoutCancelled, seededRandom, type ForceProgress } from './force';
export { lineageLayout } from './lineage';
export { comparisonLayout, FIGURE2_COLUMNS, FIGURE2_ROWS, techniqueTreeLayout } from './survey-figures';
export { timelineLayout, WATERSHED_MONTH } from './timeline';

export function layoutView(graph: AtlasGraph, ids: Iterable<string>, layout: Layout): LayoutResult {
  switch (layout) {
    case 'timeline':
      return timelineLayout(graph, ids);
    case 'lineage':
      return lineageLayout(graph, ids);
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
