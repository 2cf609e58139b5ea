import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ ipcMain: { handle: vi.fn() } }));
const { guard } = await import('../../../main/ipc');

const appUrl = 'file:///app/out/renderer/index.html';
const isApp = (u: string) => u.startsWith(appUrl);
const event = (url: string) => ({ senderFrame: { url } }) as never;

describe('main/ipc.guard', () => {
  it('refuses a sender that is not the app page', async () => {
    const handler = vi.fn();
    expect(await guard('recent:list', handler, isApp)(event('https://evil.example/'), {})).toEqual({
      ok: false,
      message: 'ipc: recent:list refused for https://evil.example/',
    });
    expect(handler).not.toHaveBeenCalled();
  });
  it('refuses a request the contract does not accept', async () => {
    const handler = vi.fn();
    const r = await guard('export:save', handler, isApp)(event(appUrl), { suggestedName: 'x', extension: '../../etc', data: 'x' });
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/export:save: bad request/) });
    expect(handler).not.toHaveBeenCalled();
  });
  it('returns a thrown error as a value', async () => {
    const r = await guard(
      'recent:list',
      async () => {
        throw new Error('disk on fire');
      },
      isApp,
    )(event(appUrl), {});
    expect(r).toEqual({ ok: false, message: 'recent:list failed: disk on fire' });
  });
  it('passes a parsed request through', async () => {
    const handler = vi.fn(async () => ({ ok: true as const, value: ['a'] }));
    expect(await guard('recent:list', handler, isApp)(event(`${appUrl}?era=all`), undefined)).toEqual({ ok: true, value: ['a'] });
    expect(handler).toHaveBeenCalledWith({});
  });
});
