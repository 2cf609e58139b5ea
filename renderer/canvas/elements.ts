// canvas/elements: cytoscape elements from the graph (the scene's state reaches them as classes: sceneClasses).
import type { ElementDefinition } from 'cytoscape';
import { licenceFacetOf } from '../../src/licences/graph';
import type { AtlasGraph } from '../../src/model/build';
import type { Positions } from '../../src/layout/types';
import { LABEL_PX, screenLabel } from './labels';

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
  const edges: ElementDefinition[] = graph.mapEdges((id, e, source, target) => ({
    group: 'edges',
    data: { id, source, target, kind: e.kind },
  }));
  return [...nodes, ...edges];
}
