// The fuzz suite of issue 17 over the importers that came after it: Data Provenance Collection summaries, Hugging
// Face cards, the catalogue build (many summaries and cards to one graph file) and the mapping step of other tools'
// graphs. Each input ends within the budget in a refusal naming the file (and the field or element), or in a graph
// file our schema accepts and that loads on its own; Object.prototype stays unchanged (the harness checks).
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAliases } from '../../../main/node/catalogue';
import { loadGraphFolder } from '../../../main/node/graph-data';
import type { Alias } from '../../../src/import/catalogue/aliases';
import { buildCatalogueGraph } from '../../../src/import/catalogue/build';
import { type CatalogueIssue, type DpcCollection, readDpcSummary } from '../../../src/import/catalogue/dpc';
import { readHfCard } from '../../../src/import/catalogue/hf-card';
import { readInputs } from '../../../src/import/inputs';
import { guessMapping, parseMapping } from '../../../src/import/mapping';
import { toGraphFile } from '../../../src/import/to-graph';
import { GraphFile, type GraphDocument } from '../../../src/schema/document';
import { formatIssue, loadGraph } from '../../../src/schema/read';
import { cardInput, foreignFiles, mappingText, summaryInput } from './catalogue-arbitraries';
import { all, formatStats, fuzz, type Outcome, RUNS } from './harness';

const TIMEOUT = Math.max(600_000, RUNS * 300);
let survey: GraphDocument;
let aliases: Alias[];

beforeAll(async () => {
  const graphData = join(__dirname, '../../../graph-data');
  const s = await loadGraphFolder(graphData);
  if (!s.ok) throw new Error('the survey graph is invalid');
  survey = s.document;
  aliases = await readAliases(graphData);
});

/** A graph file an importer wrote must be one our schema accepts, and load on its own (no dangling edge, no cycle). */
function valid(file: unknown, what: string): Outcome {
  const parsed = GraphFile.safeParse(file);
  expect(parsed.success ? [] : parsed.error.issues.slice(0, 3), `${what}: the graph file fits the schema`).toEqual([]);
  const loaded = loadGraph([{ file: 'import.json', text: JSON.stringify(file) }]);
  expect(loaded.ok ? [] : loaded.issues.slice(0, 3).map(formatIssue), `${what}: the graph file loads`).toEqual([]);
  return { ok: true };
}
const refused = (issue: CatalogueIssue, file: string): Outcome => {
  expect(issue.file, 'the refusal names the file').toBe(file);
  return { ok: false, message: `${issue.file}: ${issue.message}` };
};
const build = (collections: DpcCollection[], issues: CatalogueIssue[] = []) =>
  buildCatalogueGraph({ title: 'fuzz', collections, issues, filesRead: collections.length + issues.length }, survey, aliases).file;

describe("fuzz: catalogue importers, other tools' graphs", () => {
  afterAll(() => console.info(`fuzz summary (FUZZ_RUNS=${process.env.FUZZ_RUNS ?? 'default'}):\n${all.map(formatStats).join('\n')}`));

  it('Collection summary', { timeout: TIMEOUT }, async () => {
    await fuzz('Collection summary', summaryInput, (input) => {
      const r = readDpcSummary(input);
      return r.ok ? valid(build([r.collection]), input.file) : refused(r.issue, input.file);
    });
  });

  it('dataset card', { timeout: TIMEOUT }, async () => {
    await fuzz('dataset card', cardInput, (input) => {
      const r = readHfCard(input);
      return r.ok ? valid(build([{ file: input.file, name: r.entry.name, entries: [r.entry] }]), input.file) : refused(r.issue, input.file);
    });
  });

  it('catalogue build', { timeout: TIMEOUT }, async () => {
    const inputs = fc.array(fc.oneof(summaryInput, cardInput), { minLength: 1, maxLength: 5 });
    await fuzz('catalogue build', inputs, (files) => {
      const collections: DpcCollection[] = [];
      const issues: CatalogueIssue[] = [];
      for (const f of files) {
        const r = 'id' in f ? readHfCard(f) : readDpcSummary(f);
        if (!r.ok) issues.push(r.issue);
        else if ('entry' in r) collections.push({ file: f.file, name: r.entry.name, entries: [r.entry] });
        else collections.push(r.collection);
      }
      for (const i of issues) expect(files.map((f) => f.file)).toContain(i.file);
      return valid(build(collections, issues), 'the catalogue build');
    });
  });

  it('mapping step', { timeout: TIMEOUT }, async () => {
    await fuzz('mapping step', fc.tuple(foreignFiles, mappingText), ([files, mapText]) => {
      const read = readInputs(files);
      if (!read.ok) {
        expect(files.some((f) => read.message.startsWith(f.name)) || read.message.includes(', '), 'names the file').toBe(true);
        return { ok: false, message: read.message };
      }
      let mapping = guessMapping(read.inputs.map((i) => i.foreign));
      if (mapText !== 'guess') {
        const parsed = parseMapping(mapText);
        if (!parsed.ok) return { ok: false, message: `map.json: ${parsed.message}` };
        mapping = parsed.mapping;
      }
      const r = toGraphFile(read.inputs, mapping);
      for (const p of r.problems)
        expect(
          files.map((f) => f.name),
          'a problem names its file',
        ).toContain(p.file);
      return valid(r.graph, 'the mapped graph');
    });
  });
});
