import { describe, expect, it } from 'vitest';
import { monthIndex, monthOfIndex, releasesPerMonth } from '../../../src/queries/histogram';
import { miniGraph } from '../../fixtures/mini';

const g = miniGraph();

describe('queries/histogram', () => {
  it('rejects ids that are not a Set', () => {
    expect(() => releasesPerMonth(g, ['alpaca'] as unknown as Set<string>)).toThrow('queries/histogram: ids must be a Set');
  });
  it('bins every month from first to last release, empty months included', () => {
    const { bins, undated } = releasesPerMonth(g);
    expect(bins[0]).toEqual({ month: '2022-12', count: 1, ids: ['self-instruct'] });
    expect(bins.map((b) => b.month)).toEqual(['2022-12', '2023-01', '2023-02', '2023-03', '2023-04']);
    expect(bins.map((b) => b.count)).toEqual([1, 1, 0, 1, 3]);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(6);
    expect(undated).toEqual([]);
  });
  it('bins only the ids asked for, and is empty for none', () => {
    expect(releasesPerMonth(g, new Set(['alpaca'])).bins).toEqual([{ month: '2023-03', count: 1, ids: ['alpaca'] }]);
    expect(releasesPerMonth(g, new Set()).bins).toEqual([]);
  });
  it('converts months and indices both ways', () => {
    expect(monthOfIndex(monthIndex('2022-03'))).toBe('2022-03');
    expect(monthOfIndex(monthIndex('2019-12') + 1)).toBe('2020-01');
  });
});
