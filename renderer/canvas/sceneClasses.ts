// canvas/sceneClasses: a scene applied to the cytoscape elements as classes, in one batch, touching only
// the elements whose state changed; and the fit that frames what a scene draws, its axis included.
import type { Core } from 'cytoscape';
import type { Scene } from '../../src/view/scene';

type Classes = { hidden: boolean; dimmed: boolean; lineage: boolean; focus: boolean };

/** Hidden (not drawn), dimmed, highlighted (lineage) and focused, as classes; returns how many changed. */
export function applyScene(cy: Core, scene: Scene): number {
  const nodes = new Set(scene.nodes);
  const edges = new Set(scene.edges);
  const hl = scene.highlight;
  let changed = 0;
  cy.batch(() => {
    cy.elements().forEach((el) => {
      const id = el.id();
      const drawn = el.isNode() ? nodes.has(id) : edges.has(id);
      const want: Classes = {
        hidden: !drawn,
        dimmed: drawn && scene.dimmed.has(id),
        lineage: drawn && (el.isNode() ? hl?.nodes.has(id) : hl?.edges.has(id)) === true,
        focus: id === scene.focus,
      };
      for (const [cls, on] of Object.entries(want) as [keyof Classes, boolean][])
        if (el.hasClass(cls) !== on) {
          el.toggleClass(cls, on);
          changed++;
        }
    });
  });
  return changed;
}

/** What the canvas draws, read back from its classes: the ids of its drawn nodes and of its highlighted ones, sorted. */
export function drawnState(cy: Core): { nodes: string[]; highlight: string[] } {
  const nodes: string[] = [];
  const highlight: string[] = [];
  cy.nodes().forEach((n) => {
    if (n.hasClass('hidden')) return;
    nodes.push(n.id());
    if (n.hasClass('lineage')) highlight.push(n.id());
  });
  return { nodes: nodes.sort(), highlight: highlight.sort() };
}

/** The model-coordinate box a scene occupies: its drawn nodes and its axis's bands or grid. */
export function sceneBox(cy: Core, scene: Scene): { x1: number; y1: number; x2: number; y2: number } | null {
  const eles = cy.nodes().not('.hidden');
  if (eles.length === 0) return null;
  const bb = eles.boundingBox({ includeLabels: false, includeOverlays: false });
  const box = { x1: bb.x1, y1: bb.y1, x2: bb.x2, y2: bb.y2 };
  // Labels to the right of their nodes (layered layouts) widen the box by the widest of them.
  const right = scene.layout.labels;
  if (right) box.x2 += Math.max(0, ...Object.values(right.widths)) + right.gap;
  const axis = scene.layout.axis;
  if (axis?.kind === 'grid') {
    box.x1 = Math.min(box.x1, axis.columns[0]!.x0 - 20);
    box.x2 = Math.max(box.x2, axis.columns[axis.columns.length - 1]!.x1);
    box.y1 = Math.min(box.y1, axis.rows[0]!.y0);
    box.y2 = Math.max(box.y2, axis.rows[axis.rows.length - 1]!.y1 + 20);
  }
  return box;
}

/** Padding in screen pixels: room for the overlays' axis names above and below. */
const PAD = { top: 44, bottom: 48, left: 36, right: 36 };

/** Zoom and pan that frame the scene (its axis included); animated unless told otherwise. */
export function fitScene(
  cy: Core,
  scene: Scene,
  animate = true,
  chosen?: (vp: { zoom: number; pan: { x: number; y: number } }) => void,
): void {
  const box = sceneBox(cy, scene);
  if (!box) return;
  const w = Math.max(box.x2 - box.x1, 1);
  const h = Math.max(box.y2 - box.y1, 1);
  const zoom = Math.min(
    Math.max(Math.min((cy.width() - PAD.left - PAD.right) / w, (cy.height() - PAD.top - PAD.bottom) / h), cy.minZoom()),
    Math.min(cy.maxZoom(), 2),
  );
  const pan = {
    x: PAD.left + (cy.width() - PAD.left - PAD.right - w * zoom) / 2 - box.x1 * zoom,
    y: PAD.top + (cy.height() - PAD.top - PAD.bottom - h * zoom) / 2 - box.y1 * zoom,
  };
  cy.stop(true, true);
  chosen?.({ zoom, pan });
  if (animate) cy.animate({ zoom, pan }, { duration: 300 });
  else cy.viewport({ zoom, pan });
}
