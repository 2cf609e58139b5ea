// layout/cache: layout results kept per graph, layout and drawn ids, so returning to a view is instant.
import type { LayoutResult } from '../../src/layout/types';
import type { Layout } from '../../src/view/spec';

/** A short, stable key for a set of ids: their count and an FNV-1a hash of the sorted ids. */
export function idsKey(ids: readonly string[]): string {
  const sorted = [...ids].sort();
  let h = 0x811c9dc5;
  for (const id of sorted) {
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  }
  return `${sorted.length}:${(h >>> 0).toString(36)}`;
}

export const layoutKey = (layout: Layout, ids: readonly string[]): string => `${layout}|${idsKey(ids)}`;

/** Results by graph (dropped with it) and by layout and ids. */
export class LayoutCache<G extends object> {
  private readonly byGraph = new WeakMap<G, Map<string, LayoutResult>>();
  get(graph: G, key: string): LayoutResult | undefined {
    return this.byGraph.get(graph)?.get(key);
  }
  set(graph: G, key: string, result: LayoutResult): void {
    let m = this.byGraph.get(graph);
    if (!m) this.byGraph.set(graph, (m = new Map()));
    m.set(key, result);
  }
}

/** Where nodes stand before their first layout arrives: a square grid in id order (cheap, no overlaps). */
export function gridPlaceholder(ids: readonly string[], spacing = 90): LayoutResult {
  const sorted = [...ids].sort();
  const side = Math.max(1, Math.ceil(Math.sqrt(sorted.length)));
  const positions: Record<string, { x: number; y: number }> = {};
  sorted.forEach((id, i) => {
    positions[id] = { x: (i % side) * spacing, y: Math.floor(i / side) * spacing };
  });
  return { positions };
}
