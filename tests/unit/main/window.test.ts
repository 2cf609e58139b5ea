import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createSecureWindow, isAppUrl, isExternalLink } from '../../../main/window';

describe('main/window', () => {
  it('turns on every isolation setting, whatever bounds were saved', () => {
    class Fake {
      constructor(readonly options: BrowserWindowConstructorOptions) {}
    }
    const w = createSecureWindow(Fake, '/p.cjs', { x: 10, y: 20, width: 800, height: 700 });
    expect(w.options).toMatchObject({ x: 10, y: 20, width: 800, height: 700, show: false });
    expect(createSecureWindow(Fake, '/p.cjs').options).toMatchObject({ width: 1400, height: 900 });
    expect(w.options.webPreferences).toMatchObject({
      preload: '/p.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });
  it('sends only web links to the system browser', () => {
    expect(isExternalLink('https://arxiv.org/abs/2212.10560')).toBe(true);
    expect(isExternalLink('file:///etc/passwd')).toBe(false);
    expect(isExternalLink('javascript:alert(1)')).toBe(false);
    expect(isExternalLink('not a url')).toBe(false);
  });
  it('lets the window show only the app page itself', () => {
    const app = 'file:///opt/atlas/out/renderer/index.html';
    expect(isAppUrl('file:///opt/atlas/out/renderer/index.html?era=instructgpt', app)).toBe(true);
    expect(isAppUrl('file:///home/me/evil.html', app)).toBe(false);
    expect(isAppUrl('https://example.org/', app)).toBe(false);
    expect(isAppUrl('::', app)).toBe(false);
  });
});
