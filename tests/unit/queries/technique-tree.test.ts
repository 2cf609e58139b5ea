import { describe, expect, it } from 'vitest';
import { techniqueDepth, techniqueParent, techniqueTreeOrder } from '../../../src/queries/technique-tree';
import { miniGraph } from '../../fixtures/mini';

const g = miniGraph();

describe('queries/technique-tree', () => {
  it('treats an unknown id as a root of depth 0 rather than throwing', () => {
    expect(techniqueParent(g, 'no-such-technique')).toBeUndefined();
    expect(techniqueDepth(g, 'no-such-technique')).toBe(0);
    expect(techniqueTreeOrder(g, ['no-such-technique'])).toEqual([{ id: 'no-such-technique', depth: 0 }]);
  });
  it('finds parents and depths in the whole tree', () => {
    expect(techniqueParent(g, 'self-instruct-style')).toBe('model-generated');
    expect(techniqueParent(g, 'data-generation')).toBeUndefined();
    expect(['data-generation', 'model-generated', 'self-instruct-style'].map((t) => techniqueDepth(g, t))).toEqual([0, 1, 2]);
  });
  it('orders each parent before its children, siblings by label', () => {
    const all = ['self-instruct-style', 'crowdsourcing', 'data-generation', 'model-generated'];
    expect(techniqueTreeOrder(g, all)).toEqual([
      { id: 'data-generation', depth: 0 },
      { id: 'crowdsourcing', depth: 1 },
      { id: 'model-generated', depth: 1 },
      { id: 'self-instruct-style', depth: 2 },
    ]);
  });
  it('starts a tree at a technique whose parent is not listed, keeping its depth in the whole tree', () => {
    expect(techniqueTreeOrder(g, ['self-instruct-style', 'crowdsourcing'])).toEqual([
      { id: 'crowdsourcing', depth: 1 },
      { id: 'self-instruct-style', depth: 2 },
    ]);
  });
});
