// @vitest-environment happy-dom
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { updateLabels } from '../../../renderer/canvas/labels';

/** A headless instance on an 800 x 600 screen at zoom 1 (headless cytoscape measures its screen as 1 x 1). */
function canvas(): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.width = () => 800;
  cy.height = () => 600;
  return cy;
}
const node = (id: string, x: number, y: number) => ({ group: 'nodes' as const, data: { id, label: `Node ${id}` }, position: { x, y } });
const edge = (source: string, target: string) => ({ group: 'edges' as const, data: { id: `${source}-${target}`, source, target } });
/** Where each of `ids` is labelled: its side class, '' for the layout's own side, or null when it has no label. */
const sides = (cy: Core, ...ids: string[]) =>
  ids.map((id) => {
    const n = cy.$id(id);
    if (!n.hasClass('labelled')) return null;
    return ['label-below', 'label-at-right', 'label-left', 'label-above'].find((c) => n.hasClass(c)) ?? '';
  });

describe('canvas/labels.updateLabels', () => {
  it('labels nothing on an empty canvas', () => {
    expect(updateLabels(canvas(), undefined)).toEqual([]);
  });
  it('puts the better connected of two nodes at one place below, counting no loops, and again after edges are added', () => {
    const cy = canvas();
    // a has 1 edge and 3 loops (degree(true) would count it 7), b has 2 edges: b is the better connected.
    cy.add([node('a', 300, 300), node('b', 300, 300), node('f1', 100, 100), node('f2', 600, 100), node('f3', 100, 500)]);
    cy.add([edge('a', 'f1'), edge('b', 'f2'), edge('b', 'f3'), edge('a', 'a')]);
    cy.add([
      { group: 'edges', data: { id: 'loop2', source: 'a', target: 'a' } },
      { group: 'edges', data: { id: 'loop3', source: 'a', target: 'a' } },
    ]);
    updateLabels(cy, undefined);
    expect(sides(cy, 'b', 'a')).toEqual(['', 'label-above']);
    // Two more edges make a the better connected: the degrees kept from the last pass are not used again.
    cy.add([edge('a', 'f2'), edge('a', 'f3')]);
    updateLabels(cy, undefined);
    expect(sides(cy, 'a', 'b')).toEqual(['', 'label-above']);
    // And after edges are removed.
    cy.remove(cy.$id('a-f2').union(cy.$id('a-f3')));
    updateLabels(cy, undefined);
    expect(sides(cy, 'b', 'a')).toEqual(['', 'label-above']);
  });
  it('takes the label off a node hidden since, and off one with no room left, and sizes the labels it gives', () => {
    const cy = canvas();
    cy.add([node('a', 300, 300), node('b', 500, 300)]);
    updateLabels(cy, undefined);
    expect(sides(cy, 'a', 'b')).toEqual(['', '']);
    cy.$id('b').addClass('hidden');
    cy.viewport({ zoom: 2, pan: { x: -200, y: -300 } }); // a at the screen's centre
    updateLabels(cy, undefined);
    expect(sides(cy, 'a', 'b')).toEqual(['', null]);
    expect(cy.$id('a').data('fs')).toBe(11 / 2);
    // Panned away: a is off screen, its label goes.
    cy.pan({ x: -5000, y: 0 });
    updateLabels(cy, undefined);
    expect(sides(cy, 'a', 'b')).toEqual([null, null]);
  });
  it('labels the selected node even where its label runs off a screen too small for it, and no other', () => {
    const cy = canvas();
    cy.add([node('a', 20, 15), node('b', 20, 15)]);
    cy.width = () => 40;
    cy.height = () => 30;
    expect(updateLabels(cy, 'b')).toEqual([]);
    expect(sides(cy, 'a', 'b')).toEqual([null, '']);
  });
});
