// The Alpaca family's licences along the survey graph (issue 13). Each expectation cites the dataset's own licence page,
// which is also the provenance of its licence claim in graph-data/.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraphFolder } from '../../../main/node/graph-data';
import { computeLicences, type LicenceReport } from '../../../src/licences';
import { BUILTIN_TERMS } from '../../../src/licences/builtin';

let reports: ReadonlyMap<string, LicenceReport>;
beforeAll(async () => {
  const loaded = await loadGraphFolder(fileURLToPath(new URL('../../../graph-data', import.meta.url)));
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const r = computeLicences(loaded.document, BUILTIN_TERMS);
  if (!r.ok) throw new Error(r.message);
  reports = r.reports;
});
const of = (id: string): LicenceReport => {
  const r = reports.get(id);
  if (!r) throw new Error(`no report for ${id}`);
  return r;
};
const origins = (id: string) => [...new Set(of(id).inherited.map((t) => t.origin))].sort();

describe('graph-data: licences along the Alpaca family', () => {
  it('Alpaca: CC BY-NC 4.0 (huggingface.co/datasets/tatsu-lab/alpaca), OpenAI terms via text-davinci-003, no conflict', () => {
    const a = of('alpaca');
    expect(a.declared.map((d) => d.term.id)).toEqual(['CC-BY-NC-4.0']);
    expect(a.inherited.find((t) => t.origin === 'text-davinci-003')?.term.id).toBe('LicenseRef-OpenAI-Terms-of-Use');
    // Data lineage only: its seed tasks, not Self-Instruct's generated data (Alpaca follows Self-Instruct's method).
    expect(origins('alpaca')).toEqual(['self-instruct-seed-tasks', 'text-davinci-003']);
    expect(a.commercial).toBe('non-commercial');
    expect(a.facet).toBe('non-commercial');
  });
  it("Alpaca inherits the seed tasks' Apache-2.0 (the Collection's summary of their LICENSE), a source's own licence claim", () => {
    const seed = of('alpaca').inherited.find((t) => t.origin === 'self-instruct-seed-tasks')!;
    expect([seed.term.id, seed.reason, seed.path]).toEqual(['Apache-2.0', 'declared', ['alpaca', 'self-instruct-seed-tasks']]);
    expect(seed.sources[0]).toMatchObject({ kind: 'url', url: expect.stringContaining('/data_summaries/Self-Instruct.json') });
  });
  it("LLaVA-Instruct-150K inherits COCO's annotations (CC BY 4.0) and images (Flickr terms: unspecified), per COCO's terms of use", () => {
    const coco = of('llava-instruct-150k').inherited.filter((t) => t.origin === 'coco');
    expect(coco.map((t) => [t.term.id, t.term.commercial])).toEqual([
      ['CC-BY-4.0', 'allowed'],
      ['LicenseRef-Flickr-Terms-of-Use', 'unspecified'],
    ]);
    expect(coco.every((t) => t.reason === 'declared' && t.sources.some((c) => c.kind === 'url' && c.url.includes('termsofuse.htm')))).toBe(
      true,
    );
  });
  it("Alpaca-GPT4: CC BY-NC 4.0 (GPT-4-LLM README), and Alpaca's non-commercial terms via its 52K instructions", () => {
    const r = of('alpaca-gpt4');
    expect(r.declared.map((d) => d.term.id)).toEqual(['CC-BY-NC-4.0']);
    expect(r.strictest.map((t) => t.path)).toEqual([['alpaca-gpt4', 'alpaca']]);
    expect(r.conflicts).toEqual([]);
  });
  it("ChatAlpaca declares nothing (none found) and inherits Alpaca's non-commercial terms", () => {
    const r = of('chatalpaca');
    expect(r.declared).toEqual([]);
    expect(r.commercial).toBe('non-commercial');
    expect(r.strictest.map((t) => t.path)).toEqual([['chatalpaca', 'alpaca']]);
  });
  it("Code Alpaca: CC BY 4.0 (huggingface.co/datasets/sahil2801/CodeAlpaca-20k) conflicts with text-davinci-003's terms, not with Alpaca's", () => {
    const r = of('code-alpaca');
    expect(r.declared.map((d) => d.term.id)).toEqual(['CC-BY-4.0']);
    expect(origins('code-alpaca')).toEqual(['text-davinci-003']);
    expect(r.conflicts.map((c) => [c.kind, c.inherited?.origin])).toEqual([['restriction-dropped', 'text-davinci-003']]);
    expect(r.facet).toBe('conflict');
  });
  it('BELLE 1.5M: GPL-3.0 on its card, research only in its README (BELLE data/1.5M): a disagreement; nothing from Alpaca', () => {
    const r = of('belle-1.5m');
    expect(r.declared.map((d) => d.term.id)).toEqual(['GPL-3.0', 'LicenseRef-non-commercial-research-only']);
    expect(r.conflicts.map((c) => c.kind)).toContain('declared-disagree');
    expect(origins('belle-1.5m')).toEqual(['chatgpt']);
    expect(r.commercial).toBe('research-only');
  });
  it('InstructWild v1: research only (InstructionWild LICENSE), nothing from Alpaca', () => {
    const r = of('instructwild-v1');
    expect(r.commercial).toBe('research-only');
    expect(origins('instructwild-v1')).not.toContain('alpaca');
    expect(r.conflicts).toEqual([]);
  });
});

describe('graph-data: the Commercial use facet', () => {
  it('counts every dataset once and filters the Alpaca family by its inherited terms', async () => {
    const { buildGraph } = await import('../../../src/model/build');
    const { DatasetFilter, datasetsOf, facetCounts, matchingDatasets } = await import('../../../src/queries/facets');
    const loaded = await loadGraphFolder(fileURLToPath(new URL('../../../graph-data', import.meta.url)));
    if (!loaded.ok) throw new Error('graph-data is invalid');
    const g = buildGraph(loaded.document);
    const counts = facetCounts(g, DatasetFilter.parse({}));
    expect([...counts.commercialUse.values()].reduce((a, b) => a + b, 0)).toBe(datasetsOf(g).length);
    expect(counts.commercialUse.get('conflict')).toBe([...reports.values()].filter((r) => r.conflicts.length > 0).length);
    const nc = matchingDatasets(g, DatasetFilter.parse({ facets: { commercialUse: ['non-commercial'] } }));
    expect([...nc]).toEqual(expect.arrayContaining(['alpaca', 'alpaca-gpt4', 'chatalpaca']));
    expect(nc.has('code-alpaca')).toBe(false);
  });
});
