// canvas/elements: cytoscape elements from the graph (the scene's state reaches them as classes: sceneClasses),
// and the edge routes a layout computed, drawn as segments (canvas/routes).
import type { Core, ElementDefinition } from 'cytoscape';
import type { AtlasGraph } from '../../src/model/build';
import type { LayoutResult, Positions } from '../../src/layout/types';
import { LABEL_PX, screenLabel } from './labels';
import { segmentsOf } from './routes';

export function elementsOf(graph: AtlasGraph, positions: Positions): ElementDefinition[] {
  const nodes: ElementDefinition[] = graph.mapNodes((id, n) => ({
    group: 'nodes',
    data: { id, label: screenLabel(n.label), kind: n.kind, fs: LABEL_PX },
    position: positions[id] ? { ...positions[id] } : { x: 0, y: 0 },
  }));
  const edges: ElementDefinition[] = graph.mapEdges((id, e, source, target) => ({
    group: 'edges',
    data: { id, source, target, kind: e.kind },
  }));
  return [...nodes, ...edges];
}

/**
 * Edges the layout routed (around nodes and labels) get the class `routed` and their segments as data
 * (`segW`, `segD`, `srcEnd`, `tgtEnd`, read by the stylesheet), computed against the layout's positions,
 * where the nodes come to rest; the others are drawn as before. Returns how many edges are routed.
 */
export function applyRoutes(cy: Core, layout: LayoutResult): number {
  const routes = layout.routes ?? {};
  const pos = layout.positions;
  let routed = 0;
  cy.batch(() => {
    cy.edges().forEach((e) => {
      const route = routes[e.id()];
      const [s, t] = [pos[e.source().id()], pos[e.target().id()]];
      const seg = route && s && t ? segmentsOf(route, s, t) : null;
      if (!seg) {
        if (e.hasClass('routed')) e.removeClass('routed');
        return;
      }
      routed++;
      e.data({
        segW: seg.weights.map((w) => w.toFixed(4)).join(' '),
        segD: seg.distances.map((d) => d.toFixed(2)).join(' '),
        srcEnd: `${seg.sourceEnd[0].toFixed(2)}px ${seg.sourceEnd[1].toFixed(2)}px`,
        tgtEnd: `${seg.targetEnd[0].toFixed(2)}px ${seg.targetEnd[1].toFixed(2)}px`,
      });
      if (!e.hasClass('routed')) e.addClass('routed');
    });
  });
  return routed;
}
