import { describe, expect, it } from 'vitest';
import { computeLicences, type LicenceReport } from '../../../src/licences';
import type { GraphEdge, GraphNode } from '../../../src/schema';
import { dataset, edge, model, source, TERMS } from './fixtures';

function reports(nodes: GraphNode[], edges: GraphEdge[]): ReadonlyMap<string, LicenceReport> {
  const r = computeLicences({ nodes, edges }, TERMS);
  if (!r.ok) throw new Error(r.message);
  return r.reports;
}
const of = (m: ReadonlyMap<string, LicenceReport>, id: string): LicenceReport => {
  const r = m.get(id);
  if (!r) throw new Error(`no report for ${id}`);
  return r;
};

describe('licences/inherit.computeLicences', () => {
  it('refuses a cycle of data lineage, naming it', () => {
    const r = computeLicences(
      { nodes: [dataset('a', 'MIT'), dataset('b', 'MIT')], edges: [edge('a', 'derived-from', 'b'), edge('b', 'aggregates', 'a')] },
      TERMS,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.cycle).toEqual(['a', 'b', 'a']);
      expect(r.message).toMatch(/cycle .*a -> b -> a/);
    }
  });

  it('inherits through several hops, with the path and the sources of the restriction', () => {
    const m = reports(
      [dataset('a'), dataset('b'), dataset('c', 'CC-BY-NC-4.0')],
      [edge('a', 'derived-from', 'b'), edge('b', 'derived-from', 'c')],
    );
    const a = of(m, 'a');
    expect(a.commercial).toBe('non-commercial');
    expect(a.strictest.map((t) => t.path)).toEqual([['a', 'b', 'c']]);
    expect(a.strictest[0]?.via).toEqual(['derived-from', 'derived-from']);
    expect(a.strictest[0]?.sources.map((c) => (c.kind === 'url' ? c.url : c.kind))).toEqual([
      'https://example.org/licence',
      'https://example.org/CC-BY-NC-4.0',
    ]);
    expect(a.facet).toBe('non-commercial');
  });

  it('inherits what a dataset aggregates (the aggregate from its parts)', () => {
    const m = reports([dataset('collection', 'MIT'), dataset('part', 'research only')], [edge('collection', 'aggregates', 'part')]);
    expect(of(m, 'collection').commercial).toBe('research-only');
    expect(of(m, 'part').inherited).toEqual([]);
  });

  it("inherits a generating or annotating model's output terms, not the model's training data", () => {
    const nodes = [
      dataset('permissive', 'MIT'),
      dataset('nc', 'CC-BY-NC-4.0'),
      dataset('prefs', 'CC-BY-4.0'),
      dataset('training', 'LicenseRef-research-only'),
      model('m', 'LicenseRef-provider-terms'),
    ];
    const m = reports(nodes, [
      edge('permissive', 'generated-by', 'm'),
      edge('nc', 'generated-by', 'm'),
      edge('prefs', 'annotated-by', 'm'),
      edge('m', 'fine-tuned-on', 'training'),
    ]);
    const p = of(m, 'permissive');
    expect(p.inherited.map((t) => t.term.id)).toEqual(['LicenseRef-provider-terms']);
    expect(p.conflicts.map((c) => c.kind)).toEqual(['restriction-dropped']);
    expect(p.facet).toBe('conflict');
    expect(of(m, 'prefs').conflicts[0]?.message).toMatch(/no competing models/);
    // A non-commercial licence already keeps the data out of a competing product.
    expect(of(m, 'nc').conflicts).toEqual([]);
    expect(of(m, 'nc').facet).toBe('non-commercial');
  });

  it('passes nothing through method reuse (follows-method, inspired-by)', () => {
    const m = reports(
      [dataset('copycat', 'MIT'), dataset('original', 'CC-BY-NC-4.0'), dataset('fan', 'MIT')],
      [edge('copycat', 'follows-method', 'original'), edge('fan', 'inspired-by', 'original')],
    );
    for (const id of ['copycat', 'fan']) {
      expect(of(m, id).inherited).toEqual([]);
      expect(of(m, id).facet).toBe('allowed');
    }
  });

  it('takes the strictest of several parents and keeps every one', () => {
    const m = reports(
      [dataset('mix'), dataset('nc', 'CC-BY-NC-4.0'), dataset('ro', 'research only'), dataset('free', 'MIT')],
      [edge('mix', 'derived-from', 'nc'), edge('mix', 'aggregates', 'ro'), edge('mix', 'derived-from', 'free')],
    );
    const mix = of(m, 'mix');
    expect(mix.inherited.map((t) => t.origin).sort()).toEqual(['free', 'nc', 'ro']);
    expect(mix.commercial).toBe('research-only');
    expect(mix.strictest.map((t) => t.origin)).toEqual(['ro']);
  });

  it("inherits a source's own licence claim, and flags a permissive licence over a non-commercial source", () => {
    const m = reports(
      [dataset('d', 'MIT'), source('seed', 'CC-BY-NC-4.0'), dataset('e'), source('raw', 'MIT'), source('mid')],
      [edge('d', 'derived-from', 'seed'), edge('e', 'derived-from', 'mid'), edge('mid', 'derived-from', 'raw')],
    );
    const d = of(m, 'd');
    expect(d.inherited.map((t) => [t.origin, t.reason, t.term.id])).toEqual([['seed', 'declared', 'CC-BY-NC-4.0']]);
    expect(d.conflicts.map((c) => c.kind)).toEqual(['declared-allows-more']);
    // Through a source that states nothing to one that does: both reach the dataset, the unstated one unspecified.
    expect(of(m, 'e').inherited.map((t) => [t.origin, t.term.id])).toEqual([
      ['mid', 'unspecified'],
      ['raw', 'MIT'],
    ]);
  });

  it('keeps unknown parents unknown: unspecified never counts as permissive', () => {
    const m = reports(
      [dataset('d', 'MIT'), source('scraped'), dataset('e', 'MIT'), dataset('undeclared')],
      [edge('d', 'derived-from', 'scraped'), edge('e', 'derived-from', 'elsewhere')],
    );
    const d = of(m, 'd');
    expect(d.inherited.map((t) => [t.origin, t.reason, t.term.commercial])).toEqual([['scraped', 'none-stated', 'unspecified']]);
    expect(d.commercial).toBe('unspecified');
    expect(d.conflicts).toEqual([]);
    expect(of(m, 'e').inherited.map((t) => t.reason)).toEqual(['not-in-graph']);
    expect(of(m, 'e').facet).toBe('unspecified');
    expect(of(m, 'undeclared').facet).toBe('unspecified');
  });

  it('flags a declared licence that allows more than what is inherited', () => {
    const m = reports([dataset('relabelled', 'MIT'), dataset('nc', 'CC-BY-NC-4.0')], [edge('relabelled', 'derived-from', 'nc')]);
    const r = of(m, 'relabelled');
    expect(r.conflicts.map((c) => c.kind)).toEqual(['declared-allows-more']);
    expect(r.conflicts[0]?.message).toBe('declared MIT allows commercial use, but CC-BY-NC-4.0 via nc is non-commercial');
    expect(r.commercial).toBe('non-commercial');
    expect(r.facet).toBe('conflict');
  });

  it('flags several declared licences that disagree, and share-alike dropped', () => {
    const m = reports(
      [dataset('two', 'MIT', 'CC-BY-NC-4.0'), dataset('same', 'MIT', 'mit'), dataset('sa-child', 'MIT'), dataset('sa', 'CC-BY-SA-4.0')],
      [edge('sa-child', 'derived-from', 'sa')],
    );
    expect(of(m, 'two').conflicts.map((c) => c.kind)).toEqual(['declared-disagree']);
    expect(of(m, 'two').commercial).toBe('non-commercial');
    expect(of(m, 'same').conflicts).toEqual([]);
    expect(of(m, 'sa-child').conflicts.map((c) => c.kind)).toEqual(['share-alike']);
  });

  it('lets share-alike data carry on under a later version of its licence, never an earlier one', () => {
    const m = reports(
      [
        dataset('later', 'CC-BY-SA-4.0 AND MIT'),
        dataset('sa3', 'CC-BY-SA-3.0'),
        dataset('earlier', 'CC-BY-SA-3.0'),
        dataset('sa4', 'CC-BY-SA-4.0'),
      ],
      [edge('later', 'derived-from', 'sa3'), edge('earlier', 'derived-from', 'sa4')],
    );
    expect(of(m, 'later').conflicts.map((c) => c.kind)).toEqual([]);
    expect(of(m, 'earlier').conflicts.map((c) => c.kind)).toEqual(['share-alike']);
  });

  it('keeps the shortest path when a term reaches a dataset twice', () => {
    const m = reports(
      [dataset('top'), dataset('mid'), dataset('base', 'CC-BY-NC-4.0')],
      [edge('top', 'derived-from', 'mid'), edge('mid', 'derived-from', 'base'), edge('top', 'derived-from', 'base')],
    );
    expect(
      of(m, 'top')
        .inherited.filter((t) => t.origin === 'base')
        .map((t) => t.path),
    ).toEqual([['top', 'base']]);
  });
});
