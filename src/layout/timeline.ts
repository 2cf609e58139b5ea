// layout/timeline: x = release month, lanes by purpose or modality, a year axis and the InstructGPT watershed.
import type { AtlasGraph } from '../model/build';
import { monthIndex } from '../time';
import type { GraphNode } from '../schema/nodes';
import { GENERATION_NAME } from '../style/palette';
import type { LayoutResult, Point, TimeAxis } from './types';

/** InstructGPT (Ouyang et al., arXiv:2203.02155, March 2022): the survey's watershed between generations (§2.1). */
export const WATERSHED_MONTH = '2022-03';
export const MONTH_WIDTH = 64;
const ROW = 44;
const LANE_GAP = 40;
const MIN_DX = 90;
const GUTTER_MONTHS = 3;

export type LaneBy = 'purpose' | 'modality';

/** The kinds with a release date of their own; the others (techniques, references) have none. */
const hasReleaseField = (n: GraphNode): n is Extract<GraphNode, { kind: 'dataset' | 'source' | 'model' }> =>
  n.kind === 'dataset' || n.kind === 'source' || n.kind === 'model';
const monthOf = (n: GraphNode): string | undefined => (hasReleaseField(n) ? n.released?.[0]?.value.slice(0, 7) : undefined);

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
  const own = new Map<string, number>();
  for (const id of nodes) {
    const m = monthOf(graph.getNodeAttributes(id));
    if (m) own.set(id, monthIndex(m));
  }
  // The axis spans the datasets' releases around the watershed; older sources and models (COCO,
  // 2014) sit in an "earlier" gutter at its left, and undated data in an "undated" gutter at its
  // right, so that one old or missing date never squeezes the years that matter.
  const datasetMonths = nodes.filter((id) => graph.getNodeAttribute(id, 'kind') === 'dataset' && own.has(id)).map((id) => own.get(id)!);
  const first = Math.min(monthIndex(WATERSHED_MONTH) - 6, ...datasetMonths) - 1;
  const last = Math.max(monthIndex(WATERSHED_MONTH) + 6, ...datasetMonths) + 1;
  const xOfMonth = (m: number) => (m - first) * MONTH_WIDTH;
  const earlierX = xOfMonth(first - GUTTER_MONTHS);
  const undatedX = xOfMonth(last + GUTTER_MONTHS);

  // x: own release month (or a gutter); data with no date: the undated gutter; techniques and
  // references, which have no date of their own: the mean x of their placed neighbours, spreading
  // out from the dated nodes one step at a time.
  const x = new Map<string, number>();
  for (const id of nodes) {
    const m = own.get(id);
    if (m !== undefined) x.set(id, m < first ? earlierX : xOfMonth(Math.min(m, last)));
    else if (hasReleaseField(graph.getNodeAttributes(id))) x.set(id, undatedX);
  }
  for (let pending = nodes.filter((id) => !x.has(id)); pending.length > 0;) {
    const placed = pending.flatMap((id) => {
      const xs = graph
        .neighbors(id)
        .filter((o) => inView.has(o) && x.has(o))
        .map((o) => x.get(o)!);
      return xs.length ? [[id, xs.reduce((p, q) => p + q, 0) / xs.length] as const] : [];
    });
    if (placed.length === 0) break;
    for (const [id, nx] of placed) x.set(id, nx);
    pending = pending.filter((id) => !x.has(id));
  }
  for (const id of nodes) if (!x.has(id)) x.set(id, undatedX);

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
  if (nodes.some((id) => x.get(id) === earlierX)) ticks.unshift({ x: earlierX, label: 'earlier' });
  if (nodes.some((id) => x.get(id) === undatedX)) ticks.push({ x: undatedX, label: 'undated' });
  const w = xOfMonth(monthIndex(WATERSHED_MONTH));
  return {
    positions,
    axis: {
      kind: 'time',
      ticks,
      months: Array.from({ length: last - first + 1 }, (_, i) => first + i).map((m) => ({
        x: xOfMonth(m),
        label: `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`,
      })),
      watershed: { x: w, label: 'InstructGPT (2022-03)' },
      bands: [
        { x0: xOfMonth(first), x1: w, label: GENERATION_NAME['task-aggregation'].name },
        { x0: w, x1: xOfMonth(last), label: GENERATION_NAME.instructgpt.name },
      ],
      lanes,
    },
  };
}
