import { describe, expect, it } from 'vitest';
import { isAppUrl, isExternalLink, windowOptions } from '../../../main/window';

describe('main/window', () => {
  it('turns on every isolation setting', () => {
    expect(windowOptions('/p.cjs').webPreferences).toMatchObject({
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
