// queries/search: fuzzy search over node names and aliases (fuse.js).
import Fuse from 'fuse.js';
import type { AtlasGraph } from '../model/build';
import type { NodeKind } from '../schema/nodes';

export type SearchHit = { readonly id: string; readonly label: string; readonly kind: NodeKind; readonly score: number };
type Entry = { id: string; label: string; kind: NodeKind; aliases: readonly string[] };

export type SearchIndex = { readonly search: (query: string, limit?: number) => SearchHit[] };

const FUSE_OPTIONS = {
  keys: [
    { name: 'label', weight: 3 },
    { name: 'aliases', weight: 2 },
    { name: 'id', weight: 1 },
  ],
  threshold: 0.35,
  ignoreLocation: true,
  includeScore: true,
};

/**
 * Above this many nodes fuse.js scores only the candidates that share the most trigrams with the
 * query (a fuzzy match within fuse's threshold shares most of them); at 10,000 nodes scoring every
 * node took hundreds of ms a keystroke.
 */
export const FULL_SCAN_UP_TO = 2000;
const CANDIDATES = 300;

const trigrams = (text: string): Set<string> => {
  const t = ` ${text.toLowerCase()} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= t.length; i++) out.add(t.slice(i, i + 3));
  return out;
};

/** Builds the index once per graph; `search` is then cheap enough for every keystroke. */
export function buildSearchIndex(graph: AtlasGraph): SearchIndex {
  const entries: Entry[] = graph.mapNodes((id, n) => ({ id, label: n.label, kind: n.kind, aliases: n.aliases ?? [] }));
  const large = entries.length > FULL_SCAN_UP_TO;
  const fuse = large ? null : new Fuse(entries, FUSE_OPTIONS);
  // trigram -> positions of the entries whose label, aliases or id contain it (large graphs only).
  const byTrigram = new Map<string, Int32Array>();
  if (large) {
    const lists = new Map<string, number[]>();
    entries.forEach((e, i) => {
      for (const t of trigrams([e.label, ...e.aliases, e.id].join(' '))) {
        const list = lists.get(t);
        if (list) list.push(i);
        else lists.set(t, [i]);
      }
    });
    for (const [t, list] of lists) byTrigram.set(t, Int32Array.from(list));
  }
  // Per keystroke: a count per entry in one typed array, then the best CANDIDATES taken by count (a bucket per count,
  // ties in graph order), not a Map of every entry sorted; at 10,000 nodes a common trigram ("dat") is in all of them.
  const shared = new Uint8Array(large ? entries.length : 0);
  const candidates = (q: string): Fuse<Entry> => {
    const grams = [...trigrams(q)].slice(0, 255);
    shared.fill(0);
    for (const t of grams) for (const i of byTrigram.get(t) ?? []) shared[i]!++;
    const best: Entry[] = [];
    for (let c = grams.length; c > 0 && best.length < CANDIDATES; c--)
      for (let i = 0; i < shared.length && best.length < CANDIDATES; i++) if (shared[i] === c) best.push(entries[i]!);
    return new Fuse(best, FUSE_OPTIONS);
  };
  return {
    search(query, limit = 10) {
      if (typeof query !== 'string') throw new Error('queries/search: query must be a string');
      if (!Number.isInteger(limit) || limit < 1) throw new Error(`queries/search: limit must be a whole number >= 1, got ${limit}`);
      const q = query.trim();
      if (!q) return [];
      // Datasets first among equally good hits: they are what people look for.
      return (fuse ?? candidates(q))
        .search(q, { limit: limit * 2 })
        .map((r) => ({ id: r.item.id, label: r.item.label, kind: r.item.kind, score: r.score ?? 0 }))
        .sort((a, b) => a.score - b.score || Number(b.kind === 'dataset') - Number(a.kind === 'dataset'))
        .slice(0, limit);
    },
  };
}
