// panels/mapping-store: the mappings a person confirmed, by the file's attribute signature (import/mapping's
// mappingSignature), so the next file with the same columns opens with the same meaning. Kept for the session (a saved
// view carries them: sessionMappings, restoreMappings) and in localStorage (the next session on this machine).
import { GraphMapping, savedMappings, type SavedMappings } from '../../src/import/mapping';
import type { ViewSpec } from '../../src/view/spec';

const KEY = 'lineage-atlas:graph-mapping:';
/** Confirmed or restored in this session, oldest first (a Map: the signatures are the file's strings). */
const session = new Map<string, GraphMapping>();

/** The mapping last confirmed for files with this signature, checked against the schema; null when none or unreadable. */
export function recallMapping(signature: string): GraphMapping | null {
  const mine = session.get(signature);
  if (mine) return mine;
  try {
    const text = window.localStorage.getItem(KEY + signature);
    if (text === null) return null;
    const r = GraphMapping.safeParse(JSON.parse(text));
    return r.success ? r.data : null;
  } catch {
    return null; // storage disabled, or a value another version wrote
  }
}

export function rememberMapping(signature: string, mapping: GraphMapping): void {
  session.delete(signature);
  session.set(signature, mapping);
  try {
    window.localStorage.setItem(KEY + signature, JSON.stringify(mapping));
  } catch {
    // storage full or disabled: the mapping is remembered for this session only
  }
}

/** The session's mappings as a saved view holds them (newest last, at most 100). */
export const sessionMappings = (): SavedMappings => savedMappings(session);

/** A saved view's mappings become this session's (and this machine's): the next file with those columns opens with them. */
export function restoreMappings(saved: SavedMappings | undefined): void {
  for (const { signature, mapping } of saved ?? []) rememberMapping(signature, mapping);
}

/** The view to save, with the session's mappings where there are any (a saved view carries them; the URL never). */
export const withSessionMappings = (view: ViewSpec): ViewSpec => {
  const mappings = sessionMappings();
  return mappings.length ? { ...view, mappings } : view;
};

/** An opened view's mappings become the session's; the view shown holds none of them. */
export const takeMappings = ({ mappings, ...view }: ViewSpec): ViewSpec => (restoreMappings(mappings), view);
