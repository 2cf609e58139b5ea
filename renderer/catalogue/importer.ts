// catalogue/importer: the page's side of the catalogue import worker (one worker, started when the dialog opens or on
// first use), and the choice of a folder input's files: only the summaries and cards an importer reads are handed
// on, unread (the worker reads them, off the main thread).
import { isCatalogueFilePath } from '../../src/import/catalogue/files';
import type { ChosenFile, ImportReply, ImportRequest } from './protocol';

type Ask = ImportRequest extends infer R ? (R extends ImportRequest ? Omit<R, 'id'> : never) : never;
/** The reply, and when the request was posted and the reply arrived (epoch ms). */
export type Imported = { readonly reply: ImportReply; readonly posted: number; readonly arrived: number };

let worker: Worker | undefined;
let next = 1;
const waiting = new Map<number, (r: ImportReply) => void>();

function theWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<ImportReply>) => {
    waiting.get(e.data.id)?.(e.data);
    waiting.delete(e.data.id);
  };
  worker.onerror = (e) => {
    for (const [id, done] of waiting) done({ id, ok: false, message: `the import worker failed: ${e.message}` });
    waiting.clear();
    worker = undefined;
  };
  return worker;
}

/** Starts the worker (it loads the survey graph and the alias table) before it is needed; no-op where workers are not. */
export function startImportWorker(): void {
  if (typeof Worker !== 'undefined') theWorker();
}

/** Imports picked files (or a fetched card) in the worker; resolves with the graph file and report, or why not. */
export function importCatalogue(ask: Ask): Promise<Imported> {
  const id = next++;
  return new Promise((resolve) => {
    const posted = Date.now();
    waiting.set(id, (reply) => resolve({ reply, posted, arrived: Date.now() }));
    theWorker().postMessage({ ...ask, id } as ImportRequest);
  });
}

/** A folder input's (or file input's) files an importer reads, with their paths inside the picked folder, unread. */
export const chosenFiles = (files: readonly File[]): ChosenFile[] =>
  files.map((f) => ({ path: f.webkitRelativePath || f.name, blob: f })).filter(({ path }) => isCatalogueFilePath(path));
