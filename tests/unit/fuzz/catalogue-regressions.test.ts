// fuzz/catalogue-regressions: what the fuzz suite found in the catalogue readers (Collection summaries, dataset cards)
// on 2026-12-02, kept as fixed cases. Each failed before its fix, but the last, which guards the alias limit.
import { describe, expect, it } from 'vitest';
import { buildCatalogueGraph } from '../../../src/import/catalogue/build';
import { isDpcSummary, readDpcSummary } from '../../../src/import/catalogue/dpc';
import { readHfCard } from '../../../src/import/catalogue/hf-card';
import { CATALOGUE_LIMITS } from '../../../src/import/limits';
import { LIMITS } from '../../../src/schema/text';
import { GraphFile } from '../../../src/schema/document';
import { loadGraph } from '../../../src/schema/read';

const cpuMs = () => (process.cpuUsage().user + process.cpuUsage().system) / 1000;
const summary = (entry: Record<string, unknown>) => JSON.stringify({ d1: { 'Dataset Name': 'D one', ...entry } });
const card = (frontMatter: string, id = 'x') => ({ id, file: `${id}/README.md`, text: `---\n${frontMatter}\n---\n# x\n` });
/** The graph file a read summary or card becomes must be valid. */
function builds(r: ReturnType<typeof readDpcSummary> | ReturnType<typeof readHfCard>) {
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  const collection = 'collection' in r ? r.collection : { file: r.entry.file, name: r.entry.name, entries: [r.entry] };
  const { file } = buildCatalogueGraph(
    { title: 't', collections: [collection], issues: [], filesRead: 1 },
    { nodes: [], edges: [], files: [] },
    [],
  );
  expect(GraphFile.safeParse(file).success).toBe(true);
  expect(loadGraph([{ file: 'l.json', text: JSON.stringify(file) }]).ok).toBe(true);
}

describe('fuzz regressions: Collection summaries', () => {
  it('takes a folder named like an Object.prototype member for no modality (its modality was a function)', () => {
    expect(isDpcSummary('constructor/x.json')).toBe(false);
    expect(isDpcSummary('data_summaries/x.json')).toBe(true);
    const r = readDpcSummary({ file: 'hasOwnProperty/x.json', text: summary({}) });
    expect(r.ok && r.collection.entries[0]!.modality).toBe('text');
    builds(r);
  });
  it('refuses a path whose address is too long to cite, and encodes a lone surrogate (encodeURIComponent threw)', () => {
    expect(readDpcSummary({ file: `data_summaries/${'é'.repeat(400)}.json`, text: summary({}) })).toEqual({
      ok: false,
      issue: {
        file: `data_summaries/${'é'.repeat(400)}.json`,
        message: 'its path cannot be cited as a web address of at most 2000 characters',
      },
    });
    builds(readDpcSummary({ file: 'data_summaries/a\ud800.json', text: summary({}) }));
  });
  it('leaves out a licence that is nothing once invisible characters are dropped (an empty claim was written)', () => {
    const r = readDpcSummary({ file: 'data_summaries/x.json', text: summary({ Licenses: [{ License: '\u200b\u200b' }] }) });
    expect(r.ok && r.collection.entries[0]!.licenses).toEqual([]);
    builds(r);
  });
  it('leaves out a creator that is nothing once invisible characters are dropped (found by the 100,000 run, seed 2026)', () => {
    const r = readDpcSummary({ file: 'data_summaries/x.json', text: summary({ Creators: ['\u200b', 'Databricks'] }) });
    expect(r.ok && r.collection.entries[0]!.creators).toEqual(['Databricks']);
    builds(r);
  });
  it("cites a dataset identifier of invisible characters by its key (U+FFFE in a collection's date rule; 100,000 run, seed 2026)", () => {
    const text = JSON.stringify({
      d1: { 'Unique Dataset Identifier': '\ufffe', 'Dataset Name': 'D one', 'Inferred Metadata': { 'PwC Date': '2020-10-10' } },
      d2: { 'Dataset Name': 'D two' },
    });
    const r = readDpcSummary({ file: 'data_summaries/x.json', text });
    expect(r.ok && r.collection.entries.map((e) => e.key)).toEqual(['d1', 'd2']);
    builds(r);
  });
  it('cuts a long name between characters, never inside a surrogate pair (a lone surrogate was written; 20,000 run, seed 2026)', () => {
    for (const pad of ['', 'a']) {
      const r = readDpcSummary({ file: 'data_summaries/x.json', text: summary({ 'Dataset Name': pad + '🢖'.repeat(LIMITS.label) }) });
      expect(r.ok && r.collection.entries[0]!.name.endsWith('…')).toBe(true);
      builds(r);
    }
  });
  it("keeps a Hugging Face id only in the schema's shape and length (a 5,000-character one wrote an invalid graph)", () => {
    const r = readDpcSummary({ file: 'data_summaries/x.json', text: summary({ 'Inferred Metadata': { 'HF Dataset': 'a'.repeat(5000) } }) });
    expect(r.ok && r.collection.entries[0]!.hfId).toBeUndefined();
    builds(r);
    const c = readHfCard(card('license: mit', 'a'.repeat(300)));
    expect(c.ok && c.entry.hfId).toBeUndefined();
    builds(c);
  });
  it('takes no size from a count of Infinity (1e999 in the file wrote a size the schema refuses)', () => {
    for (const entry of [{ 'Text Metrics': { 'Num Dialogs': '1e999' } }, { Hours: '1e999' }]) {
      const text = summary(entry).replace('"1e999"', '1e999');
      const r = readDpcSummary({ file: 'data_summaries-speech/x.json', text });
      expect(r.ok && r.collection.entries[0]!.size).toBeUndefined();
      builds(r);
    }
  });
  it('refuses a summary with no collection name and no file name (an unlabelled collection node was written)', () => {
    const text = JSON.stringify({ a: { 'Dataset Name': 'A' }, b: { 'Dataset Name': 'B' } });
    expect(readDpcSummary({ file: 'data_summaries/', text })).toEqual({
      ok: false,
      issue: { file: 'data_summaries/', message: 'no name: no entry has a "Collection" and the file has no name' },
    });
  });
  it('refuses a dataset id of millions of characters at once (each citation of it took seconds)', () => {
    const uid = 'x'.repeat(2_000_000);
    const t = cpuMs();
    const r = readDpcSummary({ file: 'data_summaries/x.json', text: summary({ 'Unique Dataset Identifier': uid }) });
    expect(cpuMs() - t).toBeLessThan(1000);
    expect(r).toMatchObject({
      ok: false,
      issue: { message: expect.stringMatching(/^dataset "x+…": its id has 2,000,000 characters \(at most 1,000\)$/) },
    });
  });
});

describe('fuzz regressions: dataset cards', () => {
  it.each([
    ['flow', `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'line 1'],
    ['block', Array.from({ length: 300 }, (_, i) => `${' '.repeat(i * 8)}- - - -`).join('\n'), 'line 31'],
    ['compact', `${'- '.repeat(3000)}x`, 'line 1'],
  ])('refuses %s nesting past the limit before the parser overflows the stack (10,000 levels crashed V8)', (_, fm, line) => {
    expect(readHfCard(card(fm))).toEqual({
      ok: false,
      issue: {
        file: 'x/README.md',
        message: `the front matter nests lists and mappings more than ${CATALOGUE_LIMITS.yamlDepth} deep (${line})`,
      },
    });
  });
  it('refuses a tag, printing nothing (each unknown tag printed a warning, and !!js/function became a licence)', () => {
    const warn = console.warn;
    const printed: unknown[] = [];
    console.warn = (...a: unknown[]) => void printed.push(a);
    try {
      expect(readHfCard(card('license: !!js/function "function(){ return 1 }"'))).toMatchObject({
        ok: false,
        issue: { message: 'the front matter is not read: it uses the tag !!js/function (line 1), and a dataset card is plain YAML' },
      });
      const t = cpuMs();
      expect(readHfCard(card(Array.from({ length: 20_000 }, (_, i) => `k${i}: !foo x`).join('\n'))).ok).toBe(false);
      expect(cpuMs() - t).toBeLessThan(1000);
    } finally {
      console.warn = warn;
    }
    expect(printed).toEqual([]);
  });
  it('reads 20,000 keys in linear time, and refuses a top-level key given twice (duplicates were checked pairwise)', () => {
    const t = cpuMs();
    expect(readHfCard(card(Array.from({ length: 20_000 }, (_, i) => `k${i}: x`).join('\n'))).ok).toBe(true);
    expect(cpuMs() - t).toBeLessThan(2000);
    expect(readHfCard(card('license: mit\nlicense: apache-2.0'))).toMatchObject({
      ok: false,
      issue: { message: 'the front matter is not read: the key "license" is there twice' },
    });
  });
  it('refuses a card with no name, and leaves out an empty licence (both wrote an invalid graph)', () => {
    expect(readHfCard(card('license: mit', '\u200b'))).toMatchObject({
      ok: false,
      issue: { message: 'no name: the card has no pretty_name, and its dataset id has no letters to name it by' },
    });
    const r = readHfCard(card('license: "\u200b"'));
    expect(r.ok && r.entry.licenses).toEqual([]);
    builds(r);
  });
  it('stops a billion-laughs alias bomb with the alias limit', () => {
    let y = 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 1; i < 10; i++)
      y += `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(',')}]\n`;
    expect(readHfCard(card(`${y}license: *a9`))).toMatchObject({
      ok: false,
      issue: { message: 'the front matter is not valid YAML: Excessive alias count indicates a resource exhaustion attack' },
    });
  });
});
