// main: the Electron main process. Thin wiring; the rules and file operations it applies live in window.ts,
// handlers.ts, menu.ts and node/, and are unit-tested without Electron.
import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MenuCommand } from '../src/ipc/contract';
import { createHandlers } from './handlers';
import { registerHandlers, sendEvent } from './ipc';
import { menuTemplate } from './menu';
import { readGraphFile, readJsonStore, writeFileAtomic } from './node/files';
import { fileArgument, parseRecent, parseWindowState, type WindowState } from './state';
import { createSecureWindow, isAppUrl, isExternalLink } from './window';

const appUrl = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;
const store = (name: string) => join(app.getPath('userData'), name);
let win: BrowserWindow | null = null;
let recent: string[] = [];

async function openFile(path: string): Promise<void> {
  const r = await readGraphFile(path);
  if (!r.ok) {
    await dialog.showMessageBox({
      type: 'error',
      title: 'The graph could not be opened',
      message: `${path} could not be opened`,
      detail: r.message,
    });
    return;
  }
  recent = [path, ...recent.filter((p) => p !== path)].slice(0, 10);
  await saveRecent();
  if (win) sendEvent(win.webContents, 'file:opened', r.value);
}

async function saveRecent(): Promise<void> {
  await writeFileAtomic(store('recent.json'), JSON.stringify(recent));
  app.addRecentDocument(recent[0] ?? '');
  buildMenu();
}

function buildMenu(): void {
  const send = (command: MenuCommand) => {
    if (win) sendEvent(win.webContents, 'menu:command', command);
  };
  const dataFolder = existsSync(join(app.getAppPath(), 'graph-data')) ? join(app.getAppPath(), 'graph-data') : app.getPath('userData');
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        send,
        recent,
        openRecent: (p) => void openFile(p),
        openDataFolder: () => void shell.openPath(dataFolder),
        about: () =>
          void dialog.showMessageBox({
            title: 'About Lineage Atlas',
            message: `Lineage Atlas ${app.getVersion()}`,
            detail: 'Where LLM fine-tuning datasets come from: the survey by Ma, Li and Shang as a knowledge graph.',
          }),
        isDev: !app.isPackaged,
        isMac: process.platform === 'darwin',
      }),
    ),
  );
}

/**
 * The one door to the system browser, for the links of the details panel (dataset pages, papers).
 * Electronegativity asks for a review of every openExternal with a computed URL: this one passes
 * only http(s) URLs (isExternalLink), never file:, javascript: or custom schemes.
 */
function openInBrowser(url: string): void {
  if (isExternalLink(url)) void shell.openExternal(url);
}

async function createWindow(): Promise<void> {
  const state = await readJsonStore<WindowState | null>(store('window.json'), parseWindowState, null);
  win = createSecureWindow(BrowserWindow, join(import.meta.dirname, '../preload/preload.cjs'), state?.bounds);
  if (state?.maximized) win.maximize();
  win.webContents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, appUrl)) return;
    event.preventDefault();
    openInBrowser(url);
  });
  win.on('close', () => {
    if (!win) return;
    void writeFileAtomic(store('window.json'), JSON.stringify({ bounds: win.getNormalBounds(), maximized: win.isMaximized() }));
  });
  win.on('closed', () => (win = null));
  win.once('ready-to-show', () => win?.show());
  await win.loadURL(appUrl);
  const file = fileArgument(process.argv, process.cwd());
  if (file) await openFile(file);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
    const file = fileArgument(argv, cwd);
    if (file) void openFile(resolve(cwd, file));
  });
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  });
  void app.whenReady().then(async () => {
    recent = await readJsonStore(store('recent.json'), parseRecent, []);
    const handlers = createHandlers(
      {
        open: async (o) => {
          const r = win
            ? await dialog.showOpenDialog(win, { ...o, properties: ['openFile'] })
            : await dialog.showOpenDialog({ ...o, properties: ['openFile'] });
          return r.canceled ? null : (r.filePaths[0] ?? null);
        },
        openFolder: async (o) => {
          const r = win
            ? await dialog.showOpenDialog(win, { ...o, properties: ['openDirectory'] })
            : await dialog.showOpenDialog({ ...o, properties: ['openDirectory'] });
          return r.canceled ? null : (r.filePaths[0] ?? null);
        },
        save: async (o) => {
          const r = win ? await dialog.showSaveDialog(win, o) : await dialog.showSaveDialog(o);
          return r.canceled ? null : (r.filePath ?? null);
        },
      },
      {
        list: () => recent,
        set: async (list) => {
          recent = list;
          await saveRecent();
        },
      },
      () => app.getPath('documents'),
    );
    registerHandlers(handlers, (url) => isAppUrl(url, appUrl));
    buildMenu();
    await createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
