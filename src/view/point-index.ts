// view/point-index: a drawn scene's nodes by place, for the pointer: the node under a point, the nodes in a box.
// A static k-d tree (kdbush): made once per scene and layout in a few milliseconds at 50,000 nodes, each query a
// walk down the tree, where a linear scan of 50,000 nodes follows every move of the pointer.
import KDBush from 'kdbush';

export type Point = { readonly x: number; readonly y: number };

export type PointIndex = {
  /** The node nearest `p` within `r` of it (a square's half side, as nodes are drawn), if any. */
  at(p: Point, r: number): string | undefined;
  /** The nodes within the box. */
  inBox(x1: number, y1: number, x2: number, y2: number): string[];
};

/** An index of `ids` at their places (`where`); a node without a place is never found. */
export function pointIndex(ids: readonly string[], where: (id: string) => Point | undefined): PointIndex {
  const placed: string[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  for (const id of ids) {
    const p = where(id);
    if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    placed.push(id);
    xs.push(p.x);
    ys.push(p.y);
  }
  const tree = new KDBush(Math.max(placed.length, 1));
  for (let i = 0; i < placed.length; i++) tree.add(xs[i]!, ys[i]!);
  if (placed.length === 0) tree.add(Infinity, Infinity);
  tree.finish();
  const found = (i: number) => i < placed.length;
  return {
    at(p, r) {
      let best: number | undefined;
      let bestD = Infinity;
      for (const i of tree.range(p.x - r, p.y - r, p.x + r, p.y + r)) {
        if (!found(i)) continue;
        const d = (xs[i]! - p.x) ** 2 + (ys[i]! - p.y) ** 2;
        if (d < bestD) [best, bestD] = [i, d];
      }
      return best === undefined ? undefined : placed[best];
    },
    inBox: (x1, y1, x2, y2) =>
      tree
        .range(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2))
        .filter(found)
        .map((i) => placed[i]!),
  };
}
