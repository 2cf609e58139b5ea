import { describe, expect, it } from 'vitest';
import { type DatasetFilter, facetCounts, facetValueLabel, matchingDatasets } from '../../../src/queries/facets';
import { miniGraph } from '../../fixtures/mini';

const g = miniGraph();
const all: DatasetFilter = { era: 'all', facets: {} };
const ids = (f: Partial<DatasetFilter>) => [...matchingDatasets(g, { ...all, ...f })].sort();

describe('queries/facets.matchingDatasets', () => {
  it('rejects a malformed filter', () => {
    expect(() => matchingDatasets(g, { era: 'later' } as unknown as DatasetFilter)).toThrow(/queries\/facets.matchingDatasets: bad filter/);
    expect(() => matchingDatasets(g, { ...all, from: '2023' })).toThrow(/YYYY-MM/);
  });
  it('keeps every dataset with an empty filter', () => {
    expect(ids({})).toHaveLength(6);
  });
  it("filters by generation, which is the survey's and not the date's", () => {
    expect(ids({ era: 'task-aggregation' })).toEqual(['flan-collection']);
    expect(ids({ era: 'instructgpt' })).not.toContain('flan-collection');
  });
  it('filters by release month range, inclusive, comparing months of full dates', () => {
    expect(ids({ from: '2023-03', to: '2023-04' })).toEqual(['alpaca', 'chatalpaca', 'dolly-15k', 'llava-instruct-150k']);
    expect(ids({ to: '2022-12' })).toEqual(['self-instruct']);
  });
  it('ORs values within a facet and ANDs facets', () => {
    expect(ids({ facets: { pairingGroup: ['H-H', 'M-M'] } })).toEqual(['alpaca', 'chatalpaca', 'dolly-15k', 'self-instruct']);
    expect(ids({ facets: { pairingGroup: ['H-H', 'M-M'], language: ['en'] } })).toEqual(['alpaca', 'dolly-15k']);
    expect(ids({ facets: { modality: ['image'] } })).toEqual(['llava-instruct-150k']);
    expect(ids({ facets: { multimodalApproach: ['modified-cv-datasets'] } })).toEqual(['llava-instruct-150k']);
  });
  it('matches a parent technique by its sub-techniques', () => {
    expect(ids({ facets: { technique: ['data-generation'] } })).toEqual(['alpaca', 'dolly-15k']);
    expect(ids({ facets: { technique: ['model-generated'] } })).toEqual(['alpaca']);
  });
  it('filters by generator model and license', () => {
    expect(ids({ facets: { generator: ['text-davinci-003'] } })).toEqual(['alpaca']);
    expect(ids({ facets: { license: ['CC-BY-NC-4.0'] } })).toEqual(['alpaca']);
  });
});

describe('queries/facets.facetCounts', () => {
  it('rejects a malformed filter', () => {
    expect(() => facetCounts(g, null as unknown as DatasetFilter)).toThrow(/bad filter/);
  });
  it('counts each value over the datasets the rest of the filter keeps', () => {
    const c = facetCounts(g, { ...all, facets: { pairingGroup: ['H-H'] } });
    // pairing group's own selection does not narrow its counts
    expect(Object.fromEntries(c.pairingGroup)).toEqual({ 'M-M': 3, 'H-H': 1 });
    // other facets count only dolly-15k
    expect(Object.fromEntries(c.language)).toEqual({ en: 1 });
    expect(Object.fromEntries(c.purpose)).toEqual({ demonstration: 1 });
  });
  it('sorts values by count, then name', () => {
    expect([...facetCounts(g, all).purpose.keys()]).toEqual(['demonstration', 'generalist']);
  });
});

describe('queries/facets.facetValueLabel', () => {
  it('shows node labels for node-valued facets and the value otherwise', () => {
    expect(facetValueLabel(g, 'technique', 'self-instruct-style')).toBe('Self-Instruct style');
    expect(facetValueLabel(g, 'generator', 'unknown-model')).toBe('unknown-model');
    expect(facetValueLabel(g, 'purpose', 'comparison')).toBe('comparison');
  });
});
