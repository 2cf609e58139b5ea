// The IPC handlers with scripted dialogs and real temporary folders (no Electron).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, type Dialogs } from '../../../main/handlers';
import { FigureOptions } from '../../../src/figure/options';
import { defaultView } from '../../../src/view/spec';
import { syntheticGraph } from '../../../bench/synthetic';
import { formatIssue, loadGraph } from '../../../src/import/load';
import { miniText } from '../../fixtures/mini';

/** Runs `f` and measures the longest time the event loop could not run a 5 ms timer meanwhile. */
async function longestStall<T>(f: () => Promise<T>): Promise<{ result: T; stall: number }> {
  let [stall, last] = [0, performance.now()];
  const tick = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 5);
  try {
    const result = await f();
    await new Promise((r) => setTimeout(r, 10));
    stall = Math.max(stall, performance.now() - last);
    return { result, stall };
  } finally {
    clearInterval(tick);
  }
}

function setup(answers: { open?: string | null; save?: string | null; folder?: string | null }) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-handlers-'));
  let recent: string[] = [];
  const asked: string[] = [];
  const dialogs: Dialogs = {
    open: async (o) => (asked.push(o.title), answers.open ?? null),
    save: async (o) => (asked.push(`${o.title} ${o.defaultPath}`), answers.save ?? null),
    openFolder: async (o) => (asked.push(o.title), answers.folder ?? null),
  };
  const h = createHandlers(dialogs, { list: () => recent, set: async (l) => void (recent = l) }, () => dir);
  return { h, dir, asked, recent: () => recent };
}

describe('main/handlers', () => {
  it('returns null, not an error, when the user cancels a dialog', async () => {
    const { h } = setup({});
    expect(await h['graph:open']({})).toEqual({ ok: true, value: null });
    expect(await h['view:save']({ view: defaultView(), suggestedName: 'v' })).toEqual({ ok: true, value: null });
  });
  it('opens a graph file picked in the dialog, remembers it, and hands it to the page unparsed', async () => {
    const { dir } = setup({});
    const good = join(dir, 'g.json');
    writeFileSync(good, miniText());
    const { h, recent } = setup({ open: good });
    expect(await h['graph:open']({})).toEqual({ ok: true, value: { name: 'g.json', path: good, text: miniText() } });
    expect(recent()).toEqual([good]);
    // Main does not parse: a broken graph goes to the page as text, and the page's loader names the field.
    const bad = join(dir, 'bad.json');
    const text = '{"format":"lineage-atlas/graph","version":1,"nodes":[{}],"edges":[]}';
    writeFileSync(bad, text);
    expect(await setup({ open: bad }).h['graph:open']({})).toEqual({ ok: true, value: { name: 'bad.json', path: bad, text } });
    const loaded = loadGraph([{ file: 'bad.json', text }]);
    expect(!loaded.ok && formatIssue(loaded.issues[0]!)).toMatch(/^bad\.json: nodes\[0\]/);
    // What main still refuses it refuses as a value, naming the file: bytes that are not UTF-8.
    writeFileSync(bad, Buffer.from([0x7b, 0xe1, 0x7d]));
    expect(await setup({ open: bad }).h['graph:open']({})).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^bad\.json: not UTF-8 text/),
    });
  });
  it("keeps main's event loop free while a large graph is opened: the page parses it", { timeout: 120_000 }, async () => {
    const { dir } = setup({});
    const path = join(dir, 'big.json');
    const text = JSON.stringify(syntheticGraph(10_000));
    writeFileSync(path, text);
    const { h } = setup({ open: path });
    const { result, stall } = await longestStall(() => h['graph:open']({}));
    expect(result).toMatchObject({ ok: true, value: { name: 'big.json' } });
    const t = performance.now();
    expect(loadGraph([{ file: 'big.json', text }]).ok).toBe(true);
    const parse = performance.now() - t;
    // Relative to the parse, which the machine's load slows alike: main once ran it in full inside this handler.
    expect(stall).toBeLessThan(parse / 4);
  });
  it('never reads a path the page names: only what the user picked in the dialog', async () => {
    const { dir } = setup({});
    const secret = join(dir, 'secret.json');
    writeFileSync(secret, miniText());
    const { h, asked } = setup({ open: null });
    expect(await h['graph:open']({ path: secret } as never)).toEqual({ ok: true, value: null });
    expect(await h['view:open']({ path: secret } as never)).toEqual({ ok: true, value: null });
    expect(asked).toEqual(['Open graph', 'Open view']);
    const { CHANNELS } = await import('../../../src/ipc/contract');
    expect(CHANNELS['graph:open'].request.safeParse({ path: secret }).success).toBe(false);
    expect(CHANNELS['view:open'].request.safeParse({ path: secret }).success).toBe(false);
  });
  it('saves a view atomically where the dialog says, and reopens it exactly', async () => {
    const { dir } = setup({});
    const path = join(dir, 'fig.view.json');
    const { h, asked } = setup({ save: path, open: path });
    const view = { ...defaultView(), layout: 'timeline' as const, focus: 'alpaca', viewport: { zoom: 1.5, pan: { x: 10, y: -4 } } };
    expect(await h['view:save']({ view, suggestedName: 'fig' })).toEqual({ ok: true, value: { path } });
    expect(asked[0]).toMatch(/Save view .*fig\.view\.json$/);
    expect(await h['view:open']({})).toEqual({ ok: true, value: { path, view } });
  });
  it('renders a figure to PDF or PNG before saving it', async () => {
    const { dir } = setup({});
    const out = join(dir, 'f.png');
    const { h } = setup({ save: out });
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="3.5in" height="1in" viewBox="0 0 252 72"><rect width="252" height="72" fill="#fff"/></svg>';
    const r = await h['figure:save']({
      svg,
      widthPt: 252,
      heightPt: 72,
      dataHash: 'sha256:x',
      format: 'png',
      options: FigureOptions.parse({ dpi: 150 }),
      title: 't',
      suggestedName: 'f',
      view: defaultView(),
    });
    expect(r).toEqual({ ok: true, value: { path: out } });
    expect(readFileSync(out).readUInt32BE(16)).toBe(525);
  });
  it('reports a failed write as a value', async () => {
    const { h } = setup({ save: '/nonexistent-dir/x.json' });
    expect(await h['export:save']({ suggestedName: 'x', extension: 'json', data: '{}' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/x\.json was not saved: ENOENT/),
    });
  });
});
