// canvas/routes: a layout's edge route (a polyline around nodes and labels: layout/layered) as a cytoscape
// `segments` edge. Cytoscape places each bend by a weight along the line from the source's centre to the
// target's and a distance across it (`edge-distances: node-position`), and each end relative to its node's
// centre (`source-endpoint`, `target-endpoint`). Pure: points in, numbers out.
import simplify from 'simplify-js';
import type { Point } from '../../src/layout/types';

export type Segments = {
  /** Per bend: 0 at the source's centre, 1 at the target's, projected on the line between them. */
  readonly weights: readonly number[];
  /** Per bend: its signed distance from that line, positive along cytoscape's normal (−dy, dx) of source → target. */
  readonly distances: readonly number[];
  /** Where the edge leaves its source and enters its target, relative to each node's centre (model units). */
  readonly sourceEnd: readonly [number, number];
  readonly targetEnd: readonly [number, number];
};

/** Bends nearer than this (layout units) to the line through their neighbours are dropped: a flattened spline has dozens. */
export const ROUTE_TOLERANCE = 0.5;

/**
 * The segments that draw `route` (source end first) between nodes centred at `source` and `target`; null when
 * cytoscape could not draw them (a route of fewer than two points, or both nodes at one place).
 */
export function segmentsOf(route: readonly Point[], source: Point, target: Point): Segments | null {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const len2 = dx * dx + dy * dy;
  if (route.length < 2 || len2 < 1e-6) return null;
  const len = Math.sqrt(len2);
  const pts = simplify(
    route.map((p) => ({ x: p.x, y: p.y })),
    ROUTE_TOLERANCE,
    true,
  );
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  // A straight route still needs one bend: cytoscape draws nothing for a segments edge without one.
  const bends = pts.length > 2 ? pts.slice(1, -1) : [{ x: (first.x + last.x) / 2, y: (first.y + last.y) / 2 }];
  return {
    weights: bends.map((p) => ((p.x - source.x) * dx + (p.y - source.y) * dy) / len2),
    distances: bends.map((p) => ((p.y - source.y) * dx - (p.x - source.x) * dy) / len),
    sourceEnd: [first.x - source.x, first.y - source.y],
    targetEnd: [last.x - target.x, last.y - target.y],
  };
}

/** The points cytoscape draws for `s` (its own formula, for tests and for measuring what the canvas shows). */
export function pointsOf(s: Segments, source: Point, target: Point): Point[] {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const len = Math.hypot(dx, dy);
  const bends = s.weights.map((w, i) => ({
    x: source.x + w * dx + (-dy / len) * s.distances[i]!,
    y: source.y + w * dy + (dx / len) * s.distances[i]!,
  }));
  return [
    { x: source.x + s.sourceEnd[0], y: source.y + s.sourceEnd[1] },
    ...bends,
    { x: target.x + s.targetEnd[0], y: target.y + s.targetEnd[1] },
  ];
}
