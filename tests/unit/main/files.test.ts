// File operations against real temporary folders.
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, pushRecent, readGraphFile, readJsonStore, readViewFile, writeFileAtomic } from '../../../main/node/files';
import { miniText } from '../../fixtures/mini';

const tmp = () => mkdtempSync(join(tmpdir(), 'atlas-files-'));

describe('main/node/files.writeFileAtomic', () => {
  it('fails cleanly into a folder that does not exist', async () => {
    await expect(writeFileAtomic(join(tmp(), 'missing', 'x.json'), 'x')).rejects.toThrow(/ENOENT/);
  });
  it('replaces the file whole and leaves no temporary file behind', async () => {
    const dir = tmp();
    const path = join(dir, 'v.view.json');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, 'new contents');
    expect(readFileSync(path, 'utf8')).toBe('new contents');
    expect(readdirSync(dir)).toEqual(['v.view.json']);
  });
  it('keeps the old file when the write cannot happen', async () => {
    if (process.getuid?.() === 0) return; // root ignores folder permissions; the ENOENT case above covers failure
    const dir = tmp();
    const path = join(dir, 'keep.json');
    writeFileSync(path, 'old');
    chmodSync(dir, 0o500);
    await expect(writeFileAtomic(path, 'new')).rejects.toThrow();
    chmodSync(dir, 0o700);
    expect(readFileSync(path, 'utf8')).toBe('old');
  });
});

describe('main/node/files.readGraphFile', () => {
  it('names the file, the field path and what was expected for a broken graph', async () => {
    const path = join(tmp(), 'broken.json');
    writeFileSync(path, miniText().replace('"2023-03-13"', '"March 2023"'));
    const r = await readGraphFile(path);
    expect(r).toEqual({ ok: false, message: 'broken.json: nodes[1] (alpaca).released[0].value: a date as YYYY-MM or YYYY-MM-DD' });
  });
  it('refuses a missing file, a folder and an oversized file with a message', async () => {
    const dir = tmp();
    expect(await readGraphFile(join(dir, 'none.json'))).toMatchObject({ ok: false, message: expect.stringMatching(/none\.json: cannot be read \(ENOENT\)/) });
    expect(await readGraphFile(dir)).toMatchObject({ ok: false, message: expect.stringMatching(/not a file/) });
    const big = join(dir, 'big.json');
    writeFileSync(big, Buffer.alloc(MAX_FILE_BYTES + 1, 32));
    expect(await readGraphFile(big)).toMatchObject({ ok: false, message: expect.stringMatching(/larger than/) });
  });
  it('returns a valid graph file', async () => {
    const path = join(tmp(), 'mini.json');
    writeFileSync(path, miniText());
    expect(await readGraphFile(path)).toMatchObject({ ok: true, value: { name: 'mini.json', path } });
  });
});

describe('main/node/files.readViewFile', () => {
  it('rejects a non-view and reads a view with defaults filled', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.view.json'), '{"layout":"spiral"}');
    expect(await readViewFile(join(dir, 'bad.view.json'))).toMatchObject({ ok: false, message: expect.stringMatching(/not a Lineage Atlas view/) });
    writeFileSync(join(dir, 'x.view.json'), 'nope');
    expect(await readViewFile(join(dir, 'x.view.json'))).toMatchObject({ ok: false, message: expect.stringMatching(/not valid JSON/) });
    writeFileSync(join(dir, 'ok.view.json'), '{"layout":"timeline","focus":"alpaca"}');
    expect(await readViewFile(join(dir, 'ok.view.json'))).toMatchObject({ ok: true, value: { view: { layout: 'timeline', focus: 'alpaca', depth: 'all' } } });
  });
});

describe('main/node/files stores', () => {
  it('pushRecent puts the newest first, once, and caps the list', () => {
    expect(pushRecent(['a', 'b', 'c'], 'b')).toEqual(['b', 'a', 'c']);
    expect(pushRecent(['a', 'b'], 'z', 2)).toEqual(['z', 'a']);
  });
  it('readJsonStore falls back on a missing or broken store', async () => {
    const dir = tmp();
    const parse = (j: unknown) => (Array.isArray(j) ? (j as string[]) : null);
    expect(await readJsonStore(join(dir, 'none.json'), parse, ['x'])).toEqual(['x']);
    writeFileSync(join(dir, 'bad.json'), '{');
    expect(await readJsonStore(join(dir, 'bad.json'), parse, [])).toEqual([]);
    writeFileSync(join(dir, 'ok.json'), '["a"]');
    expect(await readJsonStore(join(dir, 'ok.json'), parse, [])).toEqual(['a']);
  });
});
