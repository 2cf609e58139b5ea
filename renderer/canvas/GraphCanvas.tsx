// canvas/GraphCanvas: the cytoscape view of a scene. Created once per mount; the scene reaches it as classes
// and positions, labels follow the zoom, and a new scene is framed (animated) whenever what it draws changes.
// A scene that draws a small part of a big graph is drawn in a second, small instance laid over the first (canvas/stage);
// a big scene, at plain detail, on a canvas layer under its instance (canvas/layer), which holds only the nodes it
// draws over the layer and the one under the pointer (canvas/sparse).
import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { AtlasGraph } from '../../src/model/build';
import type { ColourBy, ThemeName } from '../../src/style/palette';
import { rehearsalScene, type Scene } from '../../src/view/scene';
import { applyRoutes, elementsOf } from './elements';
import { labelSide } from './labels';
import { fitScene } from './frame';
import { setMoved } from './sceneClasses';
import { drawnNodes, drawnState, hold, placeIn, pointAt, selectBox, sparseSceneOf } from './sparse';
import {
  createStage,
  destroyStage,
  markStage,
  prepareSmall,
  labelSideOnStage,
  restyleLayers,
  setStageElements,
  showScene,
  type Stage,
  labelPassCost,
  updateLabelsIfStale,
} from './stage';
import { createLayer } from './layer';
import { relabeller } from './relabel';
import { BY_LICENCE, canvasOptions, plainEdgeLook, stylesheet } from './stylesheet';

/** What the canvas remembers per cytoscape instance: the layout key it last drew (null: nothing yet), whether any
 * edge was drawn along a route, and the viewport its last framing chose. */
type Drawn = { laidOut: string | null; routed: boolean; framedAt: { zoom: number; x: number; y: number } | null };
/** Beside cytoscape, not in its scratch: a scratch write restyles every element. */
const DRAWN = new WeakMap<Core, Drawn>();
const drawnOf = (cy: Core): Drawn => {
  const d = DRAWN.get(cy);
  if (d) return d;
  const fresh: Drawn = { laidOut: null, routed: false, framedAt: null };
  DRAWN.set(cy, fresh);
  return fresh;
};

/** Above this many drawn nodes a new layout is applied at once: animating each node costs more than it shows. */
const ANIMATE_UP_TO = 1500;

type Props = {
  readonly graph: AtlasGraph;
  readonly scene: Scene;
  readonly theme: ThemeName;
  /** What datasets are coloured by; their kind's colour unless told. */
  readonly colourBy?: ColourBy;
  readonly selected: string | undefined;
  /** A viewport to restore (from an opened view); applied when `serial` changes. */
  readonly restore: { readonly viewport?: { zoom: number; pan: { x: number; y: number } } | undefined; readonly serial: number };
  /**
   * The viewport a view had when it was left, as Back or Forward returns to it (state/useView); the canvas glides back
   * there, undoing the framing the next view did. Applied when `serial` changes.
   */
  readonly returned?: { readonly viewport?: { zoom: number; pan: { x: number; y: number } } | undefined; readonly serial: number };
  readonly onSelect: (id: string | undefined) => void;
  readonly onReady?: (cy: Core) => void;
  /** Nodes picked by hand (class `picked`); a shift- or Ctrl/Cmd-click picks or unpicks one. */
  readonly picked?: readonly string[];
  readonly onPick?: (id: string) => void;
};

export function GraphCanvas(props: Props) {
  const container = useRef<HTMLDivElement>(null);
  const bigLayer = useRef<HTMLDivElement>(null);
  const smallLayer = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const stageRef = useRef<Stage | null>(null);
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const { graph, scene, theme, selected, restore, colourBy = 'kind' } = props;

  /** Labels again on the next frame, once however many changes ask (each pass costs seconds at 10,000 nodes). */
  const relabelSoon = useRef<() => void>(() => {});
  /** The stylesheet's theme, as last given to cytoscape (a first draw styles each element once). */
  const styled = useRef('');
  /** Frames the scene and remembers the viewport chosen (a resize re-frames a view still there). */
  const frame_ = (cy: Core, animate: boolean) => {
    fitScene(cy, latest.current.scene, animate, (vp) => (drawnOf(cy).framedAt = { zoom: vp.zoom, ...vp.pan }));
  };

  // Mount: the big cytoscape instance for the component's life (the small one made when a scene first wants it);
  // listeners registered once on each, removed with them.
  useEffect(() => {
    const { graph: g, theme: th } = latest.current;
    styled.current = th;
    const make = (layer: HTMLDivElement | null, theme: ThemeName, order: number, size: number): Core => {
      const c = cytoscape({
        container: layer,
        ...canvasOptions(theme, order, size), // level of detail: a texture while panning and zooming
        wheelSensitivity: 0.3,
        boxSelectionEnabled: true,
        selectionType: 'single',
        minZoom: 0.02,
        maxZoom: 4,
      });
      c.on('tap', (evt) => {
        if (evt.target !== c) return;
        // A tap on the background clears a box selection: its nodes no longer held (canvas/sparse).
        hold(c, 'box', []);
        latest.current.onSelect(undefined);
      });
      c.on('tap', 'node', (evt) => {
        const e = evt.originalEvent as MouseEvent | undefined;
        const pick = latest.current.onPick;
        if (pick && (e?.shiftKey || e?.ctrlKey || e?.metaKey)) pick(evt.target.id());
        else latest.current.onSelect(evt.target.id());
      });
      c.on('viewport resize', () => c === cyRef.current && labels.moved());
      // A node dragged stays where it is put, drawn by cytoscape or by the canvas layer (canvas/sparse).
      c.on('drag', 'node', (evt) => setMoved(c, evt.target.id(), evt.target.position()));
      // Dropped where other labels were: the labels are placed again around it.
      c.on('dragfree', 'node', () => c === cyRef.current && relabel());
      // A box selection in an instance drawn sparsely takes the nodes in the box that cytoscape does not hold, too.
      c.on('boxend', (evt) => {
        const to = { ...evt.position };
        // After cytoscape's own selection of what it holds in the box, which unselects what it did not find there.
        window.setTimeout(() => selectBox(c, to));
      });
      // The zoom level, for tests and assistive tools that cannot read the canvas.
      c.on('viewport', () => c === cyRef.current && container.current?.setAttribute('data-zoom', c.zoom().toFixed(6)));
      return c;
    };
    // Labels follow the viewport, once a frame at most, or once it rests where a pass takes longer than a frame (canvas/relabel).
    const labels = relabeller(
      () => {
        const cy = cyRef.current;
        if (!cy) return;
        const unplaced = updateLabelsIfStale(cy, latest.current.selected, latest.current.scene.layout);
        container.current?.setAttribute('data-labels', String(cy.nodes('.labelled').length));
        // A label that matters and found no room is named in a note on the canvas (styles.css shows it), not dropped silently.
        if (unplaced.length) container.current?.setAttribute('data-unlabelled', `No room to label ${unplaced.join(', ')}: zoom in`);
        else container.current?.removeAttribute('data-unlabelled');
      },
      () => (cyRef.current ? labelPassCost(cyRef.current) : 0),
    );
    const relabel = labels.soon;
    relabelSoon.current = relabel;
    const big = make(bigLayer.current, th, g.order, g.size);
    // The small instance draws a small part of the same graph with the same stylesheet.
    const stage = createStage(
      big,
      () => {
        const { graph: now, theme } = latest.current;
        return make(smallLayer.current, theme, now.order, now.size);
      },
      undefined,
      // Each instance at the detail of the scene it draws (a lineage gets its arrowheads at any graph size).
      (detail) => stylesheet(latest.current.theme, detail),
      // At plain detail a scene is drawn on a canvas layer of its own, cytoscape drawing over it only the nodes with a label or a ring.
      (cy, nodes) => createLayer(cy, (kind, state) => plainEdgeLook(kind, latest.current.theme, state), nodes.look, nodes.moved),
    );
    stageRef.current = stage;
    cyRef.current = big;
    const el = container.current as HTMLDivElement & Testable;
    el.cy = big; // for the end-to-end tests, which cannot read a canvas
    el.drawnAt = () => {
      const cy = cyRef.current!;
      const [zoom, pan] = [cy.zoom(), cy.pan()];
      return drawnNodes(cy).flatMap((id) => {
        const p = placeIn(cy, id) ?? cy.$id(id).position();
        return p ? [{ id, x: p.x * zoom + pan.x, y: p.y * zoom + pan.y }] : [];
      });
    };
    // In an instance drawn sparsely, the node under the pointer is made in cytoscape before cytoscape's own handlers
    // see the event (this listener captures it on the way down): its hover card, click and drag are cytoscape's. Not
    // while a button is held: a node being dragged is not let go for one passed over.
    const point = (e: PointerEvent) => {
      const pressed = e.type === 'pointerdown';
      if (cyRef.current && (pressed || e.buttons === 0)) pointAt(cyRef.current, e.clientX, e.clientY, pressed);
    };
    el.addEventListener('pointermove', point, true);
    el.addEventListener('pointerdown', point, true);
    // The container changes size (a panel opens, fonts load, the window is resized): cytoscape is told, and a
    // view the user has not moved since it was framed is framed again. The instance not shown is told when shown.
    const observer = new ResizeObserver(() => {
      const cy = cyRef.current!;
      const framed = drawnOf(cy).framedAt;
      const untouched = framed !== null && Math.abs(cy.zoom() - framed.zoom) < 1e-9 && cy.pan().x === framed.x && cy.pan().y === framed.y;
      cy.resize();
      if (untouched) frame_(cy, false);
    });
    observer.observe(container.current!);
    // A control drawn over the canvas comes or goes (the layout's progress, its cancelled notice): labels are placed
    // again, clear of it (canvas/labels' CANVAS_CONTROLS).
    const controls = new MutationObserver(() => relabel());
    if (container.current!.parentElement) controls.observe(container.current!.parentElement, { childList: true });
    latest.current.onReady?.(big);
    return () => {
      el.removeEventListener('pointermove', point, true);
      el.removeEventListener('pointerdown', point, true);
      observer.disconnect();
      controls.disconnect();
      labels.stop();
      destroyStage(stage);
      cyRef.current = null;
      stageRef.current = null;
    };
  }, []);

  /** Shows instance `cy` (the other hidden), hands it to the overlays, and carries the selection over. */
  const show = (cy: Core) => {
    const stage = stageRef.current!;
    const was = cyRef.current;
    bigLayer.current!.style.visibility = cy === stage.big ? '' : 'hidden';
    smallLayer.current!.style.visibility = cy === stage.big ? 'hidden' : '';
    if (was === cy) return;
    cyRef.current = cy;
    (container.current as HTMLDivElement & Testable).cy = cy;
    // Shown after a resize of the window it missed: told now (its canvas is kept as it was painted otherwise).
    const el = container.current!;
    if (Math.round(cy.width()) !== el.clientWidth || Math.round(cy.height()) !== el.clientHeight) cy.resize();
    was?.stop(true, true);
    selectIn(cy, latest.current.selected);
    el.setAttribute('data-zoom', cy.zoom().toFixed(6));
    el.setAttribute('data-instance', cy === stage.big ? 'big' : 'small');
    latest.current.onReady?.(cy);
  };

  // A new graph: replace the elements (the big instance shown again).
  useEffect(() => {
    const stage = stageRef.current!;
    setStageElements(stage, elementsOf(graph, latest.current.scene.layout.positions));
    for (const c of [stage.big, stage.small]) if (c) drawnOf(c).laidOut = null;
    show(stage.big);
  }, [graph]);

  // The scene: classes in one batch; new positions (animated) and a new frame when what is drawn changes.
  useEffect(() => {
    const stage = stageRef.current!;
    const key = scene.layoutKey;
    const pos = scene.layout.positions;
    const waiting = scene.nodes.length > 0 && Object.keys(pos).length === 0; // the layout's engine is still loading
    const right = scene.layout.labels?.side === 'right';
    // Labels right of their nodes, set before the scene draws new nodes so that they are made with it.
    if (!waiting && (right ? 'right' : 'below') !== labelSide(stage.big)) {
      labelSideOnStage(stage, right ? 'right' : 'below');
      markStage(stage, 'label-right', () => right);
    }
    const was = cyRef.current!;
    const { cy } = showScene(stage, scene);
    const drawnHere = drawnOf(cy);
    // The small instance starts from the view shown, and frames its scene from there.
    if (cy !== was && cy !== stage.big && drawnHere.laidOut !== key) cy.viewport({ zoom: was.zoom(), pan: { ...was.pan() } });
    show(cy);
    const el = container.current!;
    el.setAttribute('data-nodes', String(scene.nodes.length));
    el.setAttribute('data-edges', String(scene.edges.length));
    el.setAttribute('data-lineage', String(scene.highlight?.nodes.size ?? 0));
    // For tests and tools: the drawn and highlighted node ids as the canvas's classes hold them, space-separated.
    const drawn = drawnState(cy);
    el.setAttribute('data-drawn', drawn.nodes.join(' '));
    el.setAttribute('data-highlight', drawn.highlight.join(' '));
    if (waiting) return;
    if (drawnHere.laidOut === key) return relabelSoon.current();
    const first = drawnHere.laidOut === null && cy === stage.big;
    drawnHere.laidOut = key;
    if (scene.layout.routes || drawnHere.routed) {
      const n = applyRoutes(cy, scene.layout);
      drawnHere.routed = n > 0;
      el.setAttribute('data-routed', String(n));
    } else el.setAttribute('data-routed', '0');
    const moved = cy.nodes().filter((n) => {
      const p = pos[n.id()];
      return p !== undefined && (p.x !== n.position('x') || p.y !== n.position('y'));
    });
    if (first) {
      // The scene made its nodes at its positions (those made while its layout's engine loaded are placed now).
      // Labels wait for the first frame: the label grid reads where nodes are on screen, and a graph shows sooner
      // without it (it is the next frame).
      if (moved.length) cy.batch(() => moved.forEach((n) => void n.position({ ...pos[n.id()]! })));
      frame_(cy, false);
      cy.one('render', () => relabelSoon.current());
      el.setAttribute('data-ready', 'true');
      // The small instance made while the window is idle, ready for the first focus or narrow filter, which a small
      // scene drawn there once, hidden, makes quicker (canvas/stage prepareSmall).
      const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 500));
      idle(() => {
        const { graph: g, scene: s } = latest.current;
        if (!stageRef.current) return;
        prepareSmall(stageRef.current, () => rehearsalScene(g, s.view));
      });
      return;
    }
    // Drawn nodes glide to their new places while the view frames them (large graphs, and those drawn on a canvas
    // layer, jump); nodes not drawn are out of the renderer and take their places when a scene draws them again (applyScene).
    const animate = scene.nodes.length <= ANIMATE_UP_TO && !sparseSceneOf(cy);
    if (animate) moved.forEach((n) => void n.animate({ position: { ...pos[n.id()]! } }, { duration: 300 }));
    else cy.batch(() => moved.forEach((n) => void n.position({ ...pos[n.id()]! })));
    frame_(cy, animate);
    relabelSoon.current(); // and again with each frame of the new viewport
  }, [scene]);

  // A new theme: each instance restyled at the detail it draws now (each scene sets its detail: canvas/stage).
  useEffect(() => {
    if (styled.current === theme) return; // as the canvas was made: restyling every element would cost a second first draw
    styled.current = theme;
    const stage = stageRef.current!;
    for (const c of [stage.big, stage.small]) if (c) c.style(stylesheet(theme, stage.details.get(c) ?? stage.graphDetail));
    restyleLayers(stage);
  }, [theme]);

  // Colour by commercial use: a class on the datasets, the colour in the stylesheet.
  useEffect(() => {
    const byLicence = colourBy === 'licence';
    markStage(stageRef.current!, BY_LICENCE, (_id, kind) => byLicence && kind === 'dataset');
    container.current!.setAttribute('data-colour-by', colourBy);
  }, [colourBy, graph]);

  // An opened view brings its zoom and pan; applied after the scene so the fit does not undo it.
  useEffect(() => {
    const vp = restore.viewport;
    if (!vp) return;
    const cy = cyRef.current!;
    cy.stop(true, true); // the scene's framing, if one is under way
    cy.viewport({ zoom: vp.zoom, pan: { ...vp.pan } });
  }, [restore]);

  // Back or Forward to a view left at a viewport: glide back to it (after the scene, whose framing it replaces).
  useEffect(() => {
    const vp = props.returned?.viewport;
    if (!vp) return;
    const cy = cyRef.current!;
    cy.stop(true, true);
    // The user's viewport, not a framing: a resize (the subject bar going away) must not frame the view again.
    drawnOf(cy).framedAt = null;
    cy.animate({ zoom: vp.zoom, pan: { ...vp.pan } }, { duration: 300 });
  }, [props.returned]);

  // Picked nodes: a class, and their count for the tests.
  useEffect(() => {
    const on = new Set(props.picked ?? []);
    markStage(stageRef.current!, 'picked', (id) => on.has(id));
    container.current!.setAttribute('data-picked', String(on.size));
  }, [props.picked, graph]);

  // Selection from outside (search, table, details): select, and centre it if it is off screen, keeping the zoom.
  useEffect(() => {
    const cy = cyRef.current!;
    const id = selected;
    relabelSoon.current();
    if (!selectIn(cy, id)) return;
    const node = cy.$id(id ?? '');
    // Before the scene's first framing (a new graph, such as the survey with a layer added, whose layout is still to
    // come) its nodes are not yet where they will be: centring one then left the view panned off the framed scene.
    if (!id || !node.visible() || drawnOf(cy).laidOut === null) return;
    const p = node.renderedPosition();
    if (p.x < 20 || p.y < 20 || p.x > cy.width() - 20 || p.y > cy.height() - 20) cy.animate({ center: { eles: node }, duration: 250 });
  }, [selected]);

  return (
    <div ref={container} className="canvas" data-testid="canvas">
      <div ref={bigLayer} className="canvas-layer" />
      <div ref={smallLayer} className="canvas-layer" style={{ visibility: 'hidden' }} />
    </div>
  );
}

/** What the canvas's element hands the end-to-end tests: cytoscape, and where each node drawn is on screen. */
type Testable = { cy?: Core; drawnAt?: () => { id: string; x: number; y: number }[] };

/** Selects node `id` alone in `cy` (none when undefined), held there if `cy` is drawn sparsely; false if it already was. */
function selectIn(cy: Core, id: string | undefined): boolean {
  hold(cy, 'selection', id === undefined ? [] : [id]);
  const current = cy.$('node:selected');
  if (id && current.length === 1 && current.id() === id) return false;
  cy.batch(() => {
    current.unselect();
    if (id) cy.$id(id).select();
  });
  return true;
}
