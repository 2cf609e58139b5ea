import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/queries/search';
import { miniGraph } from '../../fixtures/mini';

const index = buildSearchIndex(miniGraph());

describe('queries/search', () => {
  it('rejects a bad query or limit', () => {
    expect(() => index.search(42 as unknown as string)).toThrow('queries/search: query must be a string');
    expect(() => index.search('alpaca', 0)).toThrow(/limit must be/);
  });
  it('returns nothing for a blank query', () => {
    expect(index.search('   ')).toEqual([]);
  });
  it('finds by name, fuzzily, best first', () => {
    expect(index.search('alpaca')[0]?.id).toBe('alpaca');
    expect(index.search('chatalpca')[0]?.id).toBe('chatalpaca');
    expect(index.search('dolly')[0]?.id).toBe('dolly-15k');
  });
  it('finds by alias', () => {
    expect(index.search('Stanford Alpaca')[0]?.id).toBe('alpaca');
  });
  it('honours the limit', () => {
    expect(index.search('a', 2).length).toBeLessThanOrEqual(2);
  });
});
