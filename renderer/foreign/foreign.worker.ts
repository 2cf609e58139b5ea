// foreign.worker: reads other tools' graphs (GEXF, GraphML, CSV, Cytoscape.js and graphology JSON) and applies mappings
// off the page's event loop, so a large file never freezes the window: see ./protocol.
import aliasTable from '../../graph-data/aliases.json';
import { AliasTable } from '../../src/import/catalogue/aliases';
import { ForeignSession, type ForeignReply, type ForeignRequest } from './protocol';

const scope = self as unknown as { postMessage: (r: ForeignReply) => void; onmessage: ((e: MessageEvent<ForeignRequest>) => void) | null };
// The curated alias table the wider catalogue resolves names with, checked on first use.
const session = new ForeignSession(AliasTable.safeParse(aliasTable).data?.aliases ?? []);
scope.onmessage = (e) => {
  try {
    scope.postMessage(session.handle(e.data));
  } catch (err) {
    // The readers never throw (their refusals are values): this is a defect of the worker, said as one.
    scope.postMessage({ id: e.data.id, ok: false, message: `the reader failed: ${String((err as Error)?.message ?? err).slice(0, 200)}` });
  }
};
