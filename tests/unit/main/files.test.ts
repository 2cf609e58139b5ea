// File operations against real temporary folders.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  MAX_FILE_BYTES,
  MAX_VIEW_BYTES,
  pushRecent,
  readGraphFile,
  readJsonStore,
  readViewFile,
  writeFileAtomic,
} from '../../../main/node/files';
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

describe('main/node/files.writeFileAtomic: names, leftovers, mode, links', () => {
  it('two saves in the same millisecond both succeed (no EEXIST)', async () => {
    const dir = tmp();
    const path = join(dir, 'same.json');
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    try {
      await Promise.all(Array.from({ length: 8 }, (_, i) => writeFileAtomic(path, `v${i}`)));
    } finally {
      now.mockRestore();
    }
    expect(readFileSync(path, 'utf8')).toMatch(/^v\d$/);
    expect(readdirSync(dir)).toEqual(['same.json']);
  });
  it("removes temporaries left by a writer that died, and keeps a live writer's", async () => {
    const dir = tmp();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(dir, `.x.json.${dead}.0123456789ab.tmp`), 'half');
    writeFileSync(join(dir, `.x.json.${process.ppid}.0123456789ab.tmp`), 'writing'); // alive (our parent)
    const old = join(dir, `.x.json.${process.ppid}.ba9876543210.tmp`);
    writeFileSync(old, 'pid reused, hours old');
    utimesSync(old, new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000));
    writeFileSync(join(dir, `.other.json.${dead}.0123456789ab.tmp`), "another file's");
    await writeFileAtomic(join(dir, 'x.json'), 'new');
    expect(readdirSync(dir).sort()).toEqual([`.other.json.${dead}.0123456789ab.tmp`, `.x.json.${process.ppid}.0123456789ab.tmp`, 'x.json']);
  });
  it('keeps the mode of the file it replaces', async () => {
    const dir = tmp();
    const path = join(dir, 'secret.json');
    writeFileSync(path, 'old');
    chmodSync(path, 0o600);
    await writeFileAtomic(path, 'new');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    chmodSync(path, 0o664);
    await writeFileAtomic(path, 'newer');
    expect(statSync(path).mode & 0o777).toBe(0o664);
  });
  it('follows a symbolic link, even a dangling one, and leaves the link a link', async () => {
    const dir = tmp();
    const real = join(dir, 'real.json');
    writeFileSync(real, 'old');
    symlinkSync('real.json', join(dir, 'link.json'));
    await writeFileAtomic(join(dir, 'link.json'), 'through the link');
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('through the link');
    symlinkSync('later.json', join(dir, 'dangling.json'));
    await writeFileAtomic(join(dir, 'dangling.json'), 'created');
    expect(readlinkSync(join(dir, 'dangling.json'))).toBe('later.json');
    expect(readFileSync(join(dir, 'later.json'), 'utf8')).toBe('created');
  });
});

describe('main/node/files.readGraphFile', () => {
  it('reads text it does not parse: the page names the field path of a broken graph', async () => {
    const path = join(tmp(), 'broken.json');
    const text = miniText().replace('"2023-03-13"', '"March 2023"');
    writeFileSync(path, text);
    expect(await readGraphFile(path)).toEqual({ ok: true, value: { name: 'broken.json', path, text } });
  });
  it('refuses a missing file, a folder and an oversized file with a message', async () => {
    const dir = tmp();
    expect(await readGraphFile(join(dir, 'none.json'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/none\.json: cannot be read \(ENOENT\)/),
    });
    expect(await readGraphFile(dir)).toMatchObject({ ok: false, message: expect.stringMatching(/not a file/) });
    const big = join(dir, 'big.json');
    writeFileSync(big, Buffer.alloc(MAX_FILE_BYTES + 1, 32));
    expect(await readGraphFile(big)).toEqual({ ok: false, message: 'big.json: 50.1 MB is larger than the 50 MB a graph file may be' });
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
    expect(await readViewFile(join(dir, 'bad.view.json'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a Lineage Atlas view/),
    });
    writeFileSync(join(dir, 'x.view.json'), 'nope');
    expect(await readViewFile(join(dir, 'x.view.json'))).toMatchObject({ ok: false, message: expect.stringMatching(/not valid JSON/) });
    writeFileSync(join(dir, 'big.view.json'), Buffer.alloc(MAX_VIEW_BYTES + 1, 32));
    expect(await readViewFile(join(dir, 'big.view.json'))).toEqual({
      ok: false,
      message: 'big.view.json: 2.1 MB is larger than the 2 MB a view file may be',
    });
    writeFileSync(join(dir, 'ok.view.json'), '{"layout":"timeline","focus":"alpaca"}');
    expect(await readViewFile(join(dir, 'ok.view.json'))).toMatchObject({
      ok: true,
      value: { view: { layout: 'timeline', focus: 'alpaca', depth: 'all' } },
    });
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
