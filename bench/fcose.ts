// bench/fcose: the force layout the atlas used before ForceAtlas2 (fcose under a seeded Math.random), kept to compare against.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { AtlasGraph } from '../src/model/build';
import { type LayoutResult, NODE_SIZE, type Point } from '../src/layout/types';

cytoscape.use(fcose);

/**
 * Runs `fn` with Math.random replaced by a seeded generator (mulberry32), then restores it.
 * fcose and cose-base draw from Math.random; a synchronous run under a fixed seed is reproducible.
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  let a = seed >>> 0;
  Math.random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

export function fcoseLayout(graph: AtlasGraph, ids: Iterable<string>): LayoutResult {
  const nodes = [...ids].sort();
  const inView = new Set(nodes);
  for (const id of nodes) if (!graph.hasNode(id)) throw new Error(`bench/fcose: unknown node "${id}"`);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: NODE_SIZE, height: NODE_SIZE } }],
    elements: [
      ...nodes.map((id) => ({ group: 'nodes' as const, data: { id } })),
      ...graph
        .filterEdges((_e, _a, s, t) => inView.has(s) && inView.has(t))
        .sort()
        .map((e) => ({ group: 'edges' as const, data: { id: e, source: graph.source(e), target: graph.target(e) } })),
    ],
  });
  withSeededRandom(0x5eed, () =>
    cy
      .layout({
        name: 'fcose',
        // With randomize: false a headless cytoscape ignores start positions (measured), so fcose
        // starts from its spectral layout; greedy pivot sampling and the seed make that repeatable.
        randomize: true,
        samplingType: false,
        animate: false,
        quality: 'proof',
        nodeRepulsion: 9000,
        idealEdgeLength: 90,
        nodeSeparation: 60,
        fit: false,
      } as cytoscape.LayoutOptions)
      .run(),
  );
  const positions: Record<string, Point> = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    positions[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
  });
  cy.destroy();
  return { positions };
}
