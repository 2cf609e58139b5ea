// Fetching a dataset card from the Hub (main/node/hub) against a local HTTP server serving the shared fixture cards:
// nothing here reaches the internet. Other hosts and schemes are refused before any request.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOrigin, fetchHubCard, HUB_ORIGIN, hubReadmeUrl, isHubDatasetId } from '../../../main/node/hub';
import { handleImport } from '../../../renderer/catalogue/protocol';
import { loadGraphFolder } from '../../../main/node/graph-data';
import { readAliases } from '../../../main/node/catalogue';

const CARDS = join(__dirname, '../../../../shared/fixtures/hf-cards');
const GRAPH_DATA = join(__dirname, '../../../graph-data');
let server: Server;
let base: string;
const asked: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    asked.push(req.url ?? '');
    const m = /^\/datasets\/([^/]+(?:\/[^/]+)?)\/raw\/main\/README\.md$/.exec(req.url ?? '');
    const id = m ? decodeURIComponent(m[1]!) : '';
    if (id === 'moved') return void res.writeHead(307, { location: '/datasets/snli/raw/main/README.md' }).end();
    if (id === 'elsewhere') return void res.writeHead(302, { location: 'https://example.com/README.md' }).end();
    if (id === 'gated') return void res.writeHead(401).end();
    if (id === 'huge') return void res.writeHead(200).end('---\n' + 'x'.repeat(5000));
    if (id === 'slow') return; // never answers
    let card: Buffer;
    try {
      card = readFileSync(join(CARDS, id.replace('/', '__'), 'README.md'));
    } catch {
      return void res.writeHead(404).end('Entry not found');
    }
    res.writeHead(200, { 'content-type': 'text/plain' }).end(card);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('main/node/hub', () => {
  it('refuses ids that are not Hub dataset ids, and any host or scheme but the Hub (or a loopback test server)', async () => {
    for (const bad of ['', '../etc/passwd', 'a/b/c', 'a b', 'owner/..', '-x', 'x?y=1', 'x#y', 'a'.repeat(200)]) {
      expect(isHubDatasetId(bad)).toBe(false);
      expect(await fetchHubCard(bad, { base })).toMatchObject({ ok: false, message: /is not a dataset id/ });
    }
    expect(['snli', 'tatsu-lab/alpaca', 'databricks/databricks-dolly-15k', 'Open-Orca/OpenOrca'].every(isHubDatasetId)).toBe(true);
    for (const other of [
      'https://example.com',
      'http://huggingface.co',
      'ftp://huggingface.co',
      'file:///etc',
      'https://huggingface.co.evil.com',
      'http://10.0.0.1',
    ])
      expect(await fetchHubCard('snli', { base: other })).toMatchObject({
        ok: false,
        message: /fetched from https:\/\/huggingface.co only/,
      });
    expect(checkOrigin(HUB_ORIGIN)).toEqual({ ok: true, origin: HUB_ORIGIN });
    expect(hubReadmeUrl('tatsu-lab/alpaca')).toBe('https://huggingface.co/datasets/tatsu-lab/alpaca/raw/main/README.md');
    expect(asked).toEqual([]);
  });

  it('fetches a card and imports it as a dataset-card layer, cited by the address it was read from', async () => {
    const r = await fetchHubCard('snli', { base });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.url).toBe(`${base}/datasets/snli/raw/main/README.md`);
    expect(r.value.text).toBe(readFileSync(join(CARDS, 'snli', 'README.md'), 'utf8'));
    const survey = await loadGraphFolder(GRAPH_DATA);
    if (!survey.ok) throw new Error('survey graph');
    const got = handleImport(
      { id: 1, type: 'hub-card', dataset: 'snli', url: r.value.url, text: r.value.text },
      survey.document,
      await readAliases(GRAPH_DATA),
    );
    expect(got).toMatchObject({ ok: true, kind: 'cards', report: { entriesRead: 1, filesRead: 1 } });
    const snli = got.ok && got.file.nodes.find((n) => n.kind === 'dataset' && n.label.toLowerCase().includes('snli'));
    expect(snli && snli.provenance[0]).toMatchObject({ kind: 'url', url: r.value.url });
  });

  it('follows a redirect on the same host only', async () => {
    expect(await fetchHubCard('moved', { base })).toMatchObject({ ok: true, value: { id: 'moved' } });
    expect(await fetchHubCard('elsewhere', { base })).toMatchObject({ ok: false, message: /https:\/\/example.com, which is not followed/ });
  });

  it('says plainly what went wrong: missing card, gated dataset, too large, no answer, offline', async () => {
    expect(await fetchHubCard('no-such-dataset', { base })).toMatchObject({
      ok: false,
      message: /no dataset card for "no-such-dataset" \(404\)/,
    });
    expect(await fetchHubCard('gated', { base })).toMatchObject({ ok: false, message: /not public \(401\)/ });
    expect(await fetchHubCard('huge', { base, maxBytes: 1024 })).toMatchObject({ ok: false, message: /larger than 1 KB/ });
    expect(await fetchHubCard('slow', { base, timeoutMs: 300 })).toMatchObject({ ok: false, message: /did not answer in time.*offline/ });
    // A port nothing listens on: the connection is refused, as when offline.
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    expect(await fetchHubCard('snli', { base: `http://127.0.0.1:${port}` })).toMatchObject({
      ok: false,
      message: /could not reach 127.0.0.1:\d+ \(ECONNREFUSED\): are you offline\?/,
    });
  });
});
