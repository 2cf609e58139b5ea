// import.worker: imports a catalogue off the main thread (the whole Collection takes seconds): see ./protocol.
// The page starts it when the dialog opens, so the survey graph is loaded here while a person picks a folder.
import { parseAliasTable } from '../../src/import/catalogue/aliases';
import aliasText from '../../graph-data/aliases.json?raw';
import { loadBuiltinGraph } from '../data/builtin';
import type { GraphFile } from '../../src/schema/document';
import { type FileReply, type FileRequest, handleImport, type ImportRequest, readChosen, type ReportReply } from './protocol';

const scope = self as unknown as {
  postMessage: (r: ReportReply | FileReply) => void;
  onmessage: ((e: MessageEvent<ImportRequest | FileRequest>) => void) | null;
};
const survey = loadBuiltinGraph().document;
const aliases = parseAliasTable('graph-data/aliases.json', aliasText);
/** The graph files of imports whose report was sent, until the page asks for them. */
const kept = new Map<number, GraphFile>();
scope.onmessage = async (e) => {
  const received = Date.now();
  if (e.data.type === 'file') {
    const file = kept.get(e.data.of);
    kept.delete(e.data.of);
    return scope.postMessage(file ? { id: e.data.id, file } : { id: e.data.id });
  }
  if (!survey) return scope.postMessage({ id: e.data.id, ok: false, message: 'the built-in survey graph did not load' });
  if (!aliases.ok) return scope.postMessage({ id: e.data.id, ok: false, message: aliases.message });
  try {
    const t0 = performance.now();
    const msg = await readChosen(e.data);
    const reply = handleImport(msg, survey, aliases.table.aliases, undefined, { readMs: performance.now() - t0, received });
    if (!reply.ok) return scope.postMessage(reply);
    // The report first (the page shows it at once), the file when the page asks: one import's file is kept at a time.
    const { file, ...report } = reply;
    kept.clear();
    kept.set(reply.id, file);
    scope.postMessage({ ...report, timing: { ...report.timing, sent: Date.now() } });
  } catch (err) {
    scope.postMessage({ id: e.data.id, ok: false, message: `the import failed: ${(err as Error).message}` });
  }
};
