import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../../bench/synthetic';
import { buildGraph } from '../../../src/model/build';
import { loadGraph } from '../../../src/import/load';
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

describe('queries/search on a large graph (trigram candidates)', () => {
  const big = (() => {
    const r = loadGraph([{ file: 's.json', text: JSON.stringify(syntheticGraph(6000)) }]);
    if (!r.ok) throw new Error('synthetic graph did not load');
    return buildSearchIndex(buildGraph(r.document));
  })();
  it('finds an exact name first, and a misspelt one', () => {
    expect(big.search('Dataset 4242')[0]?.id).toBe('d4242');
    expect(big.search('Datset 4242')[0]?.id).toBe('d4242');
    expect(big.search('Tecnique 17')[0]?.id).toBe('t17');
  });
  it('returns nothing for a query no name is near', () => {
    expect(big.search('zzzzqqqq')).toEqual([]);
  });
});
