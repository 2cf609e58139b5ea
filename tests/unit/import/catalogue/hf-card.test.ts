// Hugging Face dataset cards: the 40 fixture cards (read from ../shared), old and new keys, per-config language
// dictionaries, source_datasets, and broken cards reported with their file.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCardFiles } from '../../../../main/node/catalogue';
import { loadGraphFolder } from '../../../../main/node/graph-data';
import { buildCatalogueGraph } from '../../../../src/import/catalogue/build';
import { readHfCard } from '../../../../src/import/catalogue/hf-card';
import type { GraphDocument } from '../../../../src/schema/document';
import { loadGraph } from '../../../../src/schema/read';

const CARDS = join(__dirname, '../../../../../shared/fixtures/hf-cards');
let survey: GraphDocument;
beforeAll(async () => {
  const s = await loadGraphFolder(join(__dirname, '../../../../graph-data'));
  if (!s.ok) throw new Error('survey graph invalid');
  survey = s.document;
});

describe('import/catalogue/hf-card', () => {
  it('reports a card without front matter, with broken YAML, or with an empty block', () => {
    expect(readHfCard({ id: 'x', file: 'x/README.md', text: '# no front matter' })).toMatchObject({
      ok: false,
      issue: { file: 'x/README.md' },
    });
    const bad = readHfCard({ id: 'x', file: 'x/README.md', text: '---\nlicense: [mit\n---\n' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issue.message).toMatch(/^the front matter is not valid YAML: /);
    expect(readHfCard({ id: 'x', file: 'x/README.md', text: '---\n---\n' })).toMatchObject({
      ok: false,
      issue: { message: 'the front matter is empty' },
    });
  });

  it('reads the old keys nested under tags, and source_datasets', () => {
    const r = readHfCard({
      id: 'snli',
      file: 'snli/README.md',
      text: '---\ntags:\n- licenses:\n  - cc-by-nc-4.0\n  languages:\n  - en\n  source_datasets:\n  - original\n  - extended|flickr30k\n---\n',
    });
    expect(r.ok && r.entry).toMatchObject({
      licenses: [{ value: 'CC-BY-NC-4.0' }],
      languages: ['en'],
      derivedFrom: ['extended|flickr30k'],
    });
  });

  it('imports the fixture cards: per-config languages, extended|name resolved to the other card', async () => {
    const read = await readCardFiles(CARDS);
    expect(read.filesRead).toBe(40);
    expect(read.issues).toEqual([{ file: 'xnli/README.md', message: 'the front matter is empty' }]);
    const { file, report } = buildCatalogueGraph({ title: 'cards', ...read }, survey, []);
    expect(report.entriesRead).toBe(39);
    expect(loadGraph([{ file: 'cards.json', text: JSON.stringify(file) }]).ok).toBe(true);
    const xquadR = file.nodes.find((n) => n.label === 'xquad_r' || n.id === 'xquad-r');
    expect(xquadR?.kind === 'dataset' && xquadR.languages?.[0]?.value).toEqual([
      'ar',
      'de',
      'el',
      'en',
      'es',
      'hi',
      'ru',
      'th',
      'tr',
      'vi',
      'zh',
    ]);
    // squad_es is `extended|squad`: an edge to the squad card's node, not a free-text source
    const squadEs = file.nodes.find((n) => n.id === 'squad-es')!;
    const squad = file.nodes.find((n) => n.id === 'squad')!;
    expect(file.edges).toContainEqual(expect.objectContaining({ source: squadEs.id, kind: 'derived-from', target: squad.id }));
    expect(report.derivedFrom.resolved + report.derivedFrom.freeText).toBe(report.derivedFrom.names);
  });

  it('reports a corrupted card among good ones and imports the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-cards-'));
    for (const [id, text] of [
      ['good', '---\nlicense: mit\nlanguage: [fr]\n---\n'],
      ['broken', '---\nlicense: mit\n  language: : [\n---\n'],
    ]) {
      mkdirSync(join(dir, id!));
      writeFileSync(join(dir, id!, 'README.md'), text!);
    }
    const read = await readCardFiles(dir);
    expect(read.issues.map((i) => i.file)).toEqual(['broken/README.md']);
    expect(read.collections.map((c) => c.entries[0]!.key)).toEqual(['good']);
  });
});
