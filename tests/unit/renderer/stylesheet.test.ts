// canvas/stylesheet: what a slim stylesheet leaves to cytoscape's defaults still draws as the atlas means it.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { faint, stylesheet } from '../../../renderer/canvas/stylesheet';
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

  it('mixes a colour over a background, and leaves what it cannot read as it is', () => {
    expect(faint('#000000', '#ffffff', 0.6)).toBe('#666666');
    expect(faint('#E69F00', '#ffffff', 1)).toBe('#e69f00');
    expect(faint('#E69F00', '#16181d', 0)).toBe('#16181d');
    expect(faint('black', '#ffffff', 0.5)).toBe('black');
  });
});
