// The facet index answers filters and counts exactly as a plain scan over the datasets does.
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../../bench/synthetic';
import { buildGraph } from '../../../src/model/build';
import {
  type DatasetFilter,
  datasetsOf,
  FACET_KEYS,
  FACETS,
  facetCounts,
  facetIndex,
  matchingDatasets,
  releaseMonth,
} from '../../../src/queries/facets';
import { loadGraph } from '../../../src/import/load';
import type { DatasetNode } from '../../../src/schema/nodes';

const r = loadGraph([{ file: 's.json', text: JSON.stringify(syntheticGraph(1500)) }]);
if (!r.ok) throw new Error('synthetic graph did not load');
const g = buildGraph(r.document);

/** The definition, written as a scan: era, months, then every selected facet (OR within, AND across). */
function scan(f: DatasetFilter, skip?: string): DatasetNode[] {
  return datasetsOf(g).filter((d) => {
    if (f.era !== 'all' && d.taxonomy.generation !== f.era) return false;
    const m = releaseMonth(d);
    if ((f.from || f.to) && (!m || (f.from && m < f.from.slice(0, 7)) || (f.to && m > f.to.slice(0, 7)))) return false;
    return FACET_KEYS.every((k) => k === skip || !f.facets[k]?.length || f.facets[k]!.some((w) => FACETS[k].values(g, d).includes(w)));
  });
}

const filters: DatasetFilter[] = [
  { era: 'all', facets: {} },
  { era: 'instructgpt', facets: { modality: ['image'] } },
  { era: 'all', from: '2020-03', to: '2022-11', facets: { purpose: ['comparison', 'generalist'] } },
  { era: 'task-aggregation', facets: { technique: ['t0'], generator: ['m1', 'm2'] } },
  { era: 'all', facets: { modality: ['no-such-value'] } },
];

describe('queries/facets index', () => {
  it('rejects a bad filter, naming the function', () => {
    expect(() => matchingDatasets(g, { era: 'bronze-age' } as never)).toThrow(/queries\/facets.matchingDatasets: bad filter/);
  });

  it('is built once per graph', () => {
    expect(facetIndex(g)).toBe(facetIndex(g));
    expect(facetIndex(g).datasets.length).toBe(datasetsOf(g).length);
  });

  it.each(filters.map((f) => [JSON.stringify(f), f] as const))('matches a scan: %s', (_name, f) => {
    expect([...matchingDatasets(g, f)].sort()).toEqual(
      scan(f)
        .map((d) => d.id)
        .sort(),
    );
  });

  it.each(filters.map((f) => [JSON.stringify(f), f] as const))('counts as a scan does: %s', (_name, f) => {
    const counts = facetCounts(g, f);
    for (const key of FACET_KEYS) {
      const want = new Map<string, number>();
      for (const d of scan(f, key)) for (const v of new Set(FACETS[key].values(g, d))) want.set(v, (want.get(v) ?? 0) + 1);
      expect(Object.fromEntries(counts[key])).toEqual(Object.fromEntries(want));
    }
  });
});
