// layout/timeline: x = release month, lanes by purpose or modality, a year axis and the InstructGPT watershed.
import type { AtlasGraph } from '../model/build';
import { monthIndex } from '../time';
import type { GraphNode } from '../schema/nodes';
import { GENERATION_NAME } from '../style/palette';
import { estimateWidth, firstGeneratedMonth } from './layered-scene';
import { type LayoutResult, NODE_SIZE, type Point, type TimeAxis } from './types';

/** The names the time axis writes at the top left of each lane (canvas/TimeAxisOverlay; canvas/labels keeps labels off them). */
export const LANE_LABEL: Readonly<Record<string, string>> = {
  demonstration: 'Demonstration',
  comparison: 'Comparison',
  generalist: 'Generalist',
  text: 'Text',
  'image-text': 'Image-text',
  sources: 'Source data',
  models: 'Models',
  techniques: 'Techniques',
  references: 'References',
};

/** InstructGPT (Ouyang et al., arXiv:2203.02155, March 2022): the survey's watershed between generations (§2.1). */
export const WATERSHED_MONTH = '2022-03';
export const MONTH_WIDTH = 64;
const LANE_GAP = 40;
const GUTTER_MONTHS = 3;
/** Between a node and its label, and after a label before the next node of its row (layout units). */
const LABEL_GAP = 4;
const AFTER_LABEL = 12;
/**
 * The label size the rows are packed for (layout units). The canvas draws labels at 11 px whatever the zoom,
 * and the whole survey's timeline is fitted at about 0.26 (1400x900), where they take some 42 units: rows
 * packed for all of that grow so tall that the fit shrinks the months to a sliver. Measured (labels the
 * canvas's label grid keeps at the default fit, 1400x900 / 1280x720): rows by a fixed 90-unit gap, labels
 * below: 20 / 17; packed for 20 units: 37 / 26; packed for the size on screen, fitted again until it
 * agrees: 24 / 18.
 */
const LABEL_FONT = 20;

export type LaneBy = 'purpose' | 'modality';

/**
 * The room a window's canvas gives the drawing (pixels, after the fit's padding) and the size of the labels it draws
 * beside nodes whatever the zoom (pixels): with it, a drawing that leaves height to spare is packed for its labels'
 * size on screen (see `timelineLayout`).
 */
export type TimelineScreen = { readonly width: number; readonly height: number; readonly labelPx: number };

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

/**
 * Positions for `ids` (a subset of the graph's nodes). Deterministic: the same input gives the same output.
 *
 * Rows are packed for labels LABEL_FONT units high. Given a `screen`, a drawing whose height leaves room to spare at the
 * zoom its width allows there (a lineage, a trace or a narrow filter drawn alone: a few months' stacks across a few
 * years) is packed instead for its labels' size on screen at that zoom: a month's stack is spaced a label's height
 * apart and each label ends before the next node of its row, so every label has room beside its node. A drawing that
 * would then no longer fit the height (the whole survey) keeps the rows packed for LABEL_FONT, which shows more labels
 * there than rows packed for the screen (see LABEL_FONT).
 */
export function timelineLayout(
  graph: AtlasGraph,
  ids: Iterable<string>,
  by: LaneBy = 'purpose',
  screen?: TimelineScreen,
): LayoutResult & { axis: TimeAxis } {
  if (by !== 'purpose' && by !== 'modality') throw new Error(`layout/timeline: lanes must be "purpose" or "modality", got "${String(by)}"`);
  const nodes = [...ids].sort();
  for (const id of nodes) if (!graph.hasNode(id)) throw new Error(`layout/timeline: unknown node "${id}"`);
  const inView = new Set(nodes);
  const own = new Map<string, number>();
  for (const id of nodes) {
    const m = monthOf(graph.getNodeAttributes(id));
    if (m) own.set(id, monthIndex(m));
  }
  // A model with no date sits beside the first dataset it generated, not in the undated gutter (see firstGeneratedMonth).
  const dated = new Map(own);
  for (const id of nodes) {
    if (own.has(id) || graph.getNodeAttribute(id, 'kind') !== 'model') continue;
    const m = firstGeneratedMonth(graph, id, dated);
    if (m !== undefined) own.set(id, m);
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

  // y: lanes in a fixed order; inside a lane, rows packed so that a node's label, to its right, ends before
  // the next node of its row begins: datasets of one month stack in its column, a label's height apart.
  const byLane = new Map<string, string[]>();
  for (const id of nodes) {
    const lane = laneOf(graph.getNodeAttributes(id), by);
    byLane.set(lane, [...(byLane.get(lane) ?? []), id]);
  }
  const ticks = [];
  for (let m = first; m <= last; m++) if (m % 12 === 0) ticks.push({ x: xOfMonth(m), label: String(m / 12) });
  if (nodes.some((id) => x.get(id) === earlierX)) ticks.unshift({ x: earlierX, label: 'earlier' });
  if (nodes.some((id) => x.get(id) === undatedX)) ticks.push({ x: undatedX, label: 'undated' });

  let packed = pack(graph, byLane, x, by, LABEL_FONT);
  const widthZoom = screen && nodes.length > 0 ? fittedZoom(graph, x, ticks, screen) : 0;
  // From the zoom the width allows down to half of it: the first at which rows packed for the screen's labels fit the
  // height (a row's height on screen is the label's whatever the zoom, so only the lanes' gaps shrink as it falls).
  for (let zoom = widthZoom; screen && zoom > 0 && zoom >= widthZoom / 2; zoom *= 0.95) {
    // Labels as big as the screen draws them at that zoom (a tenth wider: DejaVu Sans is wider than the estimate's
    // 0.6 em a character), a month's stack a label's height (and a little) apart.
    const font = (1.1 * screen.labelPx) / zoom;
    const row = (screen.labelPx * 1.3 + 4) / zoom;
    if (row <= rowHeight(LABEL_FONT)) break;
    const roomy = pack(graph, byLane, x, by, font, row);
    const ys = Object.values(roomy.positions).map((p) => p.y);
    if ((Math.max(...ys) - Math.min(...ys) + NODE_SIZE) * zoom > screen.height) continue;
    packed = roomy;
    break;
  }
  const { positions, lanes, widths } = packed;
  const w = xOfMonth(monthIndex(WATERSHED_MONTH));
  return {
    positions,
    labels: { side: 'right', gap: LABEL_GAP, fontSize: packed.fontSize, widths },
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

/**
 * The zoom at which the canvas fits a drawing with nodes at `x` across `screen.width` (renderer/canvas/sceneClasses's
 * fitScene: the nodes and the year ticks, with room after each node for its label at `screen.labelPx`), its height aside.
 */
function fittedZoom(graph: AtlasGraph, x: ReadonlyMap<string, number>, ticks: readonly { x: number }[], screen: TimelineScreen): number {
  const xs = [...x.values()];
  const tx = ticks.map((t) => t.x);
  const x1 = Math.min(Math.min(...xs) - NODE_SIZE / 2 - 0.5, ...tx.map((t) => t - 20));
  const x2 = Math.max(Math.max(...xs) + NODE_SIZE / 2 + 0.5, ...tx.map((t) => t + 20));
  let zoom = screen.width / Math.max(x2 - x1, 1);
  for (const [id, nx] of x) {
    // As fitScene allows for a label to the right: its width, a little more, and the stylesheet's margin.
    const px = estimateWidth(graph.getNodeAttribute(id, 'label'), screen.labelPx) * 1.05 + 8;
    const from = nx - x1 + NODE_SIZE / 2;
    if (from > 0) zoom = Math.min(zoom, (screen.width - px) / from);
  }
  return zoom;
}

type Packed = {
  positions: Record<string, Point>;
  lanes: { y0: number; y1: number; label: string }[];
  widths: Record<string, number>;
  fontSize: number;
};

/** The distance between rows packed for labels `fontSize` units high. */
const rowHeight = (fontSize: number) => Math.max(NODE_SIZE, fontSize * 1.3) + 6;

/** Rows in each lane, labels `fontSize` units high: a node takes the first row whose last label ends before it. */
function pack(
  graph: AtlasGraph,
  byLane: ReadonlyMap<string, string[]>,
  x: ReadonlyMap<string, number>,
  by: LaneBy,
  fontSize: number,
  row = rowHeight(fontSize),
): Packed {
  const positions: Record<string, Point> = {};
  const widths: Record<string, number> = {};
  const lanes: Packed['lanes'] = [];
  let top = 0;
  for (const lane of LANE_ORDER[by]) {
    const members = [...(byLane.get(lane) ?? [])].sort((a, b) => x.get(a)! - x.get(b)! || a.localeCompare(b));
    if (members.length === 0) continue;
    const rowEnds: number[] = [];
    for (const id of members) {
      const nx = x.get(id)!;
      const w = estimateWidth(graph.getNodeAttribute(id, 'label'), fontSize);
      widths[id] = w;
      let r = rowEnds.findIndex((end) => nx - NODE_SIZE / 2 >= end);
      if (r === -1) r = rowEnds.push(0) - 1;
      const labelEnd = nx + NODE_SIZE / 2 + LABEL_GAP + w;
      rowEnds[r] = labelEnd + AFTER_LABEL;
      positions[id] = { x: nx, y: top + r * row + row / 2 };
    }
    lanes.push({ y0: top, y1: top + rowEnds.length * row, label: lane });
    top += rowEnds.length * row + LANE_GAP;
  }
  return { positions, lanes, widths, fontSize };
}
