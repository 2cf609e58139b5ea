// main/window: the BrowserWindow's security settings and navigation rules, kept pure so they are unit-tested.
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

/**
 * Opens the one window, every isolation setting written out at the `new BrowserWindow` call so that
 * a reader and Electronegativity's static checks see them. The constructor is passed in, so tests
 * check the options without Electron.
 */
export function createSecureWindow<W>(
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W,
  preload: string,
  bounds?: Partial<Rectangle>,
): W {
  return new BrowserWindow({
    width: 1400,
    height: 900,
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Lineage Atlas',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick', // a middle click must not open a window
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
}

/** Links the page may hand to the system browser: web pages only (never file:, javascript: or custom schemes). */
export function isExternalLink(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The page may only ever show the app itself: the same file (or dev server origin) it was loaded from. */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const u = new URL(url);
    const app = new URL(appUrl);
    return u.protocol === app.protocol && u.host === app.host && u.pathname === app.pathname;
  } catch {
    return false;
  }
}
