import { describe, expect, it } from 'vitest';
import { ancestors, DATA_LINEAGE_EDGE_KINDS, descendants, LINEAGE_EDGE_KINDS, lineagePath } from '../../../src/queries/lineage';
import { miniFile, miniGraph } from '../../fixtures/mini';

const g = miniGraph();

describe('queries/lineage.ancestors', () => {
  it('rejects an unknown node and a bad depth', () => {
    expect(() => ancestors(g, 'nope')).toThrow('queries/lineage.ancestors: unknown node "nope"');
    expect(() => ancestors(g, 'alpaca', { depth: -1 })).toThrow(/depth must be/);
    expect(() => ancestors(g, 'alpaca', { depth: 1.5 })).toThrow(/depth must be/);
  });
  it('follows derived-from edges up, with distances', () => {
    expect([...ancestors(g, 'chatalpaca')]).toEqual([
      ['alpaca', 1],
      ['self-instruct', 2],
      ['seed-tasks', 3],
    ]);
  });
  it('stops at the depth limit', () => {
    expect([...ancestors(g, 'chatalpaca', { depth: 1 }).keys()]).toEqual(['alpaca']);
    expect(ancestors(g, 'chatalpaca', { depth: 0 }).size).toBe(0);
  });
  it('follows only the edge kinds asked for', () => {
    expect([...ancestors(g, 'alpaca', { kinds: ['generated-by'] }).keys()]).toEqual(['text-davinci-003']);
  });
});

describe('queries/lineage.descendants', () => {
  it('rejects an unknown node', () => {
    expect(() => descendants(g, 'nope')).toThrow('queries/lineage.descendants: unknown node "nope"');
  });
  it('follows derived-from edges down', () => {
    expect([...descendants(g, 'self-instruct').keys()]).toEqual(['alpaca', 'chatalpaca']);
    expect([...descendants(g, 'self-instruct', { depth: 1 }).keys()]).toEqual(['alpaca']);
  });
});

describe('queries/lineage.lineagePath', () => {
  it('rejects unknown nodes', () => {
    expect(() => lineagePath(g, 'alpaca', 'nope')).toThrow('queries/lineage.lineagePath: unknown node "nope"');
  });
  it('finds the directed chain in either direction', () => {
    const down = lineagePath(g, 'chatalpaca', 'seed-tasks');
    expect(down).toEqual({
      nodes: ['chatalpaca', 'alpaca', 'self-instruct', 'seed-tasks'],
      edges: ['chatalpaca|derived-from|alpaca', 'alpaca|derived-from|self-instruct', 'self-instruct|derived-from|seed-tasks'],
      directed: true,
    });
    expect(lineagePath(g, 'seed-tasks', 'chatalpaca')?.nodes).toEqual(['seed-tasks', 'self-instruct', 'alpaca', 'chatalpaca']);
  });
  it('returns a trivial path to itself and null when unconnected', () => {
    expect(lineagePath(g, 'alpaca', 'alpaca')).toEqual({ nodes: ['alpaca'], edges: [], directed: true });
    expect(lineagePath(g, 'alpaca', 'dolly-15k')).toBeNull();
  });
  it('falls back to an undirected path through other edge kinds when asked', () => {
    const p = lineagePath(g, 'alpaca', 'dolly-15k', ['uses-technique', 'subtechnique-of']);
    expect(p?.directed).toBe(false);
    expect(p?.nodes).toEqual(['alpaca', 'self-instruct-style', 'model-generated', 'data-generation', 'crowdsourcing', 'dolly-15k']);
  });
});

describe('queries/lineage: method reuse', () => {
  // Dolly is made to follow Self-Instruct's method here (it does not): a follows-method edge, no data.
  const file = miniFile();
  file.edges.push({
    source: 'dolly-15k',
    kind: 'follows-method',
    target: 'self-instruct',
    provenance: [{ kind: 'survey' as const, locator: 'test' }],
  });
  const h = miniGraph(file);

  it('follows follows-method edges as well as data lineage, by default', () => {
    expect(LINEAGE_EDGE_KINDS).toEqual([...DATA_LINEAGE_EDGE_KINDS, 'follows-method']);
    expect([...descendants(h, 'self-instruct').keys()].sort()).toEqual(['alpaca', 'chatalpaca', 'dolly-15k']);
    expect([...ancestors(h, 'dolly-15k').keys()]).toEqual(['self-instruct', 'seed-tasks']);
    expect(lineagePath(h, 'dolly-15k', 'chatalpaca')?.nodes).toEqual(['dolly-15k', 'self-instruct', 'alpaca', 'chatalpaca']);
  });

  it('keeps to the data when asked for data lineage alone', () => {
    expect(DATA_LINEAGE_EDGE_KINDS).toEqual(['derived-from', 'aggregates']);
    expect([...descendants(h, 'self-instruct', { kinds: DATA_LINEAGE_EDGE_KINDS }).keys()].sort()).toEqual(['alpaca', 'chatalpaca']);
    expect(ancestors(h, 'dolly-15k', { kinds: DATA_LINEAGE_EDGE_KINDS }).size).toBe(0);
    expect(lineagePath(h, 'dolly-15k', 'chatalpaca', DATA_LINEAGE_EDGE_KINDS)).toBeNull();
  });
});
