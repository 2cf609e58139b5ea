// canvas/elements: cytoscape elements from the graph, and the view's state applied as classes in one batch.
import type { Core, ElementDefinition } from 'cytoscape';
import type { AtlasGraph } from '../../src/model/build';
import type { Positions } from '../../src/layout/types';
import type { Visible } from '../../src/view/visible';

import type { Highlight as LineageHighlight } from '../../src/view/highlight';

export type Highlight = LineageHighlight | null;

export function elementsOf(graph: AtlasGraph, positions: Positions): ElementDefinition[] {
  const nodes: ElementDefinition[] = graph.mapNodes((id, n) => ({
    group: 'nodes',
    data: { id, label: n.label, kind: n.kind },
    position: positions[id] ? { ...positions[id] } : { x: 0, y: 0 },
  }));
  const edges: ElementDefinition[] = graph.mapEdges((id, e, source, target) => ({
    group: 'edges',
    data: { id, source, target, kind: e.kind },
  }));
  return [...nodes, ...edges];
}

/** Hide or dim what the filter leaves out, and mark the focused lineage: classes only, inside one batch. */
export function applyVisibility(cy: Core, visible: Visible, filterMode: 'hide' | 'dim', highlight: Highlight): void {
  cy.batch(() => {
    cy.elements().forEach((el) => {
      const id = el.id();
      const shown = el.isNode() ? visible.nodes.has(id) : visible.edges.has(id);
      const filtered = el.isNode() ? visible.filteredNodes.has(id) : visible.filteredEdges.has(id);
      el.toggleClass('hidden', !shown && (!filtered || filterMode === 'hide'));
      el.toggleClass('dimmed', filtered && filterMode === 'dim');
      const inLineage = highlight ? (el.isNode() ? highlight.nodes.has(id) : highlight.edges.has(id)) : false;
      el.toggleClass('lineage', inLineage);
      el.toggleClass('faded', highlight !== null && !inLineage && shown);
    });
  });
}
