// Picking a catalogue (issue 12): a folder or files, given as paths and bytes (the page's folder input, or main's
// folder dialog), read as the catalogue they are; main reads only the summaries and cards in what was picked.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, type Dialogs } from '../../../../main/handlers';
import { catalogueFilesIn, readDpcCheckout, readPickedFolder } from '../../../../main/node/catalogue';
import { cardIdOf, catalogueKindOf, isCatalogueFilePath, readPickedCatalogue } from '../../../../src/import/catalogue/files';

const SNAPSHOT = join(__dirname, '../../../../../shared/catalogues/data-provenance-collection');
const CARDS = join(__dirname, '../../../../../shared/fixtures/hf-cards');
const bytes = (s: string) => new TextEncoder().encode(s) as Uint8Array<ArrayBuffer>;

function handlersPicking(folder: string | null, hub = async (id: string) => ({ ok: false as const, message: `no ${id}` })) {
  const asked: string[] = [];
  const dialogs: Dialogs = {
    open: async () => null,
    save: async () => null,
    openFolder: async (o) => (asked.push(o.title), folder),
  };
  return { h: createHandlers(dialogs, { list: () => [], set: async () => undefined }, () => tmpdir(), hub), asked };
}

describe('import/catalogue/files', () => {
  it('refuses what is neither a checkout nor cards, and says which it looked for', () => {
    expect(readPickedCatalogue([])).toMatchObject({
      ok: false,
      message: /neither a Data Provenance Collection checkout .* nor dataset cards/,
    });
    expect(readPickedCatalogue([{ path: 'x/notes.json', bytes: bytes('{}') }]).ok).toBe(false);
    expect(catalogueKindOf(['dpc/data_summaries/_template.json'])).toBeUndefined();
  });

  it('tells a checkout from cards, and takes only the files an importer reads', () => {
    expect(catalogueKindOf(['dpc/README.md', 'dpc/data_summaries/Alpaca.json'])).toBe('dpc');
    expect(catalogueKindOf(['cards/snli/README.md'])).toBe('cards');
    expect(isCatalogueFilePath('dpc/data_summaries-speech/AMI.json')).toBe(true);
    expect(isCatalogueFilePath('dpc/constants/creator_groups.json')).toBe(false);
    expect(isCatalogueFilePath('dpc/.git/objects/ab/README.md')).toBe(false);
    expect(cardIdOf('hf-cards/tatsu-lab__alpaca/README.md')).toBe('tatsu-lab/alpaca');
    expect(cardIdOf('README.md', 'snli')).toBe('snli');
  });

  it('reads a corrupted summary as an issue naming it, and the rest', () => {
    const r = readPickedCatalogue([
      { path: 'c/data_summaries/Good.json', bytes: bytes('{"g": {"Dataset Name": "Good one", "Collection": "Good"}}') },
      { path: 'c/data_summaries/Bad.json', bytes: bytes('{"b": ') },
      { path: 'c/data_summaries/Latin1.json', bytes: new Uint8Array([0x7b, 0xe9, 0x7d]) as Uint8Array<ArrayBuffer> },
    ]);
    expect(r.ok && r.kind).toBe('dpc');
    if (!r.ok) return;
    expect(r.input.filesRead).toBe(3);
    expect(r.input.collections.map((c) => c.name)).toEqual(['Good']);
    expect(r.input.issues.map((i) => i.file)).toEqual(['data_summaries/Bad.json', 'data_summaries/Latin1.json']);
  });
});

describe('main/node/catalogue: a picked folder', () => {
  it('lists only the summaries and cards of a folder, never deeper or anything else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-pick-'));
    mkdirSync(join(dir, 'data_summaries'));
    mkdirSync(join(dir, 'constants'));
    mkdirSync(join(dir, 'snli', 'deeper'), { recursive: true });
    for (const f of [
      'README.md',
      'data_summaries/A.json',
      'data_summaries/notes.txt',
      'constants/x.json',
      'snli/README.md',
      'snli/deeper/README.md',
    ])
      writeFileSync(join(dir, f), '{}');
    expect(await catalogueFilesIn(dir)).toEqual(['README.md', 'data_summaries/A.json', 'snli/README.md']);
  });

  it('reads the whole snapshot picked as a folder exactly as the command line reads the checkout', async () => {
    const picked = await readPickedFolder(SNAPSHOT);
    expect(picked.every((f) => f.path.startsWith('data-provenance-collection/'))).toBe(true);
    const r = readPickedCatalogue(picked);
    const cli = await readDpcCheckout(SNAPSHOT, 'ce6662deccf011574427b6f112df479d261960b8');
    expect(r.ok && r.kind).toBe('dpc');
    if (!r.ok) return;
    expect(r.input.filesRead).toBe(cli.filesRead);
    expect(r.input.collections.flatMap((c) => c.entries).length).toBe(cli.collections.flatMap((c) => c.entries).length);
    // The snapshot's README names its commit: the citations point at it.
    expect(r.input.collections[0]!.entries[0]!.cite('x')).toMatchObject({
      url: expect.stringContaining('/blob/ce6662deccf011574427b6f112df479d261960b8/'),
    });
  }, 60_000);

  it('catalogue:pick reads only the folder the user picks; cancelling is no error', async () => {
    expect(await handlersPicking(null).h['catalogue:pick']({})).toEqual({ ok: true, value: null });
    const { h, asked } = handlersPicking(CARDS);
    const r = await h['catalogue:pick']({});
    expect(asked).toHaveLength(1);
    expect(r.ok && r.value && r.value.name).toBe('hf-cards');
    // The 40 cards and the folder's own README.md, which is not a card.
    expect(r.ok && r.value && r.value.files.length).toBe(41);
    const read = r.ok && r.value ? readPickedCatalogue(r.value.files) : undefined;
    expect(read?.ok && read.kind).toBe('cards');
    expect(read?.ok && read.input.filesRead).toBe(40);
    expect(read?.ok && read.input.issues).toEqual([{ file: 'hf-cards/xnli/README.md', message: 'the front matter is empty' }]);
  });

  it('hub:card hands the id to the Hub fetch, trimmed', async () => {
    const seen: string[] = [];
    const { h } = handlersPicking(null, async (id) => (seen.push(id), { ok: false as const, message: 'offline' }));
    expect(await h['hub:card']({ id: ' tatsu-lab/alpaca ' })).toEqual({ ok: false, message: 'offline' });
    expect(seen).toEqual(['tatsu-lab/alpaca']);
  });
});
