import { describe, expect, it, vi } from 'vitest';
import { checkedBridge } from '../../../src/ipc/bridge';
import { type AtlasBridge, parseResponse } from '../../../src/ipc/contract';

/** A bridge whose methods return whatever main is pretended to have sent. */
function fakeBridge(reply: unknown, events: { menu?: unknown; file?: unknown } = {}): AtlasBridge {
  const r = async () => reply as never;
  return {
    desktop: true,
    openGraph: r,
    openView: r,
    saveView: r,
    saveExport: r,
    saveFigure: r,
    recentFiles: r,
    pickCatalogue: r,
    hubCard: r,
    onMenuCommand: (l) => (l(events.menu as never), () => {}),
    onFileOpened: (l) => (l(events.file as never), () => {}),
  };
}

describe('ipc/contract.parseResponse', () => {
  it('turns a malformed result into a failure naming the channel', () => {
    expect(parseResponse('recent:list', { ok: true, value: 'not a list' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^ipc: recent:list: bad response/),
    });
    expect(parseResponse('recent:list', undefined)).toMatchObject({ ok: false });
  });
  it('passes a good result through, defaults filled', async () => {
    expect(parseResponse('recent:list', { ok: true, value: ['a.json'] })).toEqual({ ok: true, value: ['a.json'] });
    expect(parseResponse('view:open', { ok: true, value: { path: '/v.json', view: { layout: 'timeline' } } })).toMatchObject({
      ok: true,
      value: { view: { layout: 'timeline', depth: 'all' } },
    });
    expect(parseResponse('graph:open', { ok: true, value: null })).toEqual({ ok: true, value: null });
    expect(parseResponse('graph:open', { ok: false, message: 'cancelled badly' })).toEqual({ ok: false, message: 'cancelled badly' });
  });
});

describe('ipc/bridge.checkedBridge', () => {
  it('parses every result the preload hands back', async () => {
    const bad = checkedBridge(fakeBridge({ ok: true, value: { path: 3 } }));
    expect(await bad.saveView({ view: {} as never, suggestedName: 'x' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/view:save: bad response/),
    });
    expect(await bad.recentFiles()).toMatchObject({ ok: false, message: expect.stringMatching(/recent:list/) });
    const good = checkedBridge(fakeBridge({ ok: true, value: { path: '/tmp/x.svg' } }));
    expect(await good.saveFigure({} as never)).toEqual({ ok: true, value: { path: '/tmp/x.svg' } });
  });
  it('drops an event value the contract does not describe, and passes a good one', () => {
    const onBad = vi.fn();
    const heard = vi.fn();
    checkedBridge(fakeBridge(null, { menu: 'format-disk' }), onBad).onMenuCommand(heard);
    expect(heard).not.toHaveBeenCalled();
    expect(onBad).toHaveBeenCalledWith('ipc: menu:command: bad value dropped');
    checkedBridge(fakeBridge(null, { menu: 'fit', file: { name: 'a', path: '/a', text: '{}' } })).onMenuCommand(heard);
    expect(heard).toHaveBeenCalledWith('fit');
  });
});
