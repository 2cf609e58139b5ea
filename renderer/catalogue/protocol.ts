// catalogue/protocol: the messages between the page and the catalogue import worker, and the worker's handling of
// them as a pure function (tested without a Worker): picked files or a fetched card in, a graph file and the
// import's report out.
import { buildCatalogueGraph, type ImportReport } from '../../src/import/catalogue/build';
import type { Alias } from '../../src/import/catalogue/aliases';
import { type CatalogueKind, type PickedFile, readHubCard, readPickedCatalogue } from '../../src/import/catalogue/files';
import type { CatalogueInput } from '../../src/import/catalogue/report';
import type { GraphDocument, GraphFile } from '../../src/schema/document';

export type ImportRequest =
  | { readonly id: number; readonly type: 'files'; readonly files: readonly PickedFile[] }
  | { readonly id: number; readonly type: 'hub-card'; readonly dataset: string; readonly url: string; readonly text: string };

export type ImportReply =
  | {
      readonly id: number;
      readonly ok: true;
      readonly kind: CatalogueKind;
      readonly file: GraphFile;
      readonly report: ImportReport;
      /** Reading and building, inside the worker. */
      readonly ms: number;
    }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** Reads what was picked (or fetched) and builds the graph file against the survey graph and its alias table. */
export function handleImport(
  msg: ImportRequest,
  survey: GraphDocument,
  aliases: readonly Alias[],
  now: () => number = () => performance.now(),
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
  const { file, report } = buildCatalogueGraph(input, survey, aliases);
  return { id: msg.id, ok: true, kind, file, report, ms: now() - t0 };
}
