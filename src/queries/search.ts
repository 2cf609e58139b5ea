// queries/search: fuzzy search over node names and aliases (fuse.js).
import Fuse from 'fuse.js';
import type { AtlasGraph } from '../model/build';
import type { NodeKind } from '../schema/nodes';

export type SearchHit = { readonly id: string; readonly label: string; readonly kind: NodeKind; readonly score: number };
type Entry = { id: string; label: string; kind: NodeKind; aliases: readonly string[] };

export type SearchIndex = { readonly search: (query: string, limit?: number) => SearchHit[] };

/** Builds the index once per graph; `search` is then cheap enough for every keystroke. */
export function buildSearchIndex(graph: AtlasGraph): SearchIndex {
  const entries: Entry[] = graph.mapNodes((id, n) => ({ id, label: n.label, kind: n.kind, aliases: n.aliases ?? [] }));
  const fuse = new Fuse(entries, {
    keys: [
      { name: 'label', weight: 3 },
      { name: 'aliases', weight: 2 },
      { name: 'id', weight: 1 },
    ],
    threshold: 0.35,
    ignoreLocation: true,
    includeScore: true,
  });
  return {
    search(query, limit = 10) {
      if (typeof query !== 'string') throw new Error('queries/search: query must be a string');
      if (!Number.isInteger(limit) || limit < 1) throw new Error(`queries/search: limit must be a whole number >= 1, got ${limit}`);
      const q = query.trim();
      if (!q) return [];
      // Datasets first among equally good hits: they are what people look for.
      return fuse
        .search(q, { limit: limit * 2 })
        .map((r) => ({ id: r.item.id, label: r.item.label, kind: r.item.kind, score: r.score ?? 0 }))
        .sort((a, b) => a.score - b.score || Number(b.kind === 'dataset') - Number(a.kind === 'dataset'))
        .slice(0, limit);
    },
  };
}
