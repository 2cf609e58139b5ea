// panels/mapping-store: the mappings a person confirmed, kept in localStorage by the file's attribute signature
// (import/mapping's mappingSignature), so the next file with the same columns opens with the same meaning.
import { GraphMapping } from '../../src/import/mapping';

const KEY = 'lineage-atlas:graph-mapping:';

/** The mapping last confirmed for files with this signature, checked against the schema; null when none or unreadable. */
export function recallMapping(signature: string): GraphMapping | null {
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
  try {
    window.localStorage.setItem(KEY + signature, JSON.stringify(mapping));
  } catch {
    // storage full or disabled: the mapping is simply not remembered
  }
}
