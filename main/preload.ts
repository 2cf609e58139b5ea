// main/preload: the bridge between the sandboxed page and the main process.
// Review note (electronegativity PRELOAD_JS_CHECK): this file exposes one frozen object, `window.atlas`, with one
// method per IPC channel of src/ipc/contract.ts and two listeners for main's one-way messages. It never exposes
// ipcRenderer, a generic send(channel), an event object, or process.env; main parses every request it receives,
// and the page parses every result (src/ipc/bridge.ts).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AtlasBridge, EventChannel, EventValue, Invoke } from '../src/ipc/contract';

/** The one typed call into main; internal to this file (each exposed method names its channel literally). */
const invoke: Invoke = (channel, request) => ipcRenderer.invoke(channel, request);

function listen<E extends EventChannel>(channel: E, listener: (value: EventValue<E>) => void): () => void {
  // The page gets the value only, never the event (which would reach ipcRenderer through event.sender).
  const handler = (_event: IpcRendererEvent, value: EventValue<E>) => listener(value);
  ipcRenderer.on(channel, handler);
  return () => void ipcRenderer.removeListener(channel, handler);
}

const bridge: AtlasBridge = {
  desktop: true,
  openGraph: (req) => invoke('graph:open', req),
  openView: (req) => invoke('view:open', req),
  saveView: (req) => invoke('view:save', req),
  saveExport: (req) => invoke('export:save', req),
  saveFigure: (req) => invoke('figure:save', req),
  recentFiles: () => invoke('recent:list', {}),
  pickCatalogue: () => invoke('catalogue:pick', {}),
  hubCard: (req) => invoke('hub:card', req),
  onMenuCommand: (listener) => listen('menu:command', listener),
  onFileOpened: (listener) => listen('file:opened', listener),
};

contextBridge.exposeInMainWorld('atlas', Object.freeze(bridge));
