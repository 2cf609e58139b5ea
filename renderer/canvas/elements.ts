// canvas/elements: cytoscape elements from the graph, and the view's state applied as classes in one batch.
import type { Core, ElementDefinition } from 'cytoscape';
import type { AtlasGraph } from '../../src/model/build';
import { NODE_SIZE, type Positions } from '../../src/layout/types';
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

const HIDDEN = 1;
const DIMMED = 2;
const LINEAGE = 4;
const FADED = 8;
const CLASSES: readonly [number, string][] = [
  [HIDDEN, 'hidden'],
  [DIMMED, 'dimmed'],
  [LINEAGE, 'lineage'],
  [FADED, 'faded'],
];

/** Per canvas: its elements' ids and the classes last applied, so a change touches only what changed. */
type Applied = { readonly first: unknown; readonly ids: readonly string[]; readonly nodes: number; readonly bits: Uint8Array };
const APPLIED = new WeakMap<Core, Applied>();

function appliedOf(cy: Core): Applied {
  const hit = APPLIED.get(cy);
  const elements = cy.elements();
  if (hit && hit.ids.length === elements.length && hit.first === elements[0]) return hit;
  // A new graph (or first use): read the ids once, nodes first, and the classes they carry now.
  const nodes = cy.nodes();
  const all = [...nodes, ...cy.edges()];
  const bits = new Uint8Array(all.length);
  all.forEach((el, i) => {
    for (const [bit, name] of CLASSES) if (el.hasClass(name)) bits[i]! |= bit;
  });
  const applied = { first: elements[0], ids: all.map((el) => el.id()), nodes: nodes.length, bits };
  APPLIED.set(cy, applied);
  return applied;
}

/**
 * Hide or dim what the filter leaves out, and mark the focused lineage: classes only, inside one
 * batch, and only on the elements whose classes change (the state is worked out in plain sets first).
 */
export type Shown = { readonly nodes: number; readonly edges: number; readonly lineageNodes: number };

export function applyVisibility(cy: Core, visible: Visible, filterMode: 'hide' | 'dim', highlight: Highlight): Shown {
  const { ids, nodes, bits } = appliedOf(cy);
  const changed: number[] = [];
  const next = new Uint8Array(ids.length);
  let [shownNodes, shownEdges, lineageNodes] = [0, 0, 0];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const isNode = i < nodes;
    const shown = isNode ? visible.nodes.has(id) : visible.edges.has(id);
    const filtered = !shown && (isNode ? visible.filteredNodes.has(id) : visible.filteredEdges.has(id));
    const inLineage = highlight !== null && (isNode ? highlight.nodes.has(id) : highlight.edges.has(id));
    let b = 0;
    if (!shown && (!filtered || filterMode === 'hide')) b |= HIDDEN;
    if (filtered && filterMode === 'dim') b |= DIMMED;
    if (inLineage) b |= LINEAGE;
    if (highlight !== null && !inLineage && shown) b |= FADED;
    next[i] = b;
    if (b !== bits[i]) changed.push(i);
    if (!(b & HIDDEN)) {
      if (isNode) shownNodes++;
      else shownEdges++;
    }
    if (isNode && b & LINEAGE) lineageNodes++;
  }
  const shown = { nodes: shownNodes, edges: shownEdges, lineageNodes };
  if (changed.length === 0) return shown;
  cy.batch(() => {
    for (const i of changed) {
      const el = cy.getElementById(ids[i]!);
      const diff = next[i]! ^ bits[i]!;
      for (const [bit, name] of CLASSES) if (diff & bit) el.toggleClass(name, (next[i]! & bit) !== 0);
      bits[i] = next[i]!;
    }
  });
  return shown;
}

/**
 * Fits the viewport to the given nodes' positions (node boxes, not labels) with padding: a pass over
 * plain numbers, where cytoscape's fit measures every element's bounding box, labels included (10 s
 * at 10,000 nodes on this machine).
 */
export function fitPositions(cy: Core, positions: Positions, ids: Iterable<string>, padding = 30): void {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const id of ids) {
    const p = positions[id];
    if (!p) continue;
    [x0, x1, y0, y1] = [Math.min(x0, p.x), Math.max(x1, p.x), Math.min(y0, p.y), Math.max(y1, p.y)];
  }
  if (!Number.isFinite(x0)) return;
  const half = NODE_SIZE / 2;
  const w = x1 - x0 + 2 * half;
  const h = y1 - y0 + 2 * half;
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min((cy.width() - 2 * padding) / w, (cy.height() - 2 * padding) / h)));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * ((x0 + x1) / 2), y: cy.height() / 2 - zoom * ((y0 + y1) / 2) } });
}
