// @vitest-environment happy-dom
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { LABEL_PX, updateLabels } from '../../../renderer/canvas/labels';
import { NODE_SIZE } from '../../../src/layout/types';
import { type LabelCandidate, placeLabels } from '../../../src/view/label-grid';

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
  it('takes the label off a node removed since, and off one with no room left, and sizes the labels it gives', () => {
    const cy = canvas();
    cy.add([node('a', 300, 300), node('b', 500, 300)]);
    updateLabels(cy, undefined);
    expect(sides(cy, 'a', 'b')).toEqual(['', '']);
    const b = cy.$id('b').remove();
    cy.viewport({ zoom: 2, pan: { x: -200, y: -300 } }); // a at the screen's centre
    updateLabels(cy, undefined);
    expect(sides(cy, 'a')).toEqual(['']);
    // Removed, b keeps its classes (a scene that draws it again puts them right): the pass leaves it alone.
    expect(b.hasClass('labelled')).toBe(true);
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
  it('places labels as the label grid places every node at its measured width, measuring only what it may label', () => {
    // 600 nodes, a crowd among them, some off screen, some removed, a focus with its lineage among the rest dimmed, labels of
    // uneven length: the classes left are those placeLabels gives every node drawn at its label's real width.
    let seed = 7;
    const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const cy = canvas();
    const ids = Array.from({ length: 600 }, (_, i) => `n${i}`);
    cy.add(
      ids.map((id, i) => ({
        group: 'nodes' as const,
        data: { id, label: `${id} ${'w'.repeat(Math.floor(rand() * 30))}` },
        // One in three in a crowd at the centre, the others over (and past) the screen.
        position: i % 3 ? { x: rand() * 1200 - 100, y: rand() * 900 - 100 } : { x: 400 + rand() * 200, y: 300 + rand() * 150 },
      })),
    );
    cy.add(ids.slice(1).map((id, i) => edge(id, ids[Math.floor(rand() * (i + 1))]!)));
    const removed = ids.filter(() => rand() < 0.1).map((id) => cy.$id(id).remove().data('label') as string);
    cy.nodes().addClass('dimmed');
    cy.$id('n300').closedNeighborhood().nodes().removeClass('dimmed').addClass('lineage');
    cy.$id('n300').addClass('focus');
    cy.viewport({ zoom: 0.8, pan: { x: 20, y: 10 } });
    // Measured by a canvas of its own (happy-dom has none): the width 0.6 em a character, as without one.
    const measured: string[] = [];
    const fake = { font: '', measureText: (t: string) => (measured.push(t), { width: t.length * LABEL_PX * 0.6 }) };
    const create = vi
      .spyOn(document, 'createElement')
      .mockImplementation((() => ({ getContext: () => fake })) as unknown as typeof document.createElement);
    const unplaced = updateLabels(cy, 'n5', undefined, [{ x1: 0, y1: 0, x2: 200, y2: 40 }]);
    create.mockRestore();

    const zoom = cy.zoom();
    const degree = (id: string) => cy.$id(id).degree(false);
    const candidates: LabelCandidate[] = cy.nodes().map((n: NodeSingular) => ({
      id: n.id(),
      x: n.renderedPosition().x,
      y: n.renderedPosition().y,
      r: (NODE_SIZE / 2) * zoom,
      width: (n.data('label') as string).length * LABEL_PX * 0.6 + 4,
      height: LABEL_PX * 1.3 + 3,
      tier: n.id() === 'n5' || n.hasClass('lineage') ? 0 : n.hasClass('dimmed') ? 2 : 1,
      weight: degree(n.id()),
      side: 'below' as const,
    }));
    const want = placeLabels(candidates, { width: 800, height: 600 }, [{ x1: 0, y1: 0, x2: 200, y2: 40 }]);
    const sideClass = { below: '', above: 'label-above', right: 'label-at-right', left: 'label-left' };
    expect(sides(cy, ...ids)).toEqual(ids.map((id) => (want.sides.has(id) ? sideClass[want.sides.get(id)!] : null)));
    expect(unplaced).toEqual(want.unplaced.map((id) => cy.$id(id).data('label')));
    expect(want.sides.size).toBeGreaterThan(20);
    // Measured: the labels it gave, and not every node's (those off screen or crowded out never).
    for (const id of want.sides.keys()) expect(measured).toContain(cy.$id(id).data('label'));
    expect(measured.length).toBeLessThan(candidates.length / 2);
    expect(removed.length).toBeGreaterThan(0);
    for (const label of removed) expect(measured).not.toContain(label);
  });
});
