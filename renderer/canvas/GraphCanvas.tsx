// canvas/GraphCanvas: the cytoscape view. Created once per mount; state reaches it as classes and positions.
import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { AtlasGraph } from '../../src/model/build';
import type { Positions } from '../../src/layout/types';
import type { Highlight } from './elements';
import type { ThemeName } from '../../src/style/palette';
import type { Visible } from '../../src/view/visible';
import { applyVisibility, elementsOf, fitPositions } from './elements';
import { detailed, detailFor, stylesheet } from './stylesheet';

/** scale: above this many nodes a new layout is applied at once, not animated. */
const ANIMATE_UP_TO = 1500;


type Props = {
  readonly graph: AtlasGraph;
  readonly visible: Visible;
  readonly positions: Positions;
  /** Changes when the layout itself changes (not on filtering): the canvas then animates and fits. */
  readonly layoutKey: string;
  readonly filterMode: 'hide' | 'dim';
  readonly theme: ThemeName;
  readonly selected: string | undefined;
  readonly highlight: Highlight;
  /** A viewport to restore (from an opened view); applied when `serial` changes. */
  readonly restore: { readonly viewport?: { zoom: number; pan: { x: number; y: number } } | undefined; readonly serial: number };
  readonly onSelect: (id: string | undefined) => void;
  readonly onReady?: (cy: Core) => void;
};

export function GraphCanvas(props: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const { graph, visible, positions, layoutKey, filterMode, theme, selected, highlight, restore } = props;

  // Mount: one cytoscape instance for the component's life; listeners registered once, removed with it.
  useEffect(() => {
    // scale: level of detail. A large graph draws a texture of itself while panning and zooming, and
    // its labels only when they can be read (the stylesheet changes when the zoom crosses that line).
    const g0 = latest.current.graph;
    const large = !detailed(g0.order + g0.size);
    const cy = cytoscape({
      container: container.current,
      style: stylesheet(latest.current.theme, detailFor(g0.order, g0.size, 1)),
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: true,
      selectionType: 'single',
      minZoom: 0.05,
      maxZoom: 4,
    });
    cyRef.current = cy;
    cy.on('tap', (evt) => {
      if (evt.target === cy) latest.current.onSelect(undefined);
    });
    cy.on('tap', 'node', (evt) => latest.current.onSelect(evt.target.id()));
    // The zoom level, for tests and assistive tools that cannot read the canvas.
    cy.on('viewport', () => container.current?.setAttribute('data-zoom', cy.zoom().toFixed(6)));
    let labels = detailFor(g0.order, g0.size, cy.zoom()).labels;
    if (large)
      cy.on('zoom', () => {
        const d = detailFor(latest.current.graph.order, latest.current.graph.size, cy.zoom());
        if (d.labels !== labels) cy.style(stylesheet(latest.current.theme, d));
        labels = d.labels;
      });
    latest.current.onReady?.(cy);
    return () => {
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  // A new graph: replace the elements, then fit.
  useEffect(() => {
    const cy = cyRef.current!;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elementsOf(graph, latest.current.positions));
    });
    // scale: fitted from the positions (cytoscape's fit measures every label).
    fitPositions(cy, latest.current.positions, graph.nodes());
  }, [graph]);

  // Filter: hide or dim with classes inside one batch (cheap), never touching zoom or pan.
  useEffect(() => {
    const cy = cyRef.current!;
    // scale: the counts come from applyVisibility's own pass, not from selector queries over every element.
    const shown = applyVisibility(cy, visible, filterMode, highlight);
    container.current?.setAttribute('data-nodes', String(shown.nodes));
    container.current?.setAttribute('data-edges', String(shown.edges));
    container.current?.setAttribute('data-lineage', String(shown.lineageNodes));
  }, [visible, filterMode, highlight]);

  // A new layout: animate to the new positions and fit. Filtering alone keeps positions, zoom and pan.
  const firstLayout = useRef(true);
  useEffect(() => {
    const cy = cyRef.current!;
    const pos = positions;
    if (firstLayout.current) {
      firstLayout.current = false;
      cy.batch(() => cy.nodes().forEach((n) => void (pos[n.id()] && n.position({ ...pos[n.id()]! }))));
      const v = latest.current.visible;
      fitPositions(cy, pos, latest.current.filterMode === 'dim' ? [...v.nodes, ...v.filteredNodes] : v.nodes);
      container.current?.setAttribute('data-ready', 'true');
      return;
    }
    cy.nodes()
      .layout({
        name: 'preset',
        positions: (n: cytoscape.NodeSingular) => pos[n.id()] ?? n.position(),
        // scale: animating thousands of nodes is many long frames on the main thread; they jump instead.
        animate: cy.nodes().length <= ANIMATE_UP_TO,
        animationDuration: 350,
        fit: true,
        padding: 30,
      } as cytoscape.LayoutOptions)
      .run();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- positions change exactly when layoutKey does
  }, [layoutKey]);

  // scale: the mount already styled the first graph in the first theme; restyling every element again cost first draw.
  const styled = useRef(false);
  useEffect(() => {
    const cy = cyRef.current!;
    if (!styled.current) {
      styled.current = true;
      return;
    }
    cy.style(stylesheet(theme, detailFor(graph.order, graph.size, cy.zoom())));
  }, [theme, graph]);

  // An opened view brings its zoom and pan; it is applied after the layout so the fit does not undo it.
  useEffect(() => {
    const vp = restore.viewport;
    if (!vp) return;
    const cy = cyRef.current!;
    const apply = () => cy.viewport({ zoom: vp.zoom, pan: { ...vp.pan } });
    apply();
    cy.one('layoutstop', apply);
    return () => void cy.off('layoutstop', apply);
  }, [restore]);

  // Selection from outside (search, table, details): select and centre, keeping the zoom.
  useEffect(() => {
    const cy = cyRef.current!;
    const id = selected;
    const current = cy.$('node:selected');
    if (id && current.length === 1 && current.id() === id) return;
    cy.batch(() => {
      current.unselect();
      if (id) cy.$id(id).select();
    });
    if (id && cy.$id(id).visible()) cy.animate({ center: { eles: cy.$id(id) }, duration: 250 });
  }, [selected]);

  return <div ref={container} className="canvas" data-testid="canvas" />;
}
