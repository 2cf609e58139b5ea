// import.worker: imports a catalogue off the main thread (the whole Collection takes seconds): see ./protocol.
import { parseAliasTable } from '../../src/import/catalogue/aliases';
import aliasText from '../../graph-data/aliases.json?raw';
import { loadBuiltinGraph } from '../data/builtin';
import { handleImport, type ImportReply, type ImportRequest } from './protocol';

const scope = self as unknown as { postMessage: (r: ImportReply) => void; onmessage: ((e: MessageEvent<ImportRequest>) => void) | null };
const survey = loadBuiltinGraph().document;
const aliases = parseAliasTable('graph-data/aliases.json', aliasText);
scope.onmessage = (e) => {
  if (!survey) return scope.postMessage({ id: e.data.id, ok: false, message: 'the built-in survey graph did not load' });
  if (!aliases.ok) return scope.postMessage({ id: e.data.id, ok: false, message: aliases.message });
  try {
    scope.postMessage(handleImport(e.data, survey, aliases.table.aliases));
  } catch (err) {
    scope.postMessage({ id: e.data.id, ok: false, message: `the import failed: ${(err as Error).message}` });
  }
};
