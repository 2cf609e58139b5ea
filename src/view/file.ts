// view/file: a view file's text (a .view.json) read as a view: the one parse the app, main and the CLI share.
import { parseView, type ViewSpec } from './spec';

/**
 * JSON-parses and checks a view file's text. Never throws: a failure's message names the file and says
 * whether it is not JSON at all or not a view (then with the field paths, as zod's prettified error).
 */
export function parseViewText(name: string, text: string): { ok: true; view: ViewSpec } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `${name}: not valid JSON (${(e as Error).message})` };
  }
  const r = parseView(json);
  return r.ok ? r : { ok: false, message: `${name}: not a Lineage Atlas view:\n${r.message}` };
}
