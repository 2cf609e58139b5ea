// main/node/catalogue's reading of a picked folder within its limits: a file refused for its size is never read, so
// it does not count toward the 500 MB the files read may come to; the rest is read.
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDpcCheckout, readListed } from '../../../main/node/catalogue';

const summary = (id: string) =>
  JSON.stringify({ [id]: { 'Unique Dataset Identifier': id, 'Dataset Name': id, Collection: 'Tiny', Licenses: [{ License: 'MIT' }] } });

describe('main/node/catalogue: reading within limits', () => {
  it('reads the files under the total beside one refused for its size (a sparse 600 MB file, never read)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-limits-'));
    mkdirSync(join(dir, 'data_summaries'));
    writeFileSync(join(dir, 'data_summaries', 'a.json'), summary('tiny-a'));
    writeFileSync(join(dir, 'data_summaries', 'b.json'), summary('tiny-b'));
    // Sparse: 600 MB by its size on disk, no block written. Over the 20 MB per file, and alone over the 500 MB total.
    writeFileSync(join(dir, 'data_summaries', 'huge.json'), '');
    truncateSync(join(dir, 'data_summaries', 'huge.json'), 600 * 1024 * 1024);

    const listed = await readListed(dir, ['data_summaries/a.json', 'data_summaries/b.json', 'data_summaries/huge.json']);
    expect(listed.files.map((f) => f.path)).toEqual(['data_summaries/a.json', 'data_summaries/b.json']);
    expect(listed.issues).toEqual([
      {
        file: 'data_summaries/huge.json',
        message: expect.stringMatching(/^a file of 629.2 MB: the atlas reads catalogue files up to 20 MB$/),
      },
    ]);

    const r = await readDpcCheckout(dir);
    expect(r.collections.flatMap((c) => c.entries.map((e) => e.key))).toEqual(['tiny-a', 'tiny-b']);
    expect(r.issues.map((i) => i.file)).toEqual(['data_summaries/huge.json']);
  });
});
