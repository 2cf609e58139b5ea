// canvas/ZoomControls: zoom in, zoom out and fit, as buttons on the canvas (reachable from the keyboard)
// and as the functions the desktop's View menu calls.
import type { Core } from 'cytoscape';
import type { Scene } from '../../src/view/scene';
import { fitScene } from './frame';

/** One zoom step, for the buttons and the View menu alike. */
export const ZOOM_STEP = 1.25;

export const zoomBy = (cy: Core, factor: number): void =>
  void cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });

export function ZoomControls({ cy, scene }: { readonly cy: Core | null; readonly scene: Scene }) {
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" aria-label="Zoom in" title="Zoom in" disabled={!cy} onClick={() => cy && zoomBy(cy, ZOOM_STEP)}>
        +
      </button>
      <button type="button" aria-label="Zoom out" title="Zoom out" disabled={!cy} onClick={() => cy && zoomBy(cy, 1 / ZOOM_STEP)}>
        −
      </button>
      <button
        type="button"
        aria-label="Fit"
        title="Fit the graph to the window"
        disabled={!cy}
        onClick={() => cy && fitScene(cy, scene, false)}
      >
        Fit
      </button>
    </div>
  );
}
