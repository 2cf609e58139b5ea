// The catalogue readers' limits (issue 17): a folder of 100,000 summaries (main/node/catalogue's PICK_LIMITS), a 50 MB
// card, an import past its datasets, a summary past its size or its datasets, and YAML past its size: each refused
// quickly, naming the file and the limit.
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCardFiles, readDpcCheckout } from '../../../main/node/catalogue';
import { readDpcSummary } from '../../../src/import/catalogue/dpc';
import { readHfCard } from '../../../src/import/catalogue/hf-card';
import { CATALOGUE_LIMITS } from '../../../src/import/limits';

const root = mkdtempSync(join(tmpdir(), 'atlas-limits-'));
afterAll(() => rmSync(root, { recursive: true, force: true }), 120_000);
const cpuMs = () => (process.cpuUsage().user + process.cpuUsage().system) / 1000;
const summaryOf = (n: number, prefix = 'd') =>
  JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, { 'Dataset Name': `${prefix} ${i}` }])));

describe('catalogue limits', () => {
  it('refuses a checkout of 100,000 summaries before reading one, naming the folder and the limit', { timeout: 120_000 }, async () => {
    const dir = join(root, 'many');
    mkdirSync(join(dir, 'data_summaries'), { recursive: true });
    for (let i = 0; i < 100_000; i++) writeFileSync(join(dir, 'data_summaries', `s${i}.json`), '');
    const t = cpuMs();
    await expect(readDpcCheckout(dir)).rejects.toThrow(/^many holds 100000 catalogue files; at most 20000 are read$/);
    expect(cpuMs() - t).toBeLessThan(10_000);
  });

  it('refuses a 50 MB card by its length before the YAML parser sees it, on disk and as text', async () => {
    const dir = join(root, 'cards');
    mkdirSync(join(dir, 'huge'), { recursive: true });
    mkdirSync(join(dir, 'small'), { recursive: true });
    writeFileSync(join(dir, 'huge', 'README.md'), '---\n');
    truncateSync(join(dir, 'huge', 'README.md'), 50_000_000); // sparse: 50 MB read back, nothing written to disk
    writeFileSync(join(dir, 'small', 'README.md'), '---\nlicense: mit\n---\n');
    const r = await readCardFiles(dir);
    expect(r.issues).toEqual([
      { file: 'huge/README.md', message: 'the card has 50,000,000 characters, more than the 5,000,000 the atlas reads' },
    ]);
    expect(r.collections.map((c) => c.file)).toEqual(['small/README.md']);
    const t = cpuMs();
    expect(readHfCard({ id: 'huge', file: 'huge/README.md', text: `---\n${'a'.repeat(50_000_000)}` })).toEqual({
      ok: false,
      issue: { file: 'huge/README.md', message: 'the card has 50,000,004 characters, more than the 5,000,000 the atlas reads' },
    });
    expect(readHfCard({ id: 'x', file: 'x/README.md', text: `---\nx: ${'a'.repeat(600_000)}\n---\n` })).toMatchObject({
      issue: { message: 'the front matter has 600,003 characters, more than the 500,000 the atlas reads' },
    });
    expect(cpuMs() - t).toBeLessThan(2_000);
  });

  it('stops an import past its datasets at the file that passes the limit, keeping what came before', { timeout: 120_000 }, async () => {
    const dir = join(root, 'entries');
    mkdirSync(join(dir, 'data_summaries'), { recursive: true });
    for (const n of ['a', 'b', 'c']) writeFileSync(join(dir, 'data_summaries', `${n}.json`), summaryOf(CATALOGUE_LIMITS.summaryEntries, n));
    const r = await readDpcCheckout(dir);
    expect(r.collections.map((c) => c.file)).toEqual(['data_summaries/a.json', 'data_summaries/b.json']);
    expect(r.issues).toEqual([
      {
        file: 'data_summaries/c.json',
        message: 'more than 50,000 datasets in one import: this file and the ones after it were not read',
      },
    ]);
  });

  it('refuses a summary past its datasets or its characters, naming the limit', () => {
    expect(readDpcSummary({ file: 'data_summaries/x.json', text: summaryOf(CATALOGUE_LIMITS.summaryEntries + 1) })).toEqual({
      ok: false,
      issue: { file: 'data_summaries/x.json', message: '20,001 datasets, more than the 20,000 the atlas reads from one summary' },
    });
    const big = `{"a":{"Dataset Name":"${'x'.repeat(CATALOGUE_LIMITS.summaryChars)}"}}`;
    expect(readDpcSummary({ file: 'data_summaries/x.json', text: big })).toEqual({
      ok: false,
      issue: { file: 'data_summaries/x.json', message: 'the summary has 20,000,025 characters, more than the 20,000,000 the atlas reads' },
    });
    const deep = `{"a":{"Dataset Name":"x","Languages":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    expect(readDpcSummary({ file: 'data_summaries/x.json', text: deep })).toMatchObject({
      ok: false,
      issue: { message: 'arrays and objects nested more than 64 deep (at character 100)' },
    });
  });
});
