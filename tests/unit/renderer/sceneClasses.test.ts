import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { elementsOf } from '../../../renderer/canvas/elements';
import { applyScene, markNodes, REMOVE_CHUNK, removeInChunks, setElements } from '../../../renderer/canvas/sceneClasses';
import { fitScene, sceneBox } from '../../../renderer/canvas/frame';
import { graph, headless, ids, layout, scene } from './headless-canvas';

function canvas(): Core {
  const cy = headless();
  setElements(cy, elementsOf(graph, {}));
  return cy;
}

/** What the canvas shows after a scene: drawn ids and who carries each class. */
const picture = (cy: Core) => ({
  nodes: ids(cy, 'node'),
  edges: ids(cy, 'edge'),
  dimmed: ids(cy, '.dimmed'),
  lineage: ids(cy, '.lineage'),
  focus: ids(cy, '.focus'),
});

describe('canvas/sceneClasses.applyScene', () => {
  it('draws exactly the scene: what it leaves out is removed from the renderer', () => {
    const cy = canvas();
    const s = scene({ filter: { era: 'instructgpt', facets: { modality: ['image'] } } });
    expect(s.nodes.length).toBeGreaterThan(0);
    expect(s.nodes.length).toBeLessThan(graph.order);
    applyScene(cy, s);
    expect(ids(cy, 'node')).toEqual([...s.nodes].sort());
    expect(ids(cy, 'edge')).toEqual([...s.edges].sort());
  });

  it('ends in the same picture whatever scenes came before, restored nodes at the scene positions', () => {
    const steps = [
      scene({ filter: { era: 'instructgpt', facets: { modality: ['image'] } } }),
      scene({ focus: 'alpaca', context: 'dim' }),
      scene({ focus: 'self-instruct', context: 'hide', direction: 'descendants' }),
      scene({ filterMode: 'dim', filter: { era: 'task-aggregation', facets: {} } }),
      scene({ focus: 'alpaca', context: 'dim' }),
    ];
    const walked = canvas();
    for (const s of steps) applyScene(walked, s);
    const fresh = canvas();
    applyScene(fresh, steps.at(-1)!);
    expect(picture(walked)).toEqual(picture(fresh));
    const last = steps.at(-1)!;
    expect(picture(walked).dimmed.length).toBeGreaterThan(0);
    expect(picture(walked).focus).toEqual(['alpaca']);
    expect(picture(walked).lineage).toEqual([...last.highlight!.nodes, ...last.highlight!.edges].sort());
    // The canvas began with every node at (0, 0): those the first scene removed came back at the scene's positions.
    const first = new Set(steps[0]!.nodes);
    const back = last.nodes.filter((id) => !first.has(id));
    expect(back.length).toBeGreaterThan(0);
    for (const id of back) expect(walked.$id(id).position()).toEqual(layout.positions[id]);
  });

  it('draws an edge made for the first time to a node a scene before took away', () => {
    const cy = canvas();
    const alone = scene({ selection: ['alpaca'] });
    const family = scene({ focus: 'chatalpaca', depth: 1 });
    const edge = family.edges.find((e) => graph.source(e) === 'chatalpaca' && graph.target(e) === 'alpaca');
    expect(edge).toBeDefined();
    expect(alone.nodes).toContain('alpaca');
    expect(alone.edges).not.toContain(edge);
    applyScene(cy, alone); // alpaca made, without the edge
    applyScene(cy, scene({ selection: ['self-instruct'] })); // alpaca taken away
    expect(ids(cy, 'node')).not.toContain('alpaca');
    applyScene(cy, family); // alpaca restored, the edge made
    expect(picture(cy)).toEqual(
      picture(
        (() => {
          const fresh = canvas();
          applyScene(fresh, family);
          return fresh;
        })(),
      ),
    );
    expect(cy.$id(edge!).source().id()).toBe('chatalpaca');
  });

  it('does nothing for a scene with the same members as the last one', () => {
    const cy = canvas();
    const s = scene({ focus: 'alpaca', context: 'dim' });
    expect(applyScene(cy, s)).toBeGreaterThan(0);
    expect(applyScene(cy, { ...s, layoutKey: 'moved' })).toBe(0);
  });
});

describe('canvas/sceneClasses.setElements', () => {
  it('makes nothing until a scene draws: then only what it draws, with its classes, at its positions', () => {
    const cy = canvas();
    expect(cy.elements().length).toBe(0);
    const s = scene({ focus: 'alpaca', context: 'dim' });
    const added: string[] = [];
    const restyled = new Set<string>();
    cy.on('add', (e) => void added.push(e.target.id()));
    cy.on('class', (e) => void restyled.add(e.target.id()));
    applyScene(cy, s);
    expect(added.sort()).toEqual([...s.nodes, ...s.edges].sort());
    expect(restyled.size).toBe(0); // made with their classes, not given them afterwards
    expect(ids(cy, '.dimmed')).toEqual([...s.dimmed].filter((id) => cy.$id(id).length > 0).sort());
    expect(ids(cy, '.focus')).toEqual(['alpaca']);
    for (const id of s.nodes) expect(cy.$id(id).position()).toEqual(layout.positions[id]);
  });
});

describe('canvas/sceneClasses.markNodes', () => {
  it('marks the nodes drawn now and those a later scene draws, made or restored', () => {
    const cy = canvas();
    const narrow = scene({ filter: { era: 'instructgpt', facets: { modality: ['image'] } } });
    applyScene(cy, narrow);
    const on = (id: string, kind: unknown) => kind === 'dataset' && id < 'm';
    markNodes(cy, 'by-licence', on);
    const marked = () => ids(cy, 'node.by-licence');
    const expected = () => ids(cy, 'node').filter((id) => on(id, cy.$id(id).data('kind')));
    expect(marked()).toEqual(expected());
    applyScene(cy, scene({}));
    expect(ids(cy, 'node').length).toBeGreaterThan(narrow.nodes.length);
    expect(marked()).toEqual(expected());
    markNodes(cy, 'by-licence', () => false);
    applyScene(cy, narrow);
    applyScene(cy, scene({}));
    expect(marked()).toEqual([]);
  });
});

describe('canvas/frame.fitScene', () => {
  it('frames the drawn nodes only', () => {
    const cy = headless();
    setElements(cy, elementsOf(graph, layout.positions));
    const s = scene({ focus: 'alpaca', context: 'hide' });
    applyScene(cy, s);
    const box = sceneBox(cy, s)!;
    const xs = s.nodes.map((id) => layout.positions[id]!.x);
    expect(box.x1).toBeCloseTo(Math.min(...xs) - 15.5);
    expect(box.x2).toBeGreaterThanOrEqual(Math.max(...xs) + 15.5);
    fitScene(cy, s, false);
    expect(Number.isFinite(cy.zoom())).toBe(true);
  });
});

describe('canvas/sceneClasses.removeInChunks', () => {
  it('removes exactly the given elements, across chunks, and they restore as they were', () => {
    // A star and a path: more edges and nodes than one chunk holds, edges whose nodes stay and nodes whose edges go.
    const n = REMOVE_CHUNK * 2 + 500;
    const cy = cytoscape({ headless: true });
    cy.add([
      ...Array.from({ length: n }, (_, i) => ({ group: 'nodes' as const, data: { id: `n${i}` } })),
      ...Array.from({ length: n - 1 }, (_, i) => ({
        group: 'edges' as const,
        data: { id: `p${i}`, source: `n${i}`, target: `n${i + 1}` },
      })),
      ...Array.from({ length: n - 1 }, (_, i) => ({ group: 'edges' as const, data: { id: `s${i}`, source: 'n0', target: `n${i + 1}` } })),
    ]);
    const before = { nodes: ids(cy, 'node'), edges: ids(cy, 'edge') };
    // Every odd node (their edges with them) and every path edge between even ones that are kept.
    const gone = cy.elements().filter((e) => (e.isNode() ? Number(e.id().slice(1)) % 2 === 1 : e.id().startsWith('p')));
    const withEdges = gone.union(gone.nodes().connectedEdges());
    const expected = cy.elements().difference(withEdges);
    removeInChunks(cy, gone);
    expect(ids(cy, '*')).toEqual(expected.map((e) => e.id()).sort());
    expect(cy.nodes().length).toBe(Math.ceil(n / 2));
    expect(cy.getElementById('n0').connectedEdges().length).toBe(Math.ceil(n / 2) - 1);
    cy.batch(() => void withEdges.restore());
    expect({ nodes: ids(cy, 'node'), edges: ids(cy, 'edge') }).toEqual(before);
    expect(cy.getElementById('n0').connectedEdges().length).toBe(n);
  });
});
