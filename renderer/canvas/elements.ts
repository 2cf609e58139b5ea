// canvas/elements: cytoscape elements from the graph (the scene's state reaches them as classes: sceneClasses),
// and the edge routes a layout computed, drawn as segments (canvas/routes).
import type { Core, ElementDefinition } from 'cytoscape';
import { licenceFacetOf } from '../../src/licences/graph';
import type { AtlasGraph } from '../../src/model/build';
import type { LayoutResult, Positions } from '../../src/layout/types';
import { LABEL_PX, screenLabel } from './labels';
import { segmentsOf } from './routes';

export function elementsOf(graph: AtlasGraph, positions: Positions): ElementDefinition[] {
  const nodes: ElementDefinition[] = graph.mapNodes((id, n) => ({
    group: 'nodes',
    // `licence`: the dataset's commercial use, drawn when the view colours by it (stylesheet's node.by-licence).
    data: {
      id,
      label: screenLabel(n.label),
      kind: n.kind,
      fs: LABEL_PX,
      licence: n.kind === 'dataset' ? licenceFacetOf(graph, id) : undefined,
    },
    position: positions[id] ? { ...positions[id] } : { x: 0, y: 0 },
  }));
  const twinned = twinnedEdges(graph);
  const edges: ElementDefinition[] = graph.mapEdges((id, e, source, target) => ({
    group: 'edges',
    // `twin`: another edge joins the same two nodes, so the two are drawn bent apart (stylesheet's edge[?twin]).
    data: { id, source, target, kind: e.kind, ...(twinned.has(id) ? { twin: true } : {}) },
  }));
  return [...nodes, ...edges];
}

/**
 * The edges that share their two ends (either way round) with another edge (the graph has no loops): the only ones
 * cytoscape must bend apart. The rest are drawn straight, as cytoscape draws a lone bezier edge, but without its
 * search for a bezier edge's parallel edges each time the edge or an end of it is restyled or moved (a traversal that
 * makes collections: about 30 ms of the 0.8 s after a 116-node filter's click on the merged catalogue, its first frame
 * and its glide, profiled). In Node: 12 ms at 10,000 nodes, 57 to 83 ms at 50,000 (synthetic, which has none); the merged catalogue
 * has 16 such pairs in 6,180 edges, the survey 13 in 312.
 */
export function twinnedEdges(graph: AtlasGraph): Set<string> {
  const first = new Map<string, string>();
  const out = new Set<string>();
  graph.forEachEdge((id, _e, s, t) => {
    const pair = s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
    const other = first.get(pair);
    if (other === undefined) first.set(pair, id);
    else out.add(other).add(id);
  });
  return out;
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
