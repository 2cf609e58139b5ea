// figure/labels: every node's label placed beside its node, clear of other labels, nodes, edges and the
// figure's furniture; greedy, in order of importance, with the places tried in a fixed order.
import type { Point } from '../layout/types';
import { type Box, LINE } from './primitives';

export type LabelRequest = {
  readonly id: string;
  readonly at: Point;
  /** Half the width and height of the node's shape. */
  readonly half: { readonly w: number; readonly h: number };
  readonly width: number;
  readonly lines: number;
  /** Lower ranks are placed first. */
  readonly rank: number;
};

export type LabelBox = { readonly x: number; readonly y: number; readonly anchor: 'middle' | 'start' | 'end'; readonly box: Box };

export type Segment = readonly [Point, Point];

export type Placement = {
  readonly labels: ReadonlyMap<string, LabelBox | null>;
  /** Labels that found no place clear of edges and stand over one (still clear of labels and nodes). */
  readonly overEdges: ReadonlySet<string>;
};

const overlaps = (b: Box, o: Box) => b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3];

/** Whether a segment passes through a box (Liang-Barsky clipping). */
export function segmentHitsBox([p, q]: Segment, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  for (const [pp, qq] of [
    [-dx, p.x - b[0]],
    [dx, b[2] - p.x],
    [-dy, p.y - b[1]],
    [dy, b[3] - p.y],
  ] as const) {
    if (pp === 0) {
      if (qq < 0) return false;
    } else {
      const r = qq / pp;
      if (pp < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** The places a label may take around its node, best first; x, y is the first line's baseline. */
function candidates(n: LabelRequest, fs: number, prefer: 'below' | 'right'): LabelBox[] {
  const { x, y } = n.at;
  const w = n.width;
  const h = fs * LINE * n.lines;
  const gx = n.half.w + fs * 0.25;
  const gy = n.half.h + fs * 0.1;
  const asc = fs * 0.8; // baseline below the top of the first line
  const mid = (cy: number): LabelBox => ({ x, y: cy + asc, anchor: 'middle', box: [x - w / 2, cy, x + w / 2, cy + h] });
  const right = (cy: number): LabelBox => ({ x: x + gx, y: cy + asc, anchor: 'start', box: [x + gx, cy, x + gx + w, cy + h] });
  const left = (cy: number): LabelBox => ({ x: x - gx, y: cy + asc, anchor: 'end', box: [x - gx - w, cy, x - gx, cy + h] });
  const centred = y - h / 2;
  // A layout that left room to the right of each node (layered) is served there first.
  if (prefer === 'right')
    return [
      right(centred),
      right(y - fs * 0.55),
      mid(y + gy),
      mid(y - gy - h),
      left(centred),
      right(y + gy * 0.6),
      right(y - gy * 0.6 - h),
    ];
  return [
    mid(y + gy),
    mid(y - gy - h),
    right(centred),
    left(centred),
    right(y + gy * 0.6),
    left(y + gy * 0.6),
    right(y - gy * 0.6 - h),
    left(y - gy * 0.6 - h),
    mid(y + gy + h * 0.9),
    mid(y - gy - h * 1.9),
  ];
}

/**
 * Places labels greedily by rank: each takes the first place that overlaps no node, no label placed
 * before, no obstacle and no edge; failing that, the first clear of all but edges (reported in
 * `overEdges`); failing that, none (null), never a label printed over another.
 */
export function placeLabels(
  nodes: readonly LabelRequest[],
  fs: number,
  obstacles: readonly Box[] = [],
  segments: readonly Segment[] = [],
  prefer: 'below' | 'right' = 'below',
): Placement {
  const nodeBoxes: Box[] = nodes.map((n) => [n.at.x - n.half.w, n.at.y - n.half.h, n.at.x + n.half.w, n.at.y + n.half.h]);
  const taken: Box[] = [...obstacles];
  const segBoxes = segments.map(([p, q]): Box => [Math.min(p.x, q.x), Math.min(p.y, q.y), Math.max(p.x, q.x), Math.max(p.y, q.y)]);
  const hitsShape = (b: Box, self: number) => nodeBoxes.some((o, i) => i !== self && overlaps(b, o)) || taken.some((o) => overlaps(b, o));
  const hitsEdge = (b: Box) => segments.some((s, i) => overlaps(b, segBoxes[i]!) && segmentHitsBox(s, b));
  const labels = new Map<string, LabelBox | null>();
  const overEdges = new Set<string>();
  const order = nodes.map((n, i) => ({ n, i })).sort((a, b) => a.n.rank - b.n.rank || a.n.id.localeCompare(b.n.id));
  for (const { n, i } of order) {
    const free = candidates(n, fs, prefer).filter((c) => !hitsShape(c.box, i));
    const best = free.find((c) => !hitsEdge(c.box)) ?? free[0];
    labels.set(n.id, best ?? null);
    if (best) {
      taken.push(best.box);
      if (hitsEdge(best.box)) overEdges.add(n.id);
    }
  }
  return { labels, overEdges };
}
