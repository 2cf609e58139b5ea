// main/preload: the bridge between the sandboxed page and the main process.
// Review note (electronegativity PRELOAD_JS_CHECK): this file exposes one frozen object, `window.atlas`, with one
// method per IPC channel of src/ipc/contract.ts and two listeners for main's one-way messages. It never exposes
// ipcRenderer, a generic send(channel), an event object, or process.env; main parses every request it receives.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AtlasBridge, MenuCommand } from '../src/ipc/contract';

function listen<T>(channel: 'menu:command' | 'file:opened', listener: (value: T) => void): () => void {
  // The page gets the value only, never the event (which would reach ipcRenderer through event.sender).
  const handler = (_event: IpcRendererEvent, value: T) => listener(value);
  ipcRenderer.on(channel, handler);
  return () => void ipcRenderer.removeListener(channel, handler);
}

const bridge: AtlasBridge = {
  desktop: true,
  openGraph: (req) => ipcRenderer.invoke('graph:open', req),
  openView: (req) => ipcRenderer.invoke('view:open', req),
  saveView: (req) => ipcRenderer.invoke('view:save', req),
  saveExport: (req) => ipcRenderer.invoke('export:save', req),
  saveFigure: (req) => ipcRenderer.invoke('figure:save', req),
  recentFiles: () => ipcRenderer.invoke('recent:list', {}),
  onMenuCommand: (listener) => listen<MenuCommand>('menu:command', listener),
  onFileOpened: (listener) => listen<{ name: string; path: string; text: string }>('file:opened', listener),
};

contextBridge.exposeInMainWorld('atlas', Object.freeze(bridge));
