// figure/label-text: what a figure's labels say and which win room first: a label wrapped onto at most three
// lines, the order labels are placed in, and the advice when some do not fit.
import type { AtlasGraph } from '../model/build';
import type { NodeKind } from '../schema/nodes';
import type { Scene } from '../view/scene';
import { wrap } from './metrics';
import type { FigureOptions } from './options';

/** Labels wrap at about this many font sizes of width, onto at most three lines. */
const LABEL_EMS = 8;
const MAX_LINES = 3;

const KIND_RANK: Readonly<Record<NodeKind, number>> = { dataset: 2, source: 3, model: 4, technique: 5, reference: 6 };

/** The focused node first, then the highlighted ones, datasets, sources, models, techniques, references; dimmed ones last. */
export function labelRank(graph: AtlasGraph, scene: Scene, id: string): number {
  if (id === scene.focus) return 0;
  return (scene.highlight?.nodes.has(id) ? 0 : 10) + (scene.dimmed.has(id) ? 20 : 0) + KIND_RANK[graph.getNodeAttribute(id, 'kind')];
}

/** A label on at most three lines; a third line that still runs over ends in an ellipsis. */
export function labelLines(label: string, fs: number): string[] {
  const all = wrap(label, fs * LABEL_EMS, fs);
  if (all.length <= MAX_LINES) return all;
  return [
    ...all.slice(0, MAX_LINES - 1),
    `${all
      .slice(MAX_LINES - 1)
      .join(' ')
      .slice(0, 18)}…`,
  ];
}

export function adviceFor(o: FigureOptions, n: number): string {
  const where =
    o.size === 'single' ? 'double column (7.16 in)' : o.height !== undefined ? 'a larger height or no fixed height' : 'a wider custom size';
  return `${n} label${n === 1 ? '' : 's'} do not fit at this size: try ${where}, a smaller font, or a view with fewer nodes (a focus, a trace or a filter).`;
}
