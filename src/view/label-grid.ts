// view/label-grid: which nodes a screen labels at the current zoom, and on which side of each. The nodes that
// matter (selected, focused, highlighted) first, then the best connected; a label is kept only where it collides with
// no label kept before it, as sigma.js keeps a label grid, trying each side of its node before giving up on it.
// Pure: positions in screen pixels in, ids and sides out.

export type LabelSide = 'below' | 'right' | 'left' | 'above';

export type LabelCandidate = {
  readonly id: string;
  /** The node's centre on screen, and the half height of its shape, in pixels. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** The label's size on screen, in pixels. */
  readonly width: number;
  readonly height: number;
  /** 0: must be labelled if at all possible (selected, focused, highlighted); higher: less important. */
  readonly tier: number;
  /** Within a tier, larger first (the degree). */
  readonly weight: number;
  /** The side the layout prefers (centred below the node by default, or to its right in layered layouts). */
  readonly side?: 'below' | 'right';
};

export type LabelPlacement = {
  /** Each labelled node's id and the side its label is drawn on. */
  readonly sides: Map<string, LabelSide>;
  /** The tier-0 nodes on screen whose label fits on no side: the caller says so rather than dropping them silently. */
  readonly unplaced: readonly string[];
};

type Box = readonly [number, number, number, number];

/** A box on screen no label may cover (text the canvas's overlays draw, such as the timeline's lane names), in pixels. */
export type ScreenBox = { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };

/** Screen cells this big index the kept labels, so each check looks at a few neighbours only. */
const CELL = 64;

/** The sides tried, in order, after the layout's own. */
const ORDER: Record<'below' | 'right', readonly LabelSide[]> = {
  below: ['below', 'above', 'right', 'left'],
  right: ['right', 'left', 'below', 'above'],
};

function boxAt(c: LabelCandidate, side: LabelSide): Box {
  const { x, y, r, width: w, height: h } = c;
  if (side === 'right') return [x + r + 1, y - h / 2, x + r + 1 + w, y + h / 2];
  if (side === 'left') return [x - r - 1 - w, y - h / 2, x - r - 1, y + h / 2];
  if (side === 'above') return [x - w / 2, y - r - 1 - h, x + w / 2, y - r - 1];
  return [x - w / 2, y + r + 1, x + w / 2, y + r + 1 + h];
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** A spatial index of boxes by screen cell. */
function grid() {
  const cells = new Map<string, number[]>();
  const boxes: Box[] = [];
  const keys = (b: Box) => {
    const out: string[] = [];
    for (let cx = Math.floor(b[0] / CELL); cx <= Math.floor(b[2] / CELL); cx++)
      for (let cy = Math.floor(b[1] / CELL); cy <= Math.floor(b[3] / CELL); cy++) out.push(`${cx},${cy}`);
    return out;
  };
  return {
    add(b: Box): number {
      const i = boxes.push(b) - 1;
      for (const k of keys(b)) {
        const list = cells.get(k);
        if (list) list.push(i);
        else cells.set(k, [i]);
      }
      return i;
    },
    /** Whether `b` overlaps a box in the index other than `skip`. */
    hits(b: Box, skip = -1): boolean {
      return keys(b).some((k) => (cells.get(k) ?? []).some((i) => i !== skip && overlaps(b, boxes[i]!)));
    },
  };
}

/**
 * Where to label: in order of tier, then weight, then id, each label goes on the first side of its node (the
 * layout's own side first) where it overlaps no kept label and no other node's shape and lies whole on screen. A label
 * of tier 0 may cover another node's shape, or else run off the screen's edge, rather than be left out; a label of a
 * higher tier is left out where every side is taken. Only nodes at least partly on screen are labelled. No label covers an
 * obstacle.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  screen: { readonly width: number; readonly height: number },
  obstacles: readonly ScreenBox[] = [],
): LabelPlacement {
  const onScreen = candidates.filter((c) => c.x + c.r >= 0 && c.x - c.r <= screen.width && c.y + c.r >= 0 && c.y - c.r <= screen.height);
  const order = [...onScreen].sort((a, b) => a.tier - b.tier || b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Every node's shape is an obstacle for the labels of others.
  const shapes = grid();
  const shapeOf = new Map(onScreen.map((c) => [c.id, shapes.add([c.x - c.r, c.y - c.r, c.x + c.r, c.y + c.r])]));
  const labels = grid();
  for (const o of obstacles) labels.add([o.x1, o.y1, o.x2, o.y2]);
  const inside = (b: Box) => b[0] >= 0 && b[1] >= 0 && b[2] <= screen.width && b[3] <= screen.height;
  const sides = new Map<string, LabelSide>();
  const unplaced: string[] = [];
  for (const c of order) {
    // Each free side's cost: 0 clear and on screen; for tier 0 only, 1 over another node, 2 partly off screen, 3 both.
    let best: { side: LabelSide; box: Box; cost: number } | null = null;
    for (const side of ORDER[c.side ?? 'below']) {
      const box = boxAt(c, side);
      if (labels.hits(box)) continue;
      const overShape = shapes.hits(box, shapeOf.get(c.id));
      const off = !inside(box);
      if ((overShape || off) && c.tier > 0) continue;
      const cost = (overShape ? 1 : 0) + (off ? 2 : 0);
      if (!best || cost < best.cost) best = { side, box, cost };
      if (cost === 0) break;
    }
    if (!best) {
      if (c.tier === 0) unplaced.push(c.id);
      continue;
    }
    sides.set(c.id, best.side);
    labels.add(best.box);
  }
  return { sides, unplaced };
}

/** The ids to label (placeLabels without the sides). */
export const labelGrid = (
  candidates: readonly LabelCandidate[],
  screen: { readonly width: number; readonly height: number },
): Set<string> => new Set(placeLabels(candidates, screen).sides.keys());
