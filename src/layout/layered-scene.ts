// layout/layered-scene: what a layered time layout lays out, engine aside: node boxes sized to hold their
// labels, the time column of each node (a month, or the "earlier" and "undated" gutters), the edges in view.
import type { AtlasGraph } from '../model/build';
import { monthIndex, monthOfIndex } from '../queries/histogram';
import type { GraphNode } from '../schema/nodes';
import { FAMILY_EDGES } from './lineage';
import { NODE_SIZE } from './types';

/** InstructGPT (Ouyang et al., arXiv:2203.02155, March 2022): the survey's watershed between generations (§2.1). */
const WATERSHED = monthIndex('2022-03');

/** Width of `text` at `fontSize`, in the same units as the font size. */
export type Measure = (text: string, fontSize: number) => number;
/** A width-per-character estimate (DejaVu Sans averages a little above 0.6 em): callers with real metrics pass their own. */
export const estimateWidth: Measure = (text, fontSize) => 0.6 * fontSize * [...text].length;

export type LayeredOptions = {
  /** Text measure for the labels (default: 0.6 em a character). */
  readonly measure?: Measure;
  /** Label font size in layout units (the canvas draws 11). */
  readonly fontSize?: number;
  /** Node diameter in layout units (rounded up to a whole unit, as is `labelGap`). */
  readonly nodeSize?: number;
  /** Space between a node and its label. */
  readonly labelGap?: number;
};

/** A time column: a month index, or one of the two gutters. */
export type Column = number | 'earlier' | 'undated';

export type SceneNode = {
  readonly id: string;
  readonly label: string;
  readonly column: Column;
  /** The node and its label, side by side: [node][gap][label]. */
  readonly w: number;
  readonly h: number;
  readonly labelW: number;
};
export type SceneEdge = { readonly id: string; readonly source: string; readonly target: string; readonly lineage: boolean };

export type Scene = {
  /** What the engine lays out: the kinds that carry a release date (datasets, sources, models). */
  readonly nodes: readonly SceneNode[];
  /**
   * Nodes of kinds that never carry a date (techniques, references): no place on a time axis, and not
   * what a lineage draws, so they are parked in the undated gutter below the drawing, unrouted.
   */
  readonly parked: readonly SceneNode[];
  readonly edges: readonly SceneEdge[];
  /** Months shown on the axis, first to last (continuous). */
  readonly months: readonly number[];
  readonly watershed: number;
  readonly hasEarlier: boolean;
  readonly hasUndated: boolean;
  readonly nodeSize: number;
  readonly labelGap: number;
  readonly fontSize: number;
};

const DATED_KINDS: ReadonlySet<string> = new Set(['dataset', 'source', 'model']);

const releaseMonth = (n: GraphNode): number | undefined => {
  if (n.kind !== 'dataset' && n.kind !== 'source' && n.kind !== 'model') return undefined;
  const v = n.released?.[0]?.value;
  return v && /^\d{4}-\d{2}/.test(v) ? monthIndex(v.slice(0, 7)) : undefined;
};

/**
 * The earliest month, among the nodes in view with a month, of the datasets a model generated (its `generated-by`
 * in-edges), or undefined. A model with no date of its own is an annotation of the data it generated: the time
 * layouts put it beside the first of them rather than in the undated gutter, whose long `generated-by` edges crossed
 * the whole drawing. It is not a date of the model, and the details panel gives it none.
 */
export function firstGeneratedMonth(graph: AtlasGraph, id: string, month: ReadonlyMap<string, number>): number | undefined {
  let first: number | undefined;
  graph.forEachInEdge(id, (_e, a, source) => {
    const m = a.kind === 'generated-by' ? month.get(source) : undefined;
    if (m !== undefined && graph.getNodeAttribute(source, 'kind') === 'dataset') first = Math.min(first ?? m, m);
  });
  return first;
}

export function buildScene(graph: AtlasGraph, ids: Iterable<string>, options: LayeredOptions, where: string): Scene {
  const measure = options.measure ?? estimateWidth;
  const fontSize = options.fontSize ?? 11;
  // Whole units: Graphviz sizes the cells of a node's table in whole points.
  const nodeSize = Math.ceil(options.nodeSize ?? NODE_SIZE);
  const labelGap = Math.ceil(options.labelGap ?? 4);
  if (!(fontSize > 0) || !(nodeSize > 0) || !(labelGap >= 0)) throw new Error(`${where}: fontSize and nodeSize must be > 0, labelGap >= 0`);
  const ids_ = [...new Set(ids)].sort();
  for (const id of ids_) if (!graph.hasNode(id)) throw new Error(`${where}: unknown node "${id}"`);
  const inView = new Set(ids_);
  const own = new Map<string, number>();
  for (const id of ids_) {
    const m = releaseMonth(graph.getNodeAttributes(id));
    if (m !== undefined) own.set(id, m);
  }
  const ownMonths = new Map(own);
  for (const id of ids_) {
    if (own.has(id) || graph.getNodeAttribute(id, 'kind') !== 'model') continue;
    const m = firstGeneratedMonth(graph, id, ownMonths);
    if (m !== undefined) own.set(id, m);
  }
  // The axis spans the datasets' releases around the watershed (as the timeline's does); sources and
  // models older than that (COCO, 2014) share an "earlier" column, so that one old date never stretches
  // the years that matter, and nodes with no date sit in an "undated" column at the right.
  const datasetMonths = ids_.filter((id) => graph.getNodeAttribute(id, 'kind') === 'dataset' && own.has(id)).map((id) => own.get(id)!);
  const first = Math.min(WATERSHED - 3, ...datasetMonths) - 1;
  const last = Math.max(WATERSHED + 3, ...own.values()) + 1;
  const months: number[] = [];
  for (let m = first; m <= last; m++) months.push(m);
  const lineH = Math.ceil(fontSize * 1.25);
  const all = ids_.map((id): SceneNode => {
    const label = graph.getNodeAttribute(id, 'label') ?? id;
    const labelW = Math.ceil(measure(label, fontSize));
    const m = own.get(id);
    const column: Column = m === undefined ? 'undated' : m < first ? 'earlier' : m;
    return { id, label, column, labelW, w: nodeSize + labelGap + labelW, h: Math.max(nodeSize, lineH) };
  });
  const dated = (id: string) => DATED_KINDS.has(graph.getNodeAttribute(id, 'kind'));
  const nodes = all.filter((n) => dated(n.id));
  const parked = all.filter((n) => !dated(n.id));
  const edges = graph
    .edges()
    .filter((e) => {
      const [s, t] = [graph.source(e), graph.target(e)];
      return s !== t && inView.has(s) && inView.has(t) && dated(s) && dated(t);
    })
    .sort()
    .map((e) => ({
      id: e,
      source: graph.source(e),
      target: graph.target(e),
      lineage: FAMILY_EDGES.has(graph.getEdgeAttribute(e, 'kind')),
    }));
  return {
    nodes,
    parked,
    edges,
    months,
    watershed: WATERSHED,
    hasEarlier: nodes.some((n) => n.column === 'earlier'),
    hasUndated: all.some((n) => n.column === 'undated'),
    nodeSize,
    labelGap,
    fontSize,
  };
}

export const columnOrder = (c: Column, scene: Pick<Scene, 'months'>): number =>
  c === 'earlier' ? scene.months[0]! - 1 : c === 'undated' ? scene.months[scene.months.length - 1]! + 1 : c;

export const monthLabel = (m: number): string => monthOfIndex(m);

/** Weakly connected components over the lineage edges, each sorted, largest first: the families. */
export function families(scene: Scene): string[][] {
  const parent = new Map(scene.nodes.map((n) => [n.id, n.id]));
  const find = (x: string): string => {
    while (parent.get(x) !== x) {
      parent.set(x, parent.get(parent.get(x)!)!);
      x = parent.get(x)!;
    }
    return x;
  };
  for (const e of scene.edges) if (e.lineage) parent.set(find(e.source), find(e.target));
  const groups = new Map<string, string[]>();
  for (const n of scene.nodes) groups.set(find(n.id), [...(groups.get(find(n.id)) ?? []), n.id]);
  return [...groups.values()].sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}
