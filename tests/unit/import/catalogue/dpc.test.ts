// The Data Provenance Collection importer over the whole shared snapshot (read from ../shared, never copied into
// the repository): counts, merging with the survey graph, and a corrupted summary reported while the rest imports.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAliases, readDpcCheckout } from '../../../../main/node/catalogue';
import { loadGraphFolder } from '../../../../main/node/graph-data';
import { buildCatalogueGraph, type ImportReport } from '../../../../src/import/catalogue/build';
import { normaliseName } from '../../../../src/import/catalogue/entry';
import type { GraphDocument, GraphFile } from '../../../../src/schema/document';
import { GraphFile as GraphFileSchema } from '../../../../src/schema/document';
import { loadGraph } from '../../../../src/schema/read';

const SNAPSHOT = join(__dirname, '../../../../../shared/catalogues/data-provenance-collection');
const GRAPH_DATA = join(__dirname, '../../../../graph-data');
const FOLDERS = ['data_summaries', 'data_summaries-speech', 'data_summaries-video'];

/** Counted with plain JSON.parse, independently of the importer. */
function snapshotCounts() {
  let files = 0;
  let entries = 0;
  for (const f of FOLDERS)
    for (const n of readdirSync(join(SNAPSHOT, f)).filter((n) => n.endsWith('.json') && !n.startsWith('_'))) {
      files++;
      entries += Object.keys(JSON.parse(readFileSync(join(SNAPSHOT, f, n), 'utf8'))).length;
    }
  return { files, entries };
}

/** Survey datasets the Collection holds (checked by hand: the summary's name, Hugging Face id or repository). */
const HELD = [
  'alpaca',
  'alpaca-gpt4',
  'baize',
  'chatbot-arena-conversations',
  'code-alpaca',
  'coig',
  'dolly-15k',
  'flan-2021',
  'helpsteer',
  'hh-rlhf',
  'lima',
  'mathinstruct',
  'metamathqa',
  'no-robots',
  'oasst1',
  'oig',
  'open-platypus',
  'p3',
  'self-instruct',
  'shp',
  'super-natural-instructions',
  'ultrachat',
  'unnatural-instructions',
];

let survey: GraphDocument;
let file: GraphFile;
let report: ImportReport;
let ms: number;

beforeAll(async () => {
  const s = await loadGraphFolder(GRAPH_DATA);
  if (!s.ok) throw new Error('survey graph invalid');
  survey = s.document;
  const started = performance.now();
  const read = await readDpcCheckout(SNAPSHOT, 'ce6662deccf011574427b6f112df479d261960b8');
  ({ file, report } = buildCatalogueGraph({ title: 'DPC', ...read }, survey, await readAliases(GRAPH_DATA)));
  ms = performance.now() - started;
}, 120_000);

describe('import/catalogue: the whole Data Provenance Collection', () => {
  it('reads every summary and every entry', () => {
    const c = snapshotCounts();
    expect(report.issues).toEqual([]);
    expect(report.filesRead).toBe(c.files);
    expect(report.entriesRead).toBe(c.entries);
    expect(c.entries).toBe(2511);
    console.log(
      `DPC import: ${Math.round(ms)} ms; ${file.nodes.length} nodes, ${file.edges.length} edges`,
      report.nodesCreated,
      report.derivedFrom,
    );
  });

  it('writes a graph file that parses and passes the cross-checks on its own', () => {
    expect(GraphFileSchema.safeParse(file).success).toBe(true);
    const r = loadGraph([{ file: 'dpc.json', text: JSON.stringify(file) }]);
    expect(r.ok).toBe(true);
  });

  it('counts what it created, resolved and left as free text', () => {
    const kinds = (k: string) => file.nodes.filter((n) => n.kind === k).length;
    const surveyIds = new Set(survey.nodes.map((n) => n.id));
    const created = (k: string) => file.nodes.filter((n) => n.kind === k && !surveyIds.has(n.id)).length;
    expect(report.nodesCreated.datasets + report.nodesCreated.collections).toBe(created('dataset'));
    expect(report.nodesCreated.sources).toBe(created('source'));
    expect(report.nodesCreated.references).toBe(kinds('reference'));
    expect(report.derivedFrom.resolved + report.derivedFrom.freeText).toBe(report.derivedFrom.names);
    expect(report.derivedFrom.resolved).toBeGreaterThan(0);
    expect(report.proposed.length).toBeGreaterThan(0);
  });

  it('merges every survey dataset the Collection holds, and duplicates none', () => {
    const merged = new Set(report.mergedWithSurvey.map((m) => m.id));
    for (const id of HELD) expect(merged, id).toContain(id);
    // no imported dataset under another id carries a merged dataset's name (subsets share its homepage, rightly)
    const mergedNames = new Set(HELD.map((id) => normaliseName(survey.nodes.find((n) => n.id === id)!.label)));
    const dupes = file.nodes.filter((n) => n.kind === 'dataset' && !HELD.includes(n.id) && mergedNames.has(normaliseName(n.label)));
    expect(dupes.map((n) => n.id)).toEqual([]);
  });

  it("records the Collection's name of a merged dataset only where it is another name, not the survey's in other case", () => {
    const alpaca = file.nodes.find((n) => n.id === 'alpaca')!;
    // The Collection writes "alpaca": the survey's "Alpaca" in lower case, so no second name and no disagreement.
    expect(alpaca.label).toBe('Alpaca');
    expect(alpaca.recordedAliases ?? []).toEqual([]);
    const others = file.nodes.filter((n) => HELD.includes(n.id) && n.recordedAliases?.length);
    expect(others.length).toBeGreaterThan(0);
    for (const n of others)
      for (const a of n.recordedAliases!)
        expect(a.name.toLowerCase()).not.toBe(survey.nodes.find((x) => x.id === n.id)!.label.toLowerCase());
  });

  it('keeps the four dates, each with its field name as provenance', () => {
    const alpaca = file.nodes.find((n) => n.id === 'alpaca');
    expect(alpaca?.kind).toBe('dataset');
    if (alpaca?.kind !== 'dataset') return;
    expect(alpaca.released?.[0]).toMatchObject({ value: '2023-03-13', dateKind: 'first-commit' });
    const cite = alpaca.released![0]!.provenance[0]!;
    expect(cite).toMatchObject({ kind: 'url', field: 'alpaca: Inferred Metadata.HF Date' });
    expect(cite.kind === 'url' && cite.url).toContain('/blob/ce6662deccf011574427b6f112df479d261960b8/data_summaries/Alpaca.json');
    expect(alpaca.license?.[0]?.value).toBe('OpenAI AND CC-BY-NC-4.0');
    expect(alpaca.hfId?.[0]?.value).toBe('tatsu-lab/alpaca');
    expect(alpaca.size?.[0]?.value).toEqual({ value: 52002, unit: 'instances', counts: 'dialogs' });
    expect(file.edges).toContainEqual(expect.objectContaining({ source: 'alpaca', kind: 'generated-by' }));
  });

  it('marks every inferred taxonomy value with its rule', () => {
    const datasets = file.nodes.filter((n) => n.kind === 'dataset' && n.taxonomy.inferred);
    expect(datasets.length).toBeGreaterThan(2000);
    for (const d of datasets.slice(0, 200))
      if (d.kind === 'dataset') {
        const facets = d.taxonomy.inferred!.map((i) => i.facet);
        expect(facets).toContain('purpose');
        expect(facets).toContain('modality');
        if (d.taxonomy.generation) expect(facets).toContain('generation');
      }
    const speech = file.nodes.filter((n) => n.kind === 'dataset' && n.taxonomy.modality.includes('speech'));
    expect(speech.length).toBeGreaterThanOrEqual(92);
  });

  it('reports a corrupted summary with its file and the parser message, and imports the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-dpc-'));
    for (const f of FOLDERS) cpSync(join(SNAPSHOT, f), join(dir, f), { recursive: true });
    writeFileSync(join(dir, 'data_summaries', 'Alpaca.json'), '{"alpaca": {"Dataset Name": "alpaca",');
    const read = await readDpcCheckout(dir);
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0]!.file).toBe('data_summaries/Alpaca.json');
    expect(read.issues[0]!.message).toMatch(/^not valid JSON \(.+\)/);
    const r = buildCatalogueGraph({ title: 'DPC', ...read }, survey, []);
    expect(r.report.entriesRead).toBe(snapshotCounts().entries - 1);
    expect(r.report.issues).toHaveLength(1);
  }, 120_000);
});
