// catalogue/importer: the page's side of the catalogue import worker (one worker, started when the dialog opens or on
// first use), and the choice of a folder input's files: only the summaries and cards an importer reads are handed
// on, unread (the worker reads them, off the main thread). The worker sends the report first and the graph file
// when asked (`file`), so the report is shown without waiting for the file's clone.
import { isCatalogueFilePath } from '../../src/import/catalogue/files';
import type { GraphFile } from '../../src/schema/document';
import type { ChosenFile, FileReply, FileRequest, ImportRequest, ReportReply } from './protocol';

type Ask = ImportRequest extends infer R ? (R extends ImportRequest ? Omit<R, 'id'> : never) : never;
/**
 * The report, when the request was posted and the report arrived (epoch ms), and the import's graph file, asked for
 * once on the first call (the page calls it after the report is drawn, and "Add as layer" awaits it).
 */
export type Imported = {
  readonly reply: ReportReply;
  readonly posted: number;
  readonly arrived: number;
  readonly file: () => Promise<GraphFile>;
};

let worker: Worker | undefined;
let next = 1;
const waiting = new Map<number, (r: ReportReply | FileReply | { readonly id: number; readonly failed: string }) => void>();

function theWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<ReportReply | FileReply>) => {
    waiting.get(e.data.id)?.(e.data);
    waiting.delete(e.data.id);
  };
  worker.onerror = (e) => {
    for (const [id, done] of waiting) done({ id, failed: `the import worker failed: ${e.message}` });
    waiting.clear();
    worker = undefined;
  };
  return worker;
}

/** Starts the worker (it loads the survey graph and the alias table) before it is needed; no-op where workers are not. */
export function startImportWorker(): void {
  if (typeof Worker !== 'undefined') theWorker();
}

/** Asks the worker for the graph file of the import `of`. */
function fileOf(of: number): Promise<GraphFile> {
  const id = next++;
  return new Promise((resolve, reject) => {
    waiting.set(id, (r) =>
      'file' in r && r.file
        ? resolve(r.file)
        : reject(new Error('failed' in r ? r.failed : 'the import worker no longer holds this import; import it again')),
    );
    theWorker().postMessage({ id, type: 'file', of } satisfies FileRequest);
  });
}

/** Imports picked files (or a fetched card) in the worker; resolves with the report (and the file on request), or why not. */
export function importCatalogue(ask: Ask): Promise<Imported> {
  const id = next++;
  let file: Promise<GraphFile> | undefined;
  return new Promise((resolve) => {
    const posted = Date.now();
    waiting.set(id, (r) => {
      const reply: ReportReply = 'failed' in r ? { id, ok: false, message: r.failed } : (r as ReportReply);
      resolve({ reply, posted, arrived: Date.now(), file: () => (file ??= fileOf(id)) });
    });
    theWorker().postMessage({ ...ask, id } as ImportRequest);
  });
}

/** A folder input's (or file input's) files an importer reads, with their paths inside the picked folder, unread. */
export const chosenFiles = (files: readonly File[]): ChosenFile[] =>
  files.map((f) => ({ path: f.webkitRelativePath || f.name, blob: f })).filter(({ path }) => isCatalogueFilePath(path));
