// @vitest-environment happy-dom
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { batchesOf, drawBatches, type EdgeLayer, type LayerEdge, type Pen, setLayerEdges } from '../../../renderer/canvas/edgeLayer';
import { elementsOf } from '../../../renderer/canvas/elements';
import { updateLabels } from '../../../renderer/canvas/labels';
import { createStage, setStageElements, showScene } from '../../../renderer/canvas/stage';
import { DIMMED_OPACITY, LINEAGE_EDGE_WIDTH, plainEdgeLook, stylesheet } from '../../../renderer/canvas/stylesheet';
import { loadGraph } from '../../../src/import/load';
import { buildGraph } from '../../../src/model/build';
import { sceneOf } from '../../../src/view/scene';
import { defaultView, type ViewSpec } from '../../../src/view/spec';
import { syntheticGraph } from '../../../bench/synthetic';
import { headless } from './headless-canvas';

/** A 2D context that records what is drawn: each stroke's style and its lines. */
function recorder() {
  const strokes: { color: string; width: number; alpha: number; lines: number[][] }[] = [];
  let lines: number[][] = [];
  let from: number[] = [];
  const pen: Pen = {
    strokeStyle: '',
    lineWidth: 0,
    globalAlpha: 1,
    beginPath: () => void (lines = []),
    moveTo: (x, y) => void (from = [x, y]),
    lineTo: (x, y) => void lines.push([...from, x, y]),
    stroke: () => void strokes.push({ color: String(pen.strokeStyle), width: pen.lineWidth, alpha: pen.globalAlpha, lines }),
  };
  return { pen, strokes };
}

const look = (kind: string, state: LayerEdge['state']) => plainEdgeLook(kind, 'light', state);

describe('canvas/edgeLayer', () => {
  const cy = cytoscape({ headless: true });
  cy.add(
    ['a', 'b', 'c', 'far'].map((id, i) => ({ group: 'nodes' as const, data: { id }, position: { x: id === 'far' ? 5000 : i * 10, y: 0 } })),
  );
  const nodeOf = (id: string): NodeSingular | undefined => (cy.$id(id).nonempty() ? cy.$id(id) : undefined);
  const e = (source: string, target: string, kind: string, state: LayerEdge['state'] = 'plain'): LayerEdge => ({
    source,
    target,
    kind,
    state,
  });

  it('groups edges by look, the dimmed rest first and a lineage last, leaving out edges with an end not drawn', () => {
    const batches = batchesOf(
      [
        e('a', 'b', 'derived-from', 'lineage'),
        e('b', 'c', 'aggregates'),
        e('a', 'c', 'aggregates', 'dimmed'),
        e('c', 'a', 'aggregates'),
        e('a', 'gone', 'aggregates'),
      ],
      look,
      nodeOf,
    );
    expect(batches.map((b) => [b.look, b.ends.map((n) => n.id())])).toEqual([
      [look('aggregates', 'dimmed'), ['a', 'c']],
      [look('aggregates', 'plain'), ['b', 'c', 'c', 'a']],
      [look('derived-from', 'lineage'), ['a', 'b']],
    ]);
  });

  it("strokes each look once, in the palette's colour and width, and leaves out lines beyond the view", () => {
    const { pen, strokes } = recorder();
    const batches = batchesOf(
      [e('a', 'b', 'derived-from', 'dimmed'), e('b', 'c', 'derived-from'), e('far', 'far', 'derived-from'), e('a', 'far', 'derived-from')],
      look,
      nodeOf,
    );
    expect(drawBatches(pen, batches, { x1: -100, y1: -100, x2: 100, y2: 100 })).toBe(3);
    const plain = look('derived-from', 'plain');
    expect(strokes).toEqual([
      { color: plain.color, width: plain.width, alpha: DIMMED_OPACITY, lines: [[0, 0, 10, 0]] },
      // The loop at 5,000 lies beyond the view; the line that reaches it from inside is drawn.
      {
        color: plain.color,
        width: plain.width,
        alpha: 1,
        lines: [
          [10, 0, 20, 0],
          [0, 0, 5000, 0],
        ],
      },
    ]);
    expect(pen.globalAlpha).toBe(1);
    expect(look('aggregates', 'lineage').width).toBe(LINEAGE_EDGE_WIDTH);
    // A kind the palette does not know: cytoscape's own grey.
    expect(look('cites', 'plain')).toEqual({ color: '#999999', width: 1, alpha: 1 });
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
    setLayerEdges(c, [e('b', 'f2', 'aggregates'), e('b', 'f3', 'aggregates')]);
    updateLabels(c, undefined);
    expect(c.$id('b').hasClass('label-above')).toBe(false);
    expect(c.$id('a').hasClass('label-above')).toBe(true);
  });
});

describe('canvas/stage with edge layers', () => {
  // 3,000 nodes and their edges: past DETAIL_UP_TO, so the whole graph is drawn at plain detail.
  const loaded = loadGraph([{ file: 'synthetic.json', text: JSON.stringify(syntheticGraph(3000)) }]);
  if (!loaded.ok) throw new Error('the synthetic graph did not load');
  const graph = buildGraph(loaded.document);
  const all = sceneOf(graph, defaultView());
  const scene = (patch: Partial<ViewSpec>) => sceneOf(graph, { ...defaultView(), ...patch }, all.layout);
  /** A stage whose instances' layers record what they were given. */
  function stage() {
    const given = new Map<Core, (readonly LayerEdge[] | null)[]>();
    const paused = new Map<Core, boolean>();
    const s = createStage(
      headless(),
      headless,
      undefined,
      (d) => stylesheet('light', d),
      (cy): EdgeLayer => {
        given.set(cy, []);
        return {
          canvas: null as unknown as HTMLCanvasElement,
          set: (edges) => void given.get(cy)!.push(edges),
          restyle: () => {},
          pause: (on) => void paused.set(cy, on),
          destroy: () => {},
        };
      },
    );
    setStageElements(s, elementsOf(graph, all.layout.positions));
    return { s, given, paused };
  }

  it("draws a plain-detail scene's nodes in cytoscape and its edges in the layer", () => {
    const { s, given } = stage();
    expect(all.nodes.length + all.edges.length).toBeGreaterThan(5000);
    const { cy } = showScene(s, all);
    expect(cy === s.big).toBe(true);
    expect(cy.nodes().length).toBe(all.nodes.length);
    expect(cy.edges().length).toBe(0);
    const drawn = given.get(cy)!.at(-1)!;
    expect(drawn.length).toBe(all.edges.length);
    expect(new Set(drawn.map((d) => d.state))).toEqual(new Set(['plain']));
    const first = graph.extremities(all.edges[0]!);
    expect(drawn[0]).toMatchObject({ source: first[0], target: first[1], kind: graph.getEdgeAttribute(all.edges[0]!, 'kind') });
    // The same scene again: the layer is given the same edges (it draws nothing anew).
    showScene(s, all);
    expect(given.get(cy)!.at(-1)).toBe(drawn);
  });

  it('gives a lineage among the dimmed rest its states, and draws a small lineage with its edges in cytoscape', () => {
    const { s, given, paused } = stage();
    showScene(s, all);
    const subject = all.nodes.find((id) => id.startsWith('d') && graph.degree(id) >= 3)!;
    const dim = scene({ focus: subject, context: 'dim' });
    const { cy } = showScene(s, dim);
    expect(cy === s.big).toBe(true);
    const states = given
      .get(cy)!
      .at(-1)!
      .map((d) => d.state);
    expect(states.filter((x) => x === 'lineage').length).toBe(dim.highlight!.edges.size);
    expect(states.filter((x) => x === 'dimmed').length).toBe(dim.edges.filter((id) => dim.dimmed.has(id)).length);
    // Alone, the lineage is a small scene: full detail, drawn by the small instance with its edges; the big one's layer paused.
    const alone = scene({ focus: subject });
    const shown = showScene(s, alone);
    expect(shown.cy === s.small).toBe(true);
    expect(shown.cy.edges().length).toBe(alone.edges.length);
    expect(given.get(shown.cy)).toBeUndefined();
    expect(paused.get(s.big)).toBe(true);
    showScene(s, all);
    expect(paused.get(s.big)).toBe(false);
  });
});
