// main/preload: the bridge between the sandboxed page and the main process.
// Review note (electronegativity PRELOAD_JS_CHECK): it exposes one frozen object through contextBridge and
// never ipcRenderer itself, a generic send(channel), or process.env. The page learns it runs on the desktop;
// the file channels (open, save, export) are added here one method per channel as they are built.
import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('atlas', Object.freeze({ desktop: true }));
