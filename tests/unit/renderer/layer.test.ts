// @vitest-environment happy-dom
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  drawLayer,
  edgeState,
  paint,
  type Layer,
  type LayerEdge,
  type LayerModel,
  type LayerScene,
  modelOf,
  type Pen,
  positionsOf,
  setLayerScene,
} from '../../../renderer/canvas/layer';
import { elementsOf } from '../../../renderer/canvas/elements';
import { updateLabels } from '../../../renderer/canvas/labels';
import {
  createStage,
  labelPassCost,
  type LayerNodes,
  markStage,
  setStageElements,
  showScene,
  updateLabelsIfStale,
} from '../../../renderer/canvas/stage';
import { drawnState, hold, nodeAt, nodesIn, placeIn, pointAt, selectBox, showSparse } from '../../../renderer/canvas/sparse';
import { setMoved } from '../../../renderer/canvas/sceneClasses';
import { fitScene } from '../../../renderer/canvas/frame';
import { NODE_SIZE } from '../../../src/layout/size';
import {
  DIMMED_OPACITY,
  type EdgeState,
  LINEAGE_EDGE_WIDTH,
  plainEdgeLook,
  plainNodeLook,
  stylesheet,
} from '../../../renderer/canvas/stylesheet';
import { LICENCE_COLOR } from '../../../src/style/palette';
import { loadGraph } from '../../../src/import/load';
import { buildGraph } from '../../../src/model/build';
import { sceneOf } from '../../../src/view/scene';
import { gridPlaceholder } from '../../../renderer/layout/placeholder';
import { defaultView, type ViewSpec } from '../../../src/view/spec';
import { syntheticGraph } from '../../../bench/synthetic';
import { headless, ids } from './headless-canvas';

/** A 2D context that records what is drawn: each stroke's or fill's style and what its path holds. */
function recorder() {
  type Mark = { paint: string; color: string; width: number; alpha: number; parts: (string | number)[][] };
  const marks: Mark[] = [];
  let parts: (string | number)[][] = [];
  const add =
    (op: string) =>
    (...args: number[]) =>
      void parts.push([op, ...args.map((a) => Math.round(a * 100) / 100)]);
  const pen: Pen = {
    strokeStyle: '',
    fillStyle: '',
    lineWidth: 0,
    globalAlpha: 1,
    beginPath: () => void (parts = []),
    moveTo: add('M'),
    lineTo: add('L'),
    rect: add('rect'),
    arc: add('arc') as unknown as Pen['arc'],
    roundRect: add('roundRect') as Pen['roundRect'],
    closePath: add('Z'),
    stroke: () => void marks.push({ paint: 'stroke', color: String(pen.strokeStyle), width: pen.lineWidth, alpha: pen.globalAlpha, parts }),
    fill: () => void marks.push({ paint: 'fill', color: String(pen.fillStyle), width: 0, alpha: pen.globalAlpha, parts }),
  };
  return { pen, marks };
}

const look = (kind: string, state: EdgeState) => plainEdgeLook(kind, 'light', state);

describe('canvas/layer', () => {
  const nodes = ['a', 'b', 'c', 'far'];
  const kinds: Record<string, string> = { a: 'dataset', b: 'source', c: 'technique', far: 'model' };
  const positions = Object.fromEntries(nodes.map((id, i) => [id, { x: id === 'far' ? 5000 : i * 100, y: 0 }]));
  const xy = positionsOf(nodes, (id) => positions[id]);
  /** An edge of the graph (a LayerEdge), and its state in the scene drawn. */
  type Drawn = { readonly edge: LayerEdge; readonly state: EdgeState };
  let made = 0;
  const e = (source: string, target: string, kind: string, state: EdgeState = 'plain'): Drawn => ({
    edge: { id: `e${made++}`, source, target, kind },
    state,
  });
  const having = (drawn: Drawn[], state: EdgeState) => drawn.filter((d) => d.state === state).map((d) => d.edge.id);
  // c is dimmed.
  const model = (drawn: Drawn[]) =>
    modelOf(
      {
        nodes,
        edges: drawn.map((d) => d.edge),
        dimmed: new Set(['c', ...having(drawn, 'dimmed')]),
        lineage: new Set(having(drawn, 'lineage')),
      },
      look,
      (id, dimmed) => plainNodeLook(kinds[id]!, undefined, dimmed),
    );
  const ids = (m: LayerModel, idx: Uint32Array) => [...idx].map((i) => m.nodes[i]!);

  it('groups edges by look, the dimmed rest first and a lineage last, leaving out edges with an end not drawn', () => {
    const m = model([
      e('a', 'b', 'derived-from', 'lineage'),
      e('b', 'c', 'aggregates'),
      e('a', 'c', 'aggregates', 'dimmed'),
      e('c', 'a', 'aggregates'),
      e('a', 'gone', 'aggregates'),
    ]);
    expect(m.edges.map((b) => [b.look, ids(m, b.ends)])).toEqual([
      [look('aggregates', 'dimmed'), ['a', 'c']],
      [look('aggregates', 'plain'), ['b', 'c', 'c', 'a']],
      [look('derived-from', 'lineage'), ['a', 'b']],
    ]);
    // Nodes by look, the dimmed first: each kind its colour and shape, as the stylesheet gives them.
    expect(m.shapes.map((b) => [b.look, ids(m, b.nodes)])).toEqual([
      [plainNodeLook('technique', undefined, true), ['c']],
      [plainNodeLook('dataset', undefined, false), ['a']],
      [plainNodeLook('source', undefined, false), ['b']],
      [plainNodeLook('model', undefined, false), ['far']],
    ]);
    expect(plainNodeLook('technique', undefined, true).alpha).toBe(DIMMED_OPACITY);
  });

  it('gives one look object for one look, and groups equal looks made apart as one, in the order of the nodes', () => {
    expect(plainNodeLook('dataset', undefined, true)).toBe(plainNodeLook('dataset', undefined, true));
    expect(plainNodeLook('dataset', 'non-commercial', false)).not.toBe(plainNodeLook('dataset', undefined, false));
    expect(plainNodeLook('dataset', 'no-such-facet', false)).toBe(plainNodeLook('dataset', undefined, false));
    // A look made anew for each node (as a caller other than the stage may): still one group per look.
    const m = modelOf({ nodes, edges: [], dimmed: new Set(['b']) }, look, (id, dimmed) => ({
      ...plainNodeLook(id === 'far' ? 'model' : 'dataset', undefined, dimmed),
    }));
    expect(m.shapes.map((b) => [b.look, ids(m, b.nodes)])).toEqual([
      [plainNodeLook('dataset', undefined, true), ['b']],
      [plainNodeLook('dataset', undefined, false), ['a', 'c']],
      [plainNodeLook('model', undefined, false), ['far']],
    ]);
  });

  it('finds the ends of the same edges again among other nodes', () => {
    const edges: LayerEdge[] = [
      { id: 'x', source: 'a', target: 'b', kind: 'aggregates' },
      { id: 'y', source: 'b', target: 'c', kind: 'aggregates' },
    ];
    const ends = (m: LayerModel) => m.edges.flatMap((b) => ids(m, b.ends));
    const all = modelOf({ nodes, edges, dimmed: new Set() }, look, (id, d) => plainNodeLook(kinds[id]!, undefined, d));
    expect(ends(all)).toEqual(['a', 'b', 'b', 'c']);
    // The same edges, fewer nodes in another order: one edge left, its ends at their new indices.
    const fewer = modelOf({ nodes: ['c', 'b'], edges, dimmed: new Set(['y']) }, look, (id, d) => plainNodeLook(kinds[id]!, undefined, d));
    expect(fewer.edges.map((b) => [b.look, ids(fewer, b.ends)])).toEqual([[look('aggregates', 'dimmed'), ['b', 'c']]]);
    // And the first nodes again, the rest dimmed this time.
    const dimmed = modelOf({ nodes, edges, dimmed: new Set(['x', 'y']) }, look, (id, d) => plainNodeLook(kinds[id]!, undefined, d));
    expect(dimmed.edges.map((b) => [b.look, ids(dimmed, b.ends)])).toEqual([[look('aggregates', 'dimmed'), ['a', 'b', 'b', 'c']]]);
  });

  it("strokes each edge look and fills each node look once, in the palette's colours, and leaves out what lies beyond the view", () => {
    const { pen, marks } = recorder();
    const m = model([
      e('a', 'b', 'derived-from', 'dimmed'),
      e('b', 'c', 'derived-from'),
      e('far', 'far', 'derived-from'),
      e('a', 'far', 'derived-from'),
    ]);
    // Zoomed in (30 px nodes at zoom 1): each node its kind's shape, at cytoscape's geometry.
    const drawn = drawLayer(pen, m, xy, { x1: -100, y1: -100, x2: 300, y2: 100, zoom: 1 });
    expect(drawn).toEqual({ lines: 3, nodes: 3 });
    const plain = look('derived-from', 'plain');
    expect(marks).toEqual([
      {
        paint: 'stroke',
        color: plain.color,
        width: plain.width,
        alpha: DIMMED_OPACITY,
        parts: [
          ['M', 0, 0],
          ['L', 100, 0],
        ],
      },
      // The loop at 5,000 lies beyond the view; the line that reaches it from inside is drawn.
      {
        paint: 'stroke',
        color: plain.color,
        width: plain.width,
        alpha: 1,
        parts: [
          ['M', 100, 0],
          ['L', 200, 0],
          ['M', 0, 0],
          ['L', 5000, 0],
        ],
      },
      {
        paint: 'fill',
        color: plainNodeLook('technique', undefined, true).color,
        width: 0,
        alpha: DIMMED_OPACITY,
        parts: [['M', 192.5, -15], ['L', 207.5, -15], ['L', 215, 0], ['L', 207.5, 15], ['L', 192.5, 15], ['L', 185, 0], ['Z']],
      },
      {
        paint: 'fill',
        color: plainNodeLook('dataset', undefined, false).color,
        width: 0,
        alpha: 1,
        parts: [['roundRect', -15, -15, 30, 30, 7.5]],
      },
      {
        paint: 'fill',
        color: plainNodeLook('source', undefined, false).color,
        width: 0,
        alpha: 1,
        parts: [['M', 100, -15], ['L', 115, 0], ['L', 100, 15], ['L', 85, 0], ['Z']],
      },
      // The model at 5,000 is beyond the view: its look's path is empty.
      { paint: 'fill', color: plainNodeLook('model', undefined, false).color, width: 0, alpha: 1, parts: [] },
    ]);
    expect(pen.globalAlpha).toBe(1);
    // Zoomed out so far that a node is a pixel or two: squares, whatever the shape.
    const far = recorder();
    drawLayer(far.pen, m, xy, { x1: -1000, y1: -1000, x2: 6000, y2: 1000, zoom: 0.05 });
    expect(far.marks.filter((k) => k.paint === 'fill').flatMap((k) => k.parts.map((p) => p[0]))).toEqual(['rect', 'rect', 'rect', 'rect']);
    expect(look('aggregates', 'lineage').width).toBe(LINEAGE_EDGE_WIDTH);
    // A kind the palette does not know: cytoscape's own grey.
    expect(look('cites', 'plain')).toEqual({ color: '#999999', width: 1, alpha: 1 });
    expect(plainNodeLook('person', undefined, false)).toEqual({ color: '#999999', shape: 'ellipse', alpha: 1 });
    // Coloured by licence, where the node carries the class.
    expect(plainNodeLook('dataset', 'allowed', false).color).toBe(LICENCE_COLOR.allowed);
  });

  it('sizes the canvas to the job, clears it, and draws the model at the viewport, or nothing without one', () => {
    const { pen, marks } = recorder();
    const calls: string[] = [];
    const canvas = { width: 0, height: 0 };
    const ctx = Object.assign(pen, {
      canvas,
      setTransform: (...a: number[]) => void calls.push(`transform ${a.join(' ')}`),
      clearRect: (...a: number[]) => void calls.push(`clear ${a.join(' ')}`),
    }) as unknown as CanvasRenderingContext2D;
    const m = model([e('a', 'b', 'derived-from')]);
    const job = { type: 'draw' as const, id: 1, width: 400, height: 300, ratio: 2, zoom: 0.5, pan: { x: 10, y: 20 }, xy };
    expect(paint(ctx, job, m)).toEqual({ lines: 1, nodes: 3 });
    expect(canvas).toEqual({ width: 800, height: 600 });
    expect(calls).toEqual(['transform 1 0 0 1 0 0', 'clear 0 0 800 600', 'transform 1 0 0 1 20 40']);
    expect(marks.length).toBe(1 + m.shapes.length);
    calls.length = 0;
    expect(paint(ctx, job, null)).toEqual({ lines: 0, nodes: 0 });
    expect(calls).toEqual(['transform 1 0 0 1 0 0', 'clear 0 0 800 600']);
  });

  it("counts degrees over the edges a layer draws, as over cytoscape's own", () => {
    const c = cytoscape({ headless: true, styleEnabled: true });
    c.width = () => 800;
    c.height = () => 600;
    c.add(
      ['a', 'b', 'f1', 'f2', 'f3'].map((id, i) => ({
        group: 'nodes' as const,
        data: { id, label: `Node ${id}` },
        position: i < 2 ? { x: 300, y: 300 } : { x: 100 + i * 150, y: 100 },
      })),
    );
    c.add({ group: 'edges', data: { id: 'a-f1', source: 'a', target: 'f1' } });
    updateLabels(c, undefined);
    // Alone on one place with b, a (one edge) is labelled where the layout puts labels, b above it.
    expect(c.$id('a').hasClass('label-above')).toBe(false);
    expect(c.$id('b').hasClass('label-above')).toBe(true);
    // Two edges in the layer make b the better connected.
    const layerScene = (dimmed: string[]): LayerScene => ({
      nodes: [],
      positions: {},
      edges: [e('b', 'f2', 'aggregates').edge, e('b', 'f3', 'aggregates').edge],
      dimmed: new Set(dimmed),
    });
    setLayerScene(c, layerScene([]));
    updateLabels(c, undefined);
    expect(c.$id('b').hasClass('label-above')).toBe(false);
    expect(c.$id('a').hasClass('label-above')).toBe(true);
    // Dimmed by the layer's scene, b gets no label (cytoscape, which would draw it, does not know b is dimmed): a gets the place.
    setLayerScene(c, layerScene(['b']));
    updateLabels(c, undefined);
    expect(c.$id('b').hasClass('labelled')).toBe(false);
    expect(c.$id('a').hasClass('labelled')).toBe(true);
    expect(c.$id('a').hasClass('label-above')).toBe(false);
  });
});

describe('canvas/stage with canvas layers', () => {
  // 3,000 nodes and their edges: past DETAIL_UP_TO, so the whole graph is drawn at plain detail.
  const loaded = loadGraph([{ file: 'synthetic.json', text: JSON.stringify(syntheticGraph(3000)) }]);
  if (!loaded.ok) throw new Error('the synthetic graph did not load');
  const graph = buildGraph(loaded.document);
  const all = sceneOf(graph, defaultView());
  const scene = (patch: Partial<ViewSpec>) => sceneOf(graph, { ...defaultView(), ...patch }, all.layout);
  /** A stage whose instances' layers record what they were given, and how they were told to draw nodes. */
  function stage() {
    const given = new Map<Core, (LayerScene | null)[]>();
    const paused = new Map<Core, boolean>();
    const restyled = new Map<Core, number>();
    const looks = new Map<Core, LayerNodes>();
    const s = createStage(
      headless(),
      headless,
      undefined,
      (d) => stylesheet('light', d),
      (cy, nodes): Layer => {
        given.set(cy, []);
        looks.set(cy, nodes);
        return {
          canvas: null as unknown as HTMLCanvasElement,
          set: (scene) => {
            given.get(cy)!.push(scene);
            setLayerScene(cy, scene);
          },
          restyle: () => void restyled.set(cy, (restyled.get(cy) ?? 0) + 1),
          pause: (on) => void paused.set(cy, on),
          drawn: () => Promise.resolve(),
          destroy: () => {},
        };
      },
    );
    setStageElements(s, elementsOf(graph, all.layout.positions));
    return { s, given, paused, restyled, looks };
  }

  it('draws a plain-detail scene on the layer, cytoscape holding only the nodes it draws over it or is pointed at', () => {
    const { s, given, restyled, looks } = stage();
    expect(all.nodes.length + all.edges.length).toBeGreaterThan(5000);
    const { cy } = showScene(s, all);
    expect(cy === s.big).toBe(true);
    // Nothing labelled, selected, picked or pointed at yet: cytoscape holds nothing; the layer draws it all.
    expect(cy.elements().length).toBe(0);
    const given0 = given.get(cy)!.at(-1)!;
    expect(given0.nodes).toBe(all.nodes);
    expect(given0.positions).toBe(all.layout.positions);
    const drawn = given0.edges;
    expect(drawn.length).toBe(all.edges.length);
    expect(new Set(drawn.map((d) => edgeState(given0, d.id)))).toEqual(new Set(['plain']));
    const first = graph.extremities(all.edges[0]!);
    expect(drawn[0]).toMatchObject({ source: first[0], target: first[1], kind: graph.getEdgeAttribute(all.edges[0]!, 'kind') });
    expect(drawnState(cy).nodes).toEqual([...all.nodes].sort());
    // The same scene again: the layer is given the same scene (it draws nothing anew).
    showScene(s, all);
    expect(given.get(cy)!.at(-1)).toBe(given0);
    // The node under the pointer is held, invisible (the layer draws it), at its place; another pointed at takes its turn.
    const [a, b, c] = all.nodes;
    hold(cy, 'pointer', [a!]);
    expect(ids(cy, 'node')).toEqual([a]);
    expect(cy.$id(a!).style('opacity')).toBe('0');
    expect(cy.$id(a!).position()).toEqual(all.layout.positions[a!]);
    hold(cy, 'pointer', [b!]);
    expect(ids(cy, 'node')).toEqual([b]);
    // Selected or labelled, a node is drawn by cytoscape over the layer.
    hold(cy, 'selection', [c!]);
    cy.$id(c!).select();
    cy.$id(b!).addClass('labelled');
    expect([b, c].map((id) => cy.$id(id!).style('opacity'))).toEqual(['1', '1']);
    expect(ids(cy, 'node')).toEqual([b, c].sort());
    expect(s.details.get(cy)).toMatchObject({ detailed: false, layer: true });
    // Coloured by licence: a mark, which the layer is told of (its nodes' looks change).
    const before = restyled.get(cy) ?? 0;
    markStage(s, 'by-licence', (_id, kind) => kind === 'dataset');
    expect(restyled.get(cy)).toBe(before + 1);
    const facet = elementsOf(graph, {}).find((d) => d.data.id === 'd1')!.data.licence as keyof typeof LICENCE_COLOR;
    expect(facet in LICENCE_COLOR).toBe(true);
    expect(looks.get(cy)!.look('d1', false).color).toBe(LICENCE_COLOR[facet]);
    expect(looks.get(cy)!.look('d1', true).alpha).toBe(DIMMED_OPACITY);
    // A pick leaves the layer's model as it is, and gives its node a ring: cytoscape holds it, drawn.
    const picked = all.nodes[20]!;
    markStage(s, 'picked', (id) => id === picked);
    expect(restyled.get(cy)).toBe(before + 1);
    expect(cy.$id(picked).style('opacity')).toBe('1');
    markStage(s, 'picked', () => false);
    expect(cy.$id(picked).length).toBe(0);
  });

  it('finds the node under the pointer and the nodes in a box, where they were dragged to', () => {
    const { s } = stage();
    const { cy } = showScene(s, all);
    const [a, b] = all.nodes;
    const pa = all.layout.positions[a!]!;
    expect(nodeAt(cy, { x: pa.x + 2, y: pa.y - 2 }, NODE_SIZE / 2)).toBe(a);
    expect(nodeAt(cy, { x: 1e7, y: 1e7 }, NODE_SIZE / 2)).toBeUndefined();
    const box = nodesIn(cy, pa.x - 1, pa.y - 1, pa.x + 1, pa.y + 1);
    expect(box).toContain(a);
    // b dragged far away: found there, drawn there (the layer is told so), and made there when held.
    setMoved(cy, b!, { x: 1e6, y: 1e6 });
    expect(nodeAt(cy, { x: 1e6, y: 1e6 }, NODE_SIZE / 2)).toBe(b);
    expect(placeIn(cy, b!)).toEqual({ x: 1e6, y: 1e6 });
    hold(cy, 'pointer', [b!]);
    expect(cy.$id(b!).position()).toEqual({ x: 1e6, y: 1e6 });
    // A new layout puts it back at its place.
    const other = { ...all, layout: { ...all.layout, positions: { ...all.layout.positions } } };
    showSparse(cy, other);
    expect(placeIn(cy, b!)).toEqual(all.layout.positions[b!]);
  });

  it('holds the node under the pointer, and takes a box selection from the scene, not only from what cytoscape holds', () => {
    const { s } = stage();
    const { cy } = showScene(s, all);
    cy.viewport({ zoom: 0.5, pan: { x: 10, y: 20 } });
    const [a] = all.nodes;
    const pa = all.layout.positions[a!]!;
    const screen = (p: { x: number; y: number }) => [p.x * 0.5 + 10, p.y * 0.5 + 20] as const;
    // A move over a (a headless instance's container is at the page's corner): held, as cytoscape will find it.
    pointAt(cy, ...screen({ x: pa.x + 3, y: pa.y }), false);
    expect(ids(cy, 'node')).toEqual([a]);
    // A move over empty space keeps it (cytoscape tells its card to go when the pointer leaves it).
    pointAt(cy, ...screen({ x: 1e7, y: 1e7 }), false);
    expect(ids(cy, 'node')).toEqual([a]);
    // A box from a press at one corner to cytoscape's box end at the other: every node of the scene in it, selected.
    const box = { x1: pa.x - 200, y1: pa.y - 200, x2: pa.x + 200, y2: pa.y + 200 };
    const inBox = all.nodes.filter((id) => {
      const p = all.layout.positions[id]!;
      return p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;
    });
    expect(inBox.length).toBeGreaterThan(3);
    pointAt(cy, ...screen({ x: box.x1, y: box.y1 }), true);
    selectBox(cy, { x: box.x2, y: box.y2 });
    expect(ids(cy, 'node:selected')).toEqual([...inBox].sort());
    // A tap on the background lets them go (GraphCanvas holds nothing more for the box): only the node pointed at is left.
    hold(cy, 'box', []);
    expect(ids(cy, 'node').length).toBe(1);
  });

  it('labels nodes the instance does not hold, holds them, and lets go of those no longer labelled', () => {
    const { s } = stage();
    const cy = s.big;
    cy.width = () => 1200;
    cy.height = () => 800;
    showScene(s, all);
    fitScene(cy, all, false);
    updateLabels(cy, undefined);
    const labelled = ids(cy, 'node.labelled');
    expect(labelled.length).toBeGreaterThan(10);
    // Held because labelled, and nothing else held.
    expect(ids(cy, 'node')).toEqual(labelled);
    // Zoomed in on one labelled node: the labels follow, and the instance holds only those now labelled.
    const p = all.layout.positions[labelled[0]!]!;
    cy.viewport({ zoom: 2, pan: { x: 600 - 2 * p.x, y: 400 - 2 * p.y } });
    updateLabels(cy, undefined);
    const now = ids(cy, 'node.labelled');
    expect(now).toContain(labelled[0]);
    expect(ids(cy, 'node')).toEqual(now);
    expect(now.some((id) => !labelled.includes(id))).toBe(true);
    // A labelled node dragged off screen: the pass that follows the drop runs again (not answered from the last one).
    expect(labelPassCost(cy)).toBe(0);
    expect(updateLabelsIfStale(cy, undefined, all.layout)).toEqual([]);
    // What that pass took is kept for canvas/relabel, and a pass answered from the last one (nothing changed) keeps it.
    const cost = labelPassCost(cy);
    expect(cost).toBeGreaterThan(0);
    updateLabelsIfStale(cy, undefined, all.layout);
    expect(labelPassCost(cy)).toBe(cost);
    expect(ids(cy, 'node.labelled')).toEqual(now);
    setMoved(cy, now[0]!, { x: 1e7, y: 1e7 });
    updateLabelsIfStale(cy, undefined, all.layout);
    expect(ids(cy, 'node.labelled')).not.toContain(now[0]);
  });

  it('draws a focus in the small instance, keeping the whole graph in the big one, and shows it again as it was', () => {
    const { s, given, paused } = stage();
    showScene(s, all);
    const whole = given.get(s.big)!.at(-1)!;
    const subject = all.nodes.find((id) => id.startsWith('d') && graph.degree(id) >= 3)!;
    // Alone, the lineage is a small scene: full detail, drawn by the small instance with its edges; the big one's layer paused.
    const alone = scene({ focus: subject });
    const shown = showScene(s, alone);
    expect(shown.cy === s.small).toBe(true);
    expect(shown.cy.edges().length).toBe(alone.edges.length);
    expect(given.get(shown.cy)).toBeUndefined();
    expect(paused.get(s.big)).toBe(true);
    // Show everything: the big instance again, its layer given the same picture (nothing drawn anew).
    expect(showScene(s, all).cy === s.big).toBe(true);
    expect(paused.get(s.big)).toBe(false);
    expect(given.get(s.big)!.at(-1)).toBe(whole);
    // Among the dimmed rest, the lineage is a plain scene of the whole graph: drawn on the small instance's layer.
    const dim = scene({ focus: subject, context: 'dim' });
    const { cy } = showScene(s, dim);
    expect(cy === s.small).toBe(true);
    const layered = given.get(cy)!.at(-1)!;
    const states = layered.edges.map((d) => edgeState(layered, d.id));
    expect(states.filter((x) => x === 'lineage').length).toBe(dim.highlight!.edges.size);
    expect(states.filter((x) => x === 'dimmed').length).toBe(dim.edges.filter((id) => dim.dimmed.has(id)).length);
    // The dimmed nodes are the layer's to draw faint: cytoscape's carry no class (restyling thousands of nodes), the lineage its own.
    expect(layered.dimmed).toBe(dim.dimmed);
    expect(cy.$('.dimmed').length).toBe(0);
    expect(ids(cy, '.lineage').length).toBeGreaterThan(0);
    // cytoscape holds the lineage (its ring) and nothing else; the rest is the layer's.
    expect(ids(cy, 'node')).toEqual([...new Set([...dim.highlight!.nodes, subject])].sort());
    expect(cy.edges().length).toBe(0);
    expect(layered.nodes).toBe(dim.nodes);
    expect(showScene(s, all).cy === s.big).toBe(true);
    expect(given.get(s.big)!.at(-1)).toBe(whole);
  });

  it('draws the whole graph laid out anew where its stand-in was, so that a focus after it still goes to the small instance', () => {
    const { s, given } = stage();
    // The whole graph first drawn at a stand-in's places (a grid, while the worker lays it out), then at its own.
    const standIn = { ...all, layout: gridPlaceholder(all.nodes) };
    expect(showScene(s, standIn).cy === s.big).toBe(true);
    expect(showScene(s, all).cy === s.big).toBe(true);
    expect(given.get(s.big)!.at(-1)!.positions).toBe(all.layout.positions);
    expect(s.small ? given.get(s.small) : undefined).toBeUndefined();
    // A lineage alone: the small instance, the whole graph's picture kept in the big one.
    const subject = all.nodes.find((id) => id.startsWith('d') && graph.degree(id) >= 3)!;
    expect(showScene(s, scene({ focus: subject })).cy === s.small).toBe(true);
    // The same members, dimmed otherwise: not the picture laid out anew, so the picture is kept (the small instance).
    expect(showScene(s, scene({ focus: subject, context: 'dim' })).cy === s.small).toBe(true);
  });
});
