// import.worker: imports a catalogue off the main thread (the whole Collection takes seconds): see ./protocol.
// The page starts it when the dialog opens, so the survey graph is loaded here while a person picks a folder.
import { parseAliasTable } from '../../src/import/catalogue/aliases';
import aliasText from '../../graph-data/aliases.json?raw';
import { loadBuiltinGraph } from '../data/builtin';
import { handleImport, type ImportReply, type ImportRequest, readChosen } from './protocol';

const scope = self as unknown as { postMessage: (r: ImportReply) => void; onmessage: ((e: MessageEvent<ImportRequest>) => void) | null };
const survey = loadBuiltinGraph().document;
const aliases = parseAliasTable('graph-data/aliases.json', aliasText);
scope.onmessage = async (e) => {
  const received = Date.now();
  if (!survey) return scope.postMessage({ id: e.data.id, ok: false, message: 'the built-in survey graph did not load' });
  if (!aliases.ok) return scope.postMessage({ id: e.data.id, ok: false, message: aliases.message });
  try {
    const t0 = performance.now();
    const msg = await readChosen(e.data);
    scope.postMessage(handleImport(msg, survey, aliases.table.aliases, undefined, { readMs: performance.now() - t0, received }));
  } catch (err) {
    scope.postMessage({ id: e.data.id, ok: false, message: `the import failed: ${(err as Error).message}` });
  }
};
