import { describe, expect, it } from 'vitest';
import { stackedReleases, techniquesByGeneration } from '../../../src/queries/generations';
import { miniGraph } from '../../fixtures/mini';

const g = miniGraph();
const all = new Set(g.nodes());

describe('queries/generations', () => {
  it('rejects a bad stacking key and ids that are not a Set', () => {
    expect(() => stackedReleases(g, all, 'colour' as 'purpose')).toThrow(/stack by/);
    expect(() => techniquesByGeneration(g, ['alpaca'] as unknown as Set<string>)).toThrow(/must be a Set/);
  });
  it('stacks releases per month by purpose, leaving out empty series', () => {
    const s = stackedReleases(g, all, 'purpose');
    expect(s.months).toEqual(['2022-12', '2023-01', '2023-02', '2023-03', '2023-04']);
    expect(s.series).toEqual([
      { key: 'demonstration', counts: [1, 0, 0, 1, 3] },
      { key: 'generalist', counts: [0, 1, 0, 0, 0] },
    ]);
    expect(stackedReleases(g, all, 'modality').series.map((x) => x.key)).toEqual(['text', 'image-text']);
  });
  it('counts the techniques each generation used', () => {
    const t = techniquesByGeneration(g, all);
    expect(t.instructgpt).toEqual([
      { technique: 'crowdsourcing', label: 'Crowdsourcing', count: 1 },
      { technique: 'self-instruct-style', label: 'Self-Instruct style', count: 1 },
    ]);
    expect(t['task-aggregation']).toEqual([]);
  });
});
