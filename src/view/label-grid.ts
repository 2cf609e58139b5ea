// view/label-grid: which nodes a screen labels at the current zoom. The nodes that matter (selected,
// focused, highlighted) first, then the best connected; a label is kept only where it collides with no
// label kept before it, as sigma.js keeps a label grid. Pure: positions in screen pixels in, ids out.

export type LabelCandidate = {
  readonly id: string;
  /** The node's centre on screen, and the half height of its shape, in pixels. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** The label's size on screen, in pixels (it is drawn centred below the node). */
  readonly width: number;
  readonly height: number;
  /** 0: must be labelled if at all possible (selected, focused, highlighted); higher: less important. */
  readonly tier: number;
  /** Within a tier, larger first (the degree). */
  readonly weight: number;
  /** Where the label is drawn: centred below the node (the default), or to its right (layered layouts). */
  readonly side?: 'below' | 'right';
};

/** Screen cells this big index the kept labels, so each check looks at a few neighbours only. */
const CELL = 64;

/**
 * The ids to label: in order of tier, then weight, then id, each kept when its label box overlaps no
 * kept label box and no other node's shape near it, and lies at least partly on screen.
 */
export function labelGrid(candidates: readonly LabelCandidate[], screen: { readonly width: number; readonly height: number }): Set<string> {
  const onScreen = candidates.filter(
    (c) => c.x + c.width / 2 >= 0 && c.x - c.width / 2 <= screen.width && c.y + c.r + c.height >= 0 && c.y - c.r <= screen.height,
  );
  const order = [...onScreen].sort((a, b) => a.tier - b.tier || b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const cells = new Map<string, Array<readonly [number, number, number, number]>>();
  const keys = (b: readonly [number, number, number, number]) => {
    const out: string[] = [];
    for (let cx = Math.floor(b[0] / CELL); cx <= Math.floor(b[2] / CELL); cx++)
      for (let cy = Math.floor(b[1] / CELL); cy <= Math.floor(b[3] / CELL); cy++) out.push(`${cx},${cy}`);
    return out;
  };
  const add = (b: readonly [number, number, number, number]) => {
    for (const k of keys(b)) cells.set(k, [...(cells.get(k) ?? []), b]);
  };
  const hits = (b: readonly [number, number, number, number]) =>
    keys(b).some((k) => (cells.get(k) ?? []).some((o) => b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]));
  // Every node's shape is an obstacle for the labels of others.
  const shapes = onScreen.map((c) => [c.x - c.r, c.y - c.r, c.x + c.r, c.y + c.r] as const);
  const shapeCells = new Map<string, number[]>();
  shapes.forEach((b, i) => {
    for (const k of keys(b)) shapeCells.set(k, [...(shapeCells.get(k) ?? []), i]);
  });
  const index = new Map(onScreen.map((c, i) => [c.id, i]));
  const kept = new Set<string>();
  for (const c of order) {
    const box =
      c.side === 'right'
        ? ([c.x + c.r + 1, c.y - c.height / 2, c.x + c.r + 1 + c.width, c.y + c.height / 2] as const)
        : ([c.x - c.width / 2, c.y + c.r + 1, c.x + c.width / 2, c.y + c.r + 1 + c.height] as const);
    if (hits(box)) continue;
    const self = index.get(c.id);
    const overShape = keys(box).some((k) =>
      (shapeCells.get(k) ?? []).some(
        (i) => i !== self && box[0] < shapes[i]![2] && shapes[i]![0] < box[2] && box[1] < shapes[i]![3] && shapes[i]![1] < box[3],
      ),
    );
    if (overShape && c.tier > 0) continue;
    kept.add(c.id);
    add(box);
  }
  return kept;
}
