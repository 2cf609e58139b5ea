// catalogue/protocol: the messages between the page and the catalogue import worker, and the worker's handling of
// them as a pure function (tested without a Worker): picked files or a fetched card in, a graph file and the
// import's report out, with how long each phase took.
import { buildCatalogueGraph, type ImportReport } from '../../src/import/catalogue/build';
import type { Alias } from '../../src/import/catalogue/aliases';
import { type CatalogueKind, type PickedFile, readHubCard, readPickedCatalogue } from '../../src/import/catalogue/files';
import type { CatalogueInput } from '../../src/import/catalogue/report';
import { resolveEntries } from '../../src/import/catalogue/resolve';
import type { GraphDocument, GraphFile } from '../../src/schema/document';

/** A file the page hands on unread (a folder input's File): the worker reads it. */
export type ChosenFile = { readonly path: string; readonly blob: Blob };

export type ImportRequest =
  | { readonly id: number; readonly type: 'files'; readonly files: readonly PickedFile[] }
  | { readonly id: number; readonly type: 'chosen'; readonly files: readonly ChosenFile[] }
  | { readonly id: number; readonly type: 'hub-card'; readonly dataset: string; readonly url: string; readonly text: string };

/** Milliseconds of each phase inside the worker; `received` and `sent` are wall-clock times (epoch ms) of the messages. */
export type WorkerTiming = {
  readonly read: number;
  readonly parse: number;
  readonly identity: number;
  readonly build: number;
  readonly received: number;
  readonly sent: number;
};

export type ImportReply =
  | {
      readonly id: number;
      readonly ok: true;
      readonly kind: CatalogueKind;
      readonly file: GraphFile;
      readonly report: ImportReport;
      /** Reading and building, inside the worker. */
      readonly ms: number;
      readonly timing: WorkerTiming;
    }
  | { readonly id: number; readonly ok: false; readonly message: string };

/**
 * What the worker posts first: the reply without its graph file, so that the report is shown without waiting for the
 * file's structured clone (about a second of the import's time on this machine); the page asks for the file after.
 */
export type ReportReply = Extract<ImportReply, { ok: false }> | Omit<Extract<ImportReply, { ok: true }>, 'file'>;
/** The page asks for the graph file of the import `of` (kept in the worker until asked for, once). */
export type FileRequest = { readonly id: number; readonly type: 'file'; readonly of: number };
/** The file asked for; none when the worker no longer holds it. */
export type FileReply = { readonly id: number; readonly file?: GraphFile };

/** A request whose files are read: the page's unread files become bytes (in the worker), the rest is as it came. */
export type ReadRequest = Exclude<ImportRequest, { type: 'chosen' }>;

/**
 * Reads the page's unread files in one read: the files joined as one Blob, then cut at their sizes (one read of the
 * 310 files of the Collection rather than one each).
 */
export async function readChosen(msg: ImportRequest): Promise<ReadRequest> {
  if (msg.type !== 'chosen') return msg;
  const all = new Uint8Array(await new Blob(msg.files.map((f) => f.blob)).arrayBuffer());
  let at = 0;
  const files = msg.files.map(({ path, blob }) => {
    const bytes = all.subarray(at, (at += blob.size));
    return { path, bytes };
  });
  return { id: msg.id, type: 'files', files };
}

/**
 * Reads what was picked (or fetched) and builds the graph file against the survey graph and its alias table.
 * `readMs` is the time already spent reading the files; `received` when the request arrived (epoch ms).
 */
export function handleImport(
  msg: ReadRequest,
  survey: GraphDocument,
  aliases: readonly Alias[],
  now: () => number = () => performance.now(),
  { readMs = 0, received = Date.now() }: { readonly readMs?: number; readonly received?: number } = {},
): ImportReply {
  const t0 = now();
  let kind: CatalogueKind = 'cards';
  let input: CatalogueInput;
  if (msg.type === 'files') {
    const r = readPickedCatalogue(msg.files);
    if (!r.ok) return { id: msg.id, ok: false, message: r.message };
    ({ kind, input } = r);
  } else input = readHubCard(msg.dataset, msg.url, msg.text);
  if (input.collections.length === 0)
    return {
      id: msg.id,
      ok: false,
      message: `nothing could be imported: ${input.issues.map((i) => `${i.file}: ${i.message}`).join('; ') || 'no entries'}`,
    };
  const t1 = now();
  const identity = resolveEntries(input, survey, aliases);
  const t2 = now();
  const { file, report } = buildCatalogueGraph(input, survey, aliases, identity);
  const t3 = now();
  return {
    id: msg.id,
    ok: true,
    kind,
    file,
    report,
    ms: readMs + t3 - t0,
    timing: { read: readMs, parse: t1 - t0, identity: t2 - t1, build: t3 - t2, received, sent: Date.now() },
  };
}

/**
 * An import's time as the page sees it: the total from the files chosen to the report, and its parts (ms); `fileAfter`,
 * once known, how long after the report the graph file reached the page.
 */
export type ImportTiming = WorkerTiming & {
  readonly total: number;
  readonly toWorker: number;
  readonly back: number;
  readonly fileAfter?: number;
};

/** The page's timing of a reply: `started` (performance.now) when the files were chosen, `posted` and `arrived` epoch ms. */
export const importTiming = (t: WorkerTiming, total: number, posted: number, arrived: number): ImportTiming => ({
  ...t,
  total,
  toWorker: Math.max(0, t.received - posted),
  back: Math.max(0, arrived - t.sent),
});

const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** The parts of an import's time, in words. */
export const timingText = (t: ImportTiming): string =>
  `to the worker ${sec(t.toWorker)}, reading the files ${sec(t.read)}, parsing ${sec(t.parse)}, identities ${sec(t.identity)}, ` +
  `building ${sec(t.build)}, back to the page ${sec(t.back)}` +
  (t.fileAfter === undefined ? '' : `; the graph file followed ${sec(t.fileAfter)} after the report`);
