// Encodings (issue 17): a UTF-8 BOM is accepted on every path, UTF-16 and UTF-32 are named, bytes that are not
// UTF-8 (Latin-1) are refused with their place, never read as replacement characters.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGraphFile, readViewFile } from '../../../main/node/files';
import { loadGraphFolder } from '../../../main/node/graph-data';
import { formatMegabytes } from '../../../src/schema/limits';
import { decodeText, firstInvalidUtf8 } from '../../../src/import/text';
import { loadGraph } from '../../../src/import/load';
import { miniText } from '../../fixtures/mini';

const tmp = () => mkdtempSync(join(tmpdir(), 'atlas-enc-'));
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const utf16le = (s: string, bom = true) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(s, 'utf16le')]);

describe('import/text.decodeText', () => {
  it('skips a UTF-8 BOM and keeps every other character', () => {
    expect(decodeText(Buffer.concat([BOM, Buffer.from('{"a":"é😀"}')]))).toEqual({ ok: true, text: '{"a":"é😀"}' });
  });
  it('names UTF-16 and UTF-32, with or without a BOM', () => {
    expect(decodeText(utf16le('{"a":1}'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^the file is in UTF-16 \(little-endian\); save it as UTF-8/),
    });
    expect(decodeText(utf16le('{"a":1}', false))).toMatchObject({ ok: false, message: expect.stringMatching(/UTF-16 \(little-endian\)/) });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('{}', 'utf16le').swap16()]))).toMatchObject({
      message: expect.stringMatching(/UTF-16 \(big-endian\)/),
    });
    expect(decodeText(Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]))).toMatchObject({
      message: expect.stringMatching(/UTF-32 \(little-endian\)/),
    });
  });
  it('refuses Latin-1 by name, with the byte and its line', () => {
    expect(decodeText(Buffer.from('{\n"label": "Caf\xe9"}', 'latin1'))).toEqual({
      ok: false,
      message:
        'not UTF-8 text: byte 0xE9 at line 2 (byte 15) is not UTF-8 (a Latin-1 or Windows-1252 file?); save it as UTF-8 and open it again',
    });
  });
  it('finds overlong forms, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from('aé€😀'))).toBe(-1);
  });
});

describe('every path accepts a BOM and names an encoding', () => {
  it('the core loader takes text that still starts with a BOM', () => {
    expect(loadGraph([{ file: 'g.json', text: `\ufeff${miniText()}` }]).ok).toBe(true);
  });
  it('the desktop opens a graph or view with a BOM, and refuses UTF-16 and Latin-1 by name', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bom.json'), Buffer.concat([BOM, Buffer.from(miniText())]));
    expect(await readGraphFile(join(dir, 'bom.json'))).toMatchObject({ ok: true, value: { text: miniText() } });
    writeFileSync(join(dir, 'v.view.json'), Buffer.concat([BOM, Buffer.from('{"layout":"timeline"}')]));
    expect(await readViewFile(join(dir, 'v.view.json'))).toMatchObject({ ok: true });
    writeFileSync(join(dir, 'wide.json'), utf16le(miniText()));
    expect(await readGraphFile(join(dir, 'wide.json'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^wide\.json: the file is in UTF-16/),
    });
    writeFileSync(join(dir, 'latin.json'), Buffer.from(miniText().replace('Alpaca', 'Alpac\xe1'), 'latin1'));
    expect(await readGraphFile(join(dir, 'latin.json'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^latin\.json: not UTF-8 text: byte 0x[0-9A-F]{2} at line 1 \(byte \d+\)/),
    });
  });
  it('the folder loader (validator, CLI) accepts a BOM and names the file that is not UTF-8', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.json'), Buffer.concat([BOM, Buffer.from(miniText())]));
    expect((await loadGraphFolder(dir, dir)).ok).toBe(true);
    writeFileSync(join(dir, 'b.json'), utf16le('{}'));
    expect(await loadGraphFolder(dir, dir)).toEqual({
      ok: false,
      issues: [{ file: 'b.json', path: '', message: expect.stringMatching(/UTF-16/) }],
    });
  });
});

describe('schema/limits.formatMegabytes', () => {
  it('writes sizes plainly', () => {
    expect(formatMegabytes(50 * 1024 * 1024)).toBe('52.4 MB');
    expect(formatMegabytes(50_000_001, 'up')).toBe('50.1 MB');
    expect(formatMegabytes(37_000_000)).toBe('37 MB');
    expect(formatMegabytes(1_500)).toBe('1.5 KB');
    expect(formatMegabytes(1)).toBe('1 byte');
  });
});

describe('main/node/graph-data.loadGraphFolderPartial', () => {
  it('loads the valid files of a folder and names the one that is not UTF-8', async () => {
    const { loadGraphFolderPartial } = await import('../../../main/node/graph-data');
    const dir = tmp();
    writeFileSync(join(dir, 'a.json'), miniText());
    writeFileSync(join(dir, 'b.json'), utf16le('{}'));
    const r = await loadGraphFolderPartial(dir, dir);
    expect(r.document?.files).toEqual(['a.json']);
    expect(r.failed).toEqual([{ file: 'b.json', issues: [{ file: 'b.json', path: '', message: expect.stringMatching(/UTF-16/) }] }]);
  });
});
