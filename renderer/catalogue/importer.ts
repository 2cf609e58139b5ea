// catalogue/importer: the page's side of the catalogue import worker (one worker, started on first use), and the
// reading of a folder input's files: only the summaries and cards an importer reads are opened.
import { isCatalogueFilePath, type PickedFile } from '../../src/import/catalogue/files';
import type { ImportReply, ImportRequest } from './protocol';

type Ask = ImportRequest extends infer R ? (R extends ImportRequest ? Omit<R, 'id'> : never) : never;

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

/** Imports picked files (or a fetched card) in the worker; resolves with the graph file and report, or why not. */
export function importCatalogue(ask: Ask): Promise<ImportReply> {
  const id = next++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    theWorker().postMessage({ ...ask, id } as ImportRequest);
  });
}

/** A folder input's (or file input's) files an importer reads, with their paths inside the picked folder. */
export async function pickedFiles(files: readonly File[]): Promise<PickedFile[]> {
  const wanted = files.map((f) => ({ f, path: f.webkitRelativePath || f.name })).filter(({ path }) => isCatalogueFilePath(path));
  return Promise.all(wanted.map(async ({ f, path }) => ({ path, bytes: new Uint8Array(await f.arrayBuffer()) })));
}
