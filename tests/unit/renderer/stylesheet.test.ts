// canvas/stylesheet: what a slim stylesheet leaves to cytoscape's defaults still draws as the atlas means it.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { faint, stylesheet } from '../../../renderer/canvas/stylesheet';
import { elementsOf, twinnedEdges } from '../../../renderer/canvas/elements';
import { MultiDirectedGraph } from 'graphology';
import type { AtlasGraph } from '../../../src/model/build';
import { NODE_SIZE } from '../../../src/layout/types';

const drawn = (detailed: boolean) =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    style: stylesheet('light', { dashed: false, detailed }),
    elements: [
      { data: { id: 'a', kind: 'dataset' } },
      { data: { id: 'b', kind: 'source' } },
      { data: { id: 'e', source: 'a', target: 'b', kind: 'derived-from' } },
    ],
  });

describe('canvas/stylesheet', () => {
  it('sizes nodes NODE_SIZE across at every level of detail (cytoscape default where left out)', () => {
    for (const detailed of [true, false]) {
      const cy = drawn(detailed);
      expect(cy.$id('a').width()).toBe(NODE_SIZE);
      expect(cy.$id('a').height()).toBe(NODE_SIZE);
      cy.destroy();
    }
  });

  it('draws large graphs with straight opaque edges, their faintness mixed into the colour', () => {
    const cy = drawn(false);
    const e = cy.$id('e');
    expect(e.style('curve-style')).toBe('haystack');
    expect(Number(e.style('opacity'))).toBe(1);
    expect(e.style('line-color')).toBe('rgb(102,102,102)'); // black at 0.6 over white
    cy.destroy();
  });

  it('draws a lone edge straight and bends apart only the edges joining the same two nodes, either way round', () => {
    const graph = new MultiDirectedGraph() as unknown as AtlasGraph;
    for (const id of ['a', 'b', 'c']) graph.addNode(id, { id, kind: 'dataset', label: id } as never);
    for (const [id, s, t, kind] of [
      ['ab', 'a', 'b', 'derived-from'],
      ['ba', 'b', 'a', 'aggregates'],
      ['bc', 'b', 'c', 'derived-from'],
    ])
      graph.addEdgeWithKey(id, s, t, { kind } as never);
    expect([...twinnedEdges(graph)].sort()).toEqual(['ab', 'ba']);
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet('light', { dashed: true, detailed: true }) });
    cy.add(elementsOf(graph, { a: { x: 0, y: 0 }, b: { x: 100, y: 0 }, c: { x: 0, y: 100 } }));
    expect(['ab', 'ba', 'bc'].map((id) => cy.$id(id).style('curve-style'))).toEqual(['bezier', 'bezier', 'straight']);
    // A routed edge follows its route whether it has a twin or not.
    cy.$id('ab').addClass('routed');
    expect(cy.$id('ab').style('curve-style')).toBe('segments');
    cy.destroy();
  });

  it('mixes a colour over a background, and leaves what it cannot read as it is', () => {
    expect(faint('#000000', '#ffffff', 0.6)).toBe('#666666');
    expect(faint('#E69F00', '#ffffff', 1)).toBe('#e69f00');
    expect(faint('#E69F00', '#16181d', 0)).toBe('#16181d');
    expect(faint('black', '#ffffff', 0.5)).toBe('black');
  });
});
