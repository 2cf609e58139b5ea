// The IPC handlers with scripted dialogs and real temporary folders (no Electron).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, type Dialogs } from '../../../main/handlers';
import { FigureOptions } from '../../../src/figure/options';
import { defaultView } from '../../../src/view/spec';
import { miniText } from '../../fixtures/mini';

function setup(answers: { open?: string | null; save?: string | null }) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-handlers-'));
  let recent: string[] = [];
  const asked: string[] = [];
  const dialogs: Dialogs = {
    open: async (o) => (asked.push(o.title), answers.open ?? null),
    save: async (o) => (asked.push(`${o.title} ${o.defaultPath}`), answers.save ?? null),
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
  it('opens a graph file picked in the dialog, remembers it, and reports a broken one as a value', async () => {
    const { dir } = setup({});
    const good = join(dir, 'g.json');
    writeFileSync(good, miniText());
    const { h, recent } = setup({ open: good });
    expect(await h['graph:open']({})).toMatchObject({ ok: true, value: { name: 'g.json' } });
    expect(recent()).toEqual([good]);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format":"lineage-atlas/graph","version":1,"nodes":[{}],"edges":[]}');
    const r = await setup({ open: bad }).h['graph:open']({});
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^bad\.json: nodes\[0\]/);
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
