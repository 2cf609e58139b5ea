import { describe, expect, it } from 'vitest';
import { buildGraph, nodeOf } from '../../../src/model/build';
import { miniGraph } from '../../fixtures/mini';

describe('model/build', () => {
  it('refuses an edge whose endpoint is missing', () => {
    expect(() =>
      buildGraph({
        nodes: [],
        edges: [{ source: 'a', kind: 'derived-from', target: 'b', provenance: [{ kind: 'survey', locator: 'x' }] }],
        files: [],
      }),
    ).toThrow(/model\/build: edge "a\|derived-from\|b"/);
  });
  it('keeps every node and edge with its attributes, edges keyed by their stable id', () => {
    const g = miniGraph();
    expect(g.order).toBe(13);
    expect(g.size).toBe(10);
    expect(g.getEdgeAttributes('alpaca|generated-by|text-davinci-003|responses').role).toBe('responses');
    expect(nodeOf(g, 'alpaca').label).toBe('Alpaca');
  });
  it('nodeOf names the module on an unknown id', () => {
    expect(() => nodeOf(miniGraph(), 'nope', 'queries/x')).toThrow('queries/x: unknown node "nope"');
  });
});
