// Licences along lineage on the survey graph merged with the whole Data Provenance Collection (issue 13), read from
// ../shared (never copied into the repository). It finds the cases the Initiative's audit describes: a permissive
// licence over data built from non-commercial data, and over data an OpenAI model generated. Each named case is
// checked against the snapshot's own fields, read here with plain JSON.parse, independently of the importer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAliases, readDpcCheckout } from '../../../main/node/catalogue';
import { loadGraphFolder } from '../../../main/node/graph-data';
import { buildCatalogueGraph } from '../../../src/import/catalogue/build';
import { computeLicences, type LicenceReport } from '../../../src/licences';
import { BUILTIN_TERMS } from '../../../src/licences/builtin';
import { addLayer, surveyLayer } from '../../../src/model/layers';

const SNAPSHOT = join(__dirname, '../../../../shared/catalogues/data-provenance-collection');
const GRAPH_DATA = join(__dirname, '../../../graph-data');
type Summary = { Licenses: { License: string }[]; 'Model Generated': string[]; 'Derived from Datasets': string[] };
const summary = (file: string, key: string): Summary => JSON.parse(readFileSync(join(SNAPSHOT, file), 'utf8'))[key];

let reports: ReadonlyMap<string, LicenceReport>;
beforeAll(async () => {
  const s = await loadGraphFolder(GRAPH_DATA);
  if (!s.ok) throw new Error('survey graph invalid');
  const read = await readDpcCheckout(SNAPSHOT, 'ce6662deccf011574427b6f112df479d261960b8');
  const { file } = buildCatalogueGraph({ title: 'Data Provenance Collection', ...read }, s.document, await readAliases(GRAPH_DATA));
  const layered = addLayer(surveyLayer(s.document), file, 'Data Provenance Collection', 'dpc');
  const r = computeLicences(layered.document, BUILTIN_TERMS);
  if (!r.ok) throw new Error(r.message);
  reports = r.reports;
}, 180_000);
const of = (id: string) => reports.get(id) ?? expect.unreachable(`no report for ${id}`);

describe('licences on the survey graph with the Data Provenance Collection', () => {
  it('counts conflicts, non-commercial data under a permissive licence, and unspecified', () => {
    const all = [...reports.values()];
    const count = (f: (r: LicenceReport) => boolean) => all.filter(f).length;
    const ncUnderPermissive = (r: LicenceReport) =>
      r.conflicts.some((c) => c.kind === 'declared-allows-more' && c.inherited && c.inherited.term.commercial !== 'unspecified');
    // Measured on the snapshot at ce6662d with graph-data/ as of this commit; a change names what moved. (Share-alike
    // data carried on under a later version of its licence stopped counting as a conflict: 119 -> 109.)
    expect({
      datasets: all.length,
      conflict: count((r) => r.facet === 'conflict'),
      ncUnderPermissive: count(ncUnderPermissive),
      openAiRestrictionDropped: count((r) => r.conflicts.some((c) => c.kind === 'restriction-dropped')),
      unspecified: count((r) => r.facet === 'unspecified'),
      nonCommercial: count((r) => r.facet === 'non-commercial'),
      allowed: count((r) => r.facet === 'allowed'),
    }).toEqual({
      datasets: 2586,
      conflict: 109,
      ncUnderPermissive: 30,
      openAiRestrictionDropped: 51,
      unspecified: 1332,
      nonCommercial: 357,
      allowed: 785,
    });
  });

  it('capybara-GPT4LLM: Apache 2.0 over GPT4LLM (Alpaca-GPT4, CC BY-NC 4.0): permissive over non-commercial data', () => {
    const s = summary('data_summaries/Capybara.json', 'capybara-GPT4LLM');
    expect(s['Derived from Datasets']).toEqual(['GPT4LLM']);
    expect(s.Licenses.map((l) => l.License)).toContain('Apache License 2.0');
    const c = of('capybara-gpt4llm').conflicts.find((x) => x.kind === 'declared-allows-more')!;
    expect([c.inherited?.origin, c.inherited?.term.id, c.inherited?.path]).toEqual([
      'alpaca-gpt4',
      'CC-BY-NC-4.0',
      ['capybara-gpt4llm', 'alpaca-gpt4'],
    ]);
  });

  it('capybara-Know-Logic: Apache 2.0 over data OpenAI GPT-4 generated: the terms on competing models dropped', () => {
    const s = summary('data_summaries/Capybara.json', 'capybara-Know-Logic');
    expect(s['Model Generated']).toEqual(['OpenAI GPT-4']);
    expect(s.Licenses.map((l) => l.License)).toEqual(['Unspecified', 'Apache License 2.0']); // no "OpenAI" licence
    const r = of('capybara-know-logic');
    expect(r.facet).toBe('conflict');
    const c = r.conflicts.find((x) => x.kind === 'restriction-dropped')!;
    expect([c.inherited?.origin, c.inherited?.term.id]).toEqual(['gpt-4', 'LicenseRef-OpenAI-Terms-of-Use']);
  });

  it('the survey datasets the Collection also holds keep their own findings: Code Alpaca declares CC BY 4.0 and "OpenAI"', () => {
    const r = of('code-alpaca');
    expect(r.conflicts.map((c) => c.kind)).toContain('declared-disagree');
  });
});
