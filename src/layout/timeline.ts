// layout/timeline: x = release month, lanes by purpose or modality, a year axis and the InstructGPT watershed.
import type { AtlasGraph } from '../model/build';
import { monthIndex } from '../queries/histogram';
import type { GraphNode } from '../schema/nodes';
import type { LayoutResult, Point, TimeAxis } from './types';

/** InstructGPT (Ouyang et al., arXiv:2203.02155, March 2022): the survey's watershed between generations (§2.1). */
export const WATERSHED_MONTH = '2022-03';
export const MONTH_WIDTH = 36;
const ROW = 56;
const LANE_GAP = 40;
const MIN_DX = 90;

export type LaneBy = 'purpose' | 'modality';

const monthOf = (n: GraphNode): string | undefined =>
  n.kind === 'dataset' || n.kind === 'source' || n.kind === 'model' ? n.released?.[0]?.value.slice(0, 7) : undefined;

function laneOf(n: GraphNode, by: LaneBy): string {
  if (n.kind !== 'dataset') return `${n.kind}s`;
  if (by === 'purpose') return n.taxonomy.purpose;
  return n.taxonomy.modality.includes('image') ? 'image-text' : 'text';
}

const LANE_ORDER: Record<LaneBy, readonly string[]> = {
  purpose: ['demonstration', 'comparison', 'generalist', 'sources', 'models', 'techniques', 'references'],
  modality: ['text', 'image-text', 'sources', 'models', 'techniques', 'references'],
};

/** Positions for `ids` (a subset of the graph's nodes). Deterministic: the same input gives the same output. */
export function timelineLayout(graph: AtlasGraph, ids: Iterable<string>, by: LaneBy = 'purpose'): LayoutResult & { axis: TimeAxis } {
  if (by !== 'purpose' && by !== 'modality') throw new Error(`layout/timeline: lanes must be "purpose" or "modality", got "${String(by)}"`);
  const nodes = [...ids].sort();
  for (const id of nodes) if (!graph.hasNode(id)) throw new Error(`layout/timeline: unknown node "${id}"`);
  const inView = new Set(nodes);
  const dated = nodes.filter((id) => monthOf(graph.getNodeAttributes(id)));
  const months = dated.map((id) => monthIndex(monthOf(graph.getNodeAttributes(id))!));
  const first = Math.min(monthIndex(WATERSHED_MONTH) - 6, ...months);
  const last = Math.max(monthIndex(WATERSHED_MONTH) + 6, ...months);
  const xOfMonth = (m: number) => (m - first) * MONTH_WIDTH;

  // x: own release month; else the mean x of dated neighbours in view; else the axis start.
  const x = new Map<string, number>();
  for (const id of dated) x.set(id, xOfMonth(monthIndex(monthOf(graph.getNodeAttributes(id))!)));
  for (const id of nodes) {
    if (x.has(id)) continue;
    const xs = graph.neighbors(id).filter((o) => inView.has(o) && dated.includes(o)).map((o) => x.get(o)!);
    x.set(id, xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : xOfMonth(first));
  }

  // y: lanes in a fixed order; inside a lane, rows so that no two nodes are closer than MIN_DX.
  const byLane = new Map<string, string[]>();
  for (const id of nodes) {
    const lane = laneOf(graph.getNodeAttributes(id), by);
    byLane.set(lane, [...(byLane.get(lane) ?? []), id]);
  }
  const positions: Record<string, Point> = {};
  const lanes: { y0: number; y1: number; label: string }[] = [];
  let top = 0;
  for (const lane of LANE_ORDER[by]) {
    const members = (byLane.get(lane) ?? []).sort((a, b) => x.get(a)! - x.get(b)! || a.localeCompare(b));
    if (members.length === 0) continue;
    const rowEnds: number[] = [];
    for (const id of members) {
      const nx = x.get(id)!;
      let row = rowEnds.findIndex((end) => nx - end >= MIN_DX);
      if (row === -1) row = rowEnds.push(nx) - 1;
      rowEnds[row] = nx;
      positions[id] = { x: nx, y: top + row * ROW + ROW / 2 };
    }
    lanes.push({ y0: top, y1: top + rowEnds.length * ROW, label: lane });
    top += rowEnds.length * ROW + LANE_GAP;
  }

  const ticks = [];
  for (let m = first; m <= last; m++) if (m % 12 === 0) ticks.push({ x: xOfMonth(m), label: String(m / 12) });
  const w = xOfMonth(monthIndex(WATERSHED_MONTH));
  return {
    positions,
    axis: {
      kind: 'time',
      ticks,
      watershed: { x: w, label: 'InstructGPT (2022-03)' },
      bands: [
        { x0: xOfMonth(first), x1: w, label: 'Task aggregation' },
        { x0: w, x1: xOfMonth(last), label: 'InstructGPT generation' },
      ],
      lanes,
    },
  };
}
