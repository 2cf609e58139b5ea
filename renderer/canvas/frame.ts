// canvas/frame: the zoom and pan that frame what a scene draws, its axis and its labels right of their nodes included.
import type { Core } from 'cytoscape';
import { NODE_SIZE } from '../../src/layout/types';
import type { Scene } from '../../src/view/scene';
import { LABEL_PX } from './labels';
import { drawnNodes, placeIn } from './sparse';

/** The stylesheet's `text-margin-x` for labels right of their nodes, and a little room after them. */
const LABEL_MARGIN = 8;

/** Visits where each node `cy` draws (on its own or on its canvas layer) comes to rest: the scene's place for it, or where it is. */
function eachPlace(cy: Core, scene: Scene, visit: (id: string, x: number, y: number) => void): void {
  const targets = scene.layout.positions;
  for (const id of drawnNodes(cy)) {
    const p = targets[id] ?? placeIn(cy, id) ?? cy.$id(id).position();
    visit(id, p.x, p.y);
  }
}

/** The model-coordinate box a scene occupies: its drawn nodes and its axis's bands or grid. */
export function sceneBox(cy: Core, scene: Scene): { x1: number; y1: number; x2: number; y2: number } | null {
  // From the drawn nodes' places (every node is NODE_SIZE across, its border outside): cytoscape's own
  // bounding box would first compute every node's rendered style.
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  eachPlace(cy, scene, (_id, x, y) => {
    box.x1 = Math.min(box.x1, x);
    box.y1 = Math.min(box.y1, y);
    box.x2 = Math.max(box.x2, x);
    box.y2 = Math.max(box.y2, y);
  });
  if (box.x1 === Infinity) return null;
  const half = NODE_SIZE / 2 + 0.5;
  Object.assign(box, { x1: box.x1 - half, y1: box.y1 - half, x2: box.x2 + half, y2: box.y2 + half });
  // A layered layout's edges may swing around the outermost nodes: keep their routes in view too.
  const routes = scene.layout.routes;
  if (routes)
    cy.edges().forEach((e) => {
      for (const p of routes[e.id()] ?? []) {
        box.y1 = Math.min(box.y1, p.y - 1);
        box.y2 = Math.max(box.y2, p.y + 1);
      }
    });
  const axis = scene.layout.axis;
  // The time axis names its ticks under the graph: a year tick left or right of every node stays in view.
  if (axis?.kind === 'time' && axis.along !== 'y' && axis.ticks.length > 0) {
    const xs = axis.ticks.map((t) => t.x);
    box.x1 = Math.min(box.x1, Math.min(...xs) - 20);
    box.x2 = Math.max(box.x2, Math.max(...xs) + 20);
  }
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
  const room = cy.width() - PAD.left - PAD.right;
  const zoom = Math.min(
    Math.max(Math.min(room / w, (cy.height() - PAD.top - PAD.bottom) / h, rightLabels(cy, scene, box.x1, room).zoom), cy.minZoom()),
    Math.min(cy.maxZoom(), 2),
  );
  const wide = Math.max(w * zoom, rightLabels(cy, scene, box.x1, room, zoom).reach);
  const pan = {
    x: PAD.left + (room - wide) / 2 - box.x1 * zoom,
    y: PAD.top + (cy.height() - PAD.top - PAD.bottom - h * zoom) / 2 - box.y1 * zoom,
  };
  cy.stop(true, true);
  chosen?.({ zoom, pan });
  // Already there (an instance shown again as it was): setting the same viewport would still redraw every element.
  if (zoom === cy.zoom() && pan.x === cy.pan().x && pan.y === cy.pan().y) return;
  if (animate) cy.animate({ zoom, pan }, { duration: 300 });
  else cy.viewport({ zoom, pan });
}

/**
 * Labels right of their nodes (layered layouts) are drawn at LABEL_PX on screen, whatever the zoom: the
 * largest zoom at which each still ends within `room` pixels of the box's left edge, and how far they reach
 * (pixels from that edge) at `at`. Node places are the layout's, where nodes come to rest.
 */
function rightLabels(cy: Core, scene: Scene, x1: number, room: number, at = 1): { zoom: number; reach: number } {
  const labels = scene.layout.labels;
  let [zoom, reach] = [Infinity, 0];
  if (!labels) return { zoom, reach };
  eachPlace(cy, scene, (id, x) => {
    const px = (labels.widths[id] ?? 0) * (LABEL_PX / labels.fontSize) * 1.05 + LABEL_MARGIN;
    const from = x - x1 + NODE_SIZE / 2;
    if (from > 0) zoom = Math.min(zoom, (room - px) / from);
    reach = Math.max(reach, from * at + px);
  });
  return { zoom, reach };
}
