// figure/geometry: where an edge runs between two nodes of a figure, and how far rows must stretch apart for
// their labels to clear each other.
import type { Point } from '../layout/types';

/** From the source's boundary to just short of the target's (room for the arrowhead), through the layout's bends. */
export function edgeRoute(
  s: Point,
  d: Point,
  bends: readonly Point[] | undefined,
  hs: { w: number; h: number },
  hd: { w: number; h: number },
): Point[] {
  const inner = bends && bends.length > 2 ? bends.slice(1, -1) : [];
  const first = inner[0] ?? d;
  const last = inner[inner.length - 1] ?? s;
  return [toward(s, first, hs, 1), ...inner, toward(d, last, hd, 1.2)];
}

/** The point where the line from a node's centre toward `to` leaves the node's box (times `k`). */
function toward(c: Point, to: Point, h: { w: number; h: number }, k: number): Point {
  const dx = to.x - c.x;
  const dy = to.y - c.y;
  const f = Math.min(dx ? h.w / Math.abs(dx) : Infinity, dy ? h.h / Math.abs(dy) : Infinity, 1) * k;
  return { x: c.x + dx * f, y: c.y + dy * f };
}

/**
 * The vertical scale that lets rows of labels clear each other: for every two nodes whose labels would
 * overlap horizontally, their vertical gap must hold a node and a label. Never below the horizontal
 * scale, never above `maxScale` (which caps the figure's height).
 */
export function rowStretch(
  ids: readonly string[],
  pos: Readonly<Record<string, Point>>,
  labelW: ReadonlyMap<string, number>,
  scale: number,
  rowGap: number,
  maxScale: number,
): number {
  if (ids.length > 1500) return scale; // quadratic below; very large figures keep their proportions
  let need = scale;
  for (let i = 0; i < ids.length; i++) {
    const a = pos[ids[i]!]!;
    for (let j = i + 1; j < ids.length; j++) {
      const b = pos[ids[j]!]!;
      const dy = Math.abs(a.y - b.y);
      if (dy === 0 || dy * need >= rowGap) continue;
      if (Math.abs(a.x - b.x) * scale < (labelW.get(ids[i]!)! + labelW.get(ids[j]!)!) / 2) need = rowGap / dy;
    }
  }
  return Math.max(scale, Math.min(need, maxScale));
}
