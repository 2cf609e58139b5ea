// layout/placeholder: where nodes stand while their first layout runs in the worker.
import type { LayoutResult } from '../../src/layout/types';

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
