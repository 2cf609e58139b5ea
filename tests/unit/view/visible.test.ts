import { describe, expect, it } from 'vitest';
import { defaultView, type ViewSpec } from '../../../src/view/spec';
import { visibleElements } from '../../../src/view/visible';
import { miniGraph } from '../../fixtures/mini';

const g = miniGraph();
const view = (patch: Partial<ViewSpec>): ViewSpec => ({ ...defaultView(), ...patch });

describe('view/visible', () => {
  it('rejects a malformed filter', () => {
    expect(() => visibleElements(g, view({ filter: { era: 'x' } as unknown as ViewSpec['filter'] }))).toThrow(/bad filter/);
  });
  it('shows datasets, their linked nodes of drawn kinds, and the technique tree above them', () => {
    const v = visibleElements(g, defaultView());
    expect(v.nodes.has('ref-taori2023-alpaca')).toBe(false); // references are not drawn by default
    expect(v.nodes.has('data-generation')).toBe(true); // brought in by the tree
    expect(v.datasetsShown).toBe(6);
    expect(v.edges.has('alpaca|derived-from|self-instruct')).toBe(true);
    expect(v.edges.has('alpaca|described-in|ref-taori2023-alpaca')).toBe(false);
    expect(v.filteredEdges.has('alpaca|described-in|ref-taori2023-alpaca')).toBe(false); // not a drawn kind at all
  });
  it('separates what the filter leaves out from what is not drawn', () => {
    const v = visibleElements(g, view({ filter: { era: 'all', facets: { pairingGroup: ['H-H'] } } }));
    expect([...v.nodes].sort()).toEqual(['crowdsourcing', 'data-generation', 'dolly-15k']);
    expect(v.filteredNodes.has('alpaca')).toBe(true);
    expect(v.filteredEdges.has('chatalpaca|derived-from|alpaca')).toBe(true);
    expect(v.datasetsShown).toBe(1);
    expect(v.datasetsTotal).toBe(6);
  });
  it('leaves nothing out with no filter, so dimming draws exactly what the unfiltered view draws', () => {
    const v = visibleElements(g, defaultView());
    expect(v.filteredNodes.size).toBe(0);
    expect(v.filteredEdges.size).toBe(0);
    const filtered = visibleElements(g, view({ filter: { era: 'all', facets: { pairingGroup: ['H-H'] } } }));
    expect(new Set([...filtered.nodes, ...filtered.filteredNodes])).toEqual(v.nodes);
  });
  it('works out a filter once per graph: a focus, a trace or the dim mode reuse its verdict', () => {
    const filter = { era: 'all' as const, facets: { pairingGroup: ['H-H'] } };
    const v = visibleElements(g, view({ filter }));
    expect(visibleElements(g, view({ filter, focus: 'alpaca', context: 'dim', filterMode: 'dim' }))).toBe(v);
    expect(visibleElements(g, view({ filter: { era: 'all', facets: {} } }))).not.toBe(v);
    expect(visibleElements(g, view({ filter, layout: 'comparison' }))).not.toBe(v);
  });
});
