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

/** A box on screen no label may cover (text the canvas's overlays draw, such as the timeline's lane names), in pixels. */
export type ScreenBox = { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };

/** Screen cells this big index the kept labels (about a label's size), so each check looks at a few neighbours only. */
const CELL = 64;

/** The sides tried, in order, after the layout's own. */
const ORDER: Record<'below' | 'right', readonly LabelSide[]> = {
  below: ['below', 'above', 'right', 'left'],
  right: ['right', 'left', 'below', 'above'],
};

/**
 * Writes the box a label `w` wide on `side` of `c` covers into `out` (x1, y1, x2, y2), as the stylesheet draws it
 * there. One number at a time: `out.set([...])` made an array for each box, 200,000 a pass at 50,000 nodes.
 */
function boxAt(c: LabelCandidate, w: number, side: LabelSide, out: Float64Array): void {
  const { x, y, r, height: h } = c;
  if (side === 'right') {
    out[0] = x + r + 1;
    out[1] = y - h / 2;
    out[2] = x + r + 1 + w;
    out[3] = y + h / 2;
  } else if (side === 'left') {
    out[0] = x - r - 1 - w;
    out[1] = y - h / 2;
    out[2] = x - r - 1;
    out[3] = y + h / 2;
  } else if (side === 'above') {
    out[0] = x - w / 2;
    out[1] = y - r - 1 - h;
    out[2] = x + w / 2;
    out[3] = y - r - 1;
  } else {
    out[0] = x - w / 2;
    out[1] = y + r + 1;
    out[2] = x + w / 2;
    out[3] = y + r + 1 + h;
  }
}

/**
 * Whether a box takes part in collisions at all: one whose far edge lies a 64 px cell before its near one, or with a
 * NaN, collided with nothing when the grid was keyed by 64 px cells, and still does not.
 */
const counts = (x1: number, y1: number, x2: number, y2: number) =>
  (x1 <= x2 && y1 <= y2) || (Math.floor(x1 / CELL) <= Math.floor(x2 / CELL) && Math.floor(y1 / CELL) <= Math.floor(y2 / CELL));

/** `a` with room for at least `n` items, its content kept (doubled when it grows). */
function room<A extends Float64Array | Int32Array>(a: A, n: number): A {
  if (n <= a.length) return a;
  const more = new (a.constructor as new (n: number) => A)(Math.max(n, 2 * a.length));
  more.set(a);
  return more;
}

/**
 * A spatial index of boxes on a screen of `width` x `height` pixels, in square cells of `cell` pixels numbered row by
 * row; a box past the screen's edge goes in the edge cells (two boxes that overlap still share a cell). Numbers, not
 * strings, key the cells, and everything is kept in typed arrays: the boxes' corners (x1, y1, x2, y2 each), and each
 * cell's boxes as a list linked through `next`. At 50,000 nodes it answers 200,000 questions, allocating nothing.
 */
class Grid {
  private readonly cols: number;
  private readonly rows: number;
  /** Per cell, its first entry (-1: none); per entry, its box and the cell's next entry. */
  private readonly head: Int32Array;
  private box: Int32Array;
  private next: Int32Array;
  private entries = 0;
  private b: Float64Array;
  private size = 0;
  constructor(
    private readonly cell: number,
    screen: { readonly width: number; readonly height: number },
    capacity: number,
  ) {
    this.cols = screen.width > 0 ? Math.ceil(screen.width / cell) : 1;
    this.rows = screen.height > 0 ? Math.ceil(screen.height / cell) : 1;
    this.head = new Int32Array(this.cols * this.rows).fill(-1);
    this.b = new Float64Array(4 * Math.max(1, capacity));
    this.box = new Int32Array(Math.max(1, capacity));
    this.next = new Int32Array(Math.max(1, capacity));
  }
  private col(x: number): number {
    return Math.min(this.cols - 1, Math.max(0, Math.floor(x / this.cell)));
  }
  private row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor(y / this.cell)));
  }
  /** Adds a box (unless it takes no part, see `counts`) and returns its index. */
  add(x1: number, y1: number, x2: number, y2: number): number {
    const i = this.size++;
    const b = (this.b = room(this.b, 4 * this.size));
    b[4 * i] = x1;
    b[4 * i + 1] = y1;
    b[4 * i + 2] = x2;
    b[4 * i + 3] = y2;
    if (!counts(x1, y1, x2, y2)) return i;
    const c1 = this.col(Math.min(x1, x2));
    const c2 = this.col(Math.max(x1, x2));
    const r2 = this.row(Math.max(y1, y2));
    for (let r = this.row(Math.min(y1, y2)); r <= r2; r++)
      for (let c = c1; c <= c2; c++) {
        const e = this.entries++;
        this.box = room(this.box, this.entries);
        this.next = room(this.next, this.entries);
        const k = r * this.cols + c;
        this.box[e] = i;
        this.next[e] = this.head[k]!;
        this.head[k] = e;
      }
    return i;
  }
  /**
   * The first box in the index that overlaps the box `at` (x1, y1, x2, y2) and that `except` does not excuse, or -1.
   * The cell at the box's centre is looked at first: where nodes crowd, a shape there nearly always overlaps.
   */
  hit(at: Float64Array, except?: (i: number) => boolean): number {
    const x1 = at[0]!;
    const y1 = at[1]!;
    const x2 = at[2]!;
    const y2 = at[3]!;
    if (!counts(x1, y1, x2, y2)) return -1;
    const mid = this.row((y1 + y2) / 2) * this.cols + this.col((x1 + x2) / 2);
    const found = this.inCell(mid, x1, y1, x2, y2, except);
    if (found >= 0) return found;
    const c1 = this.col(Math.min(x1, x2));
    const c2 = this.col(Math.max(x1, x2));
    const r2 = this.row(Math.max(y1, y2));
    for (let r = this.row(Math.min(y1, y2)); r <= r2; r++)
      for (let c = c1; c <= c2; c++) {
        const k = r * this.cols + c;
        const i = k === mid ? -1 : this.inCell(k, x1, y1, x2, y2, except);
        if (i >= 0) return i;
      }
    return -1;
  }
  private inCell(k: number, x1: number, y1: number, x2: number, y2: number, except?: (i: number) => boolean): number {
    const o = this.b;
    for (let e = this.head[k]!; e >= 0; e = this.next[e]!) {
      const i = this.box[e]!;
      const j = 4 * i;
      if (x1 < o[j + 2]! && o[j]! < x2 && y1 < o[j + 3]! && o[j + 1]! < y2 && !except?.(i)) return i;
    }
    return -1;
  }
}

/**
 * The cell of the index of nodes' shapes: zoomed out, a shape is under a pixel across and 50,000 of them share a
 * 1280 x 900 screen, so 64 px cells held ~300 shapes each and each side of each label checked a thousand (234 to 303
 * ms a placement, bench/label-grid.ts); a cell about the nodes' spacing on screen (at least 8 px, and at least twice an
 * average shape's width) holds a few, and an average shape lies in at most 4.
 */
function shapeCell(onScreen: readonly LabelCandidate[], screen: { readonly width: number; readonly height: number }): number {
  let r = 0;
  for (const c of onScreen) r += c.r;
  const spacing = Math.sqrt((screen.width * screen.height) / Math.max(1, onScreen.length));
  const cell = Math.max(spacing, (4 * r) / Math.max(1, onScreen.length));
  return cell >= 8 ? Math.min(cell, CELL) : 8;
}

/** The comparison placeLabels orders candidates by: tier, then weight (larger first), then id. */
const byRank = (a: LabelCandidate, b: LabelCandidate) => a.tier - b.tier || b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Where to label: in order of tier, then weight, then id, each label goes on the first side of its node (the
 * layout's own side first) where it overlaps no kept label and no other node's shape and lies whole on screen. A label
 * of tier 0 may cover another node's shape, or else run off the screen's edge, rather than be left out; a label of a
 * higher tier is left out where every side is taken. Only nodes at least partly on screen are labelled. No label covers an
 * obstacle.
 *
 * `widthOf`, where given, gives a candidate's label's width, and its `width` is then only a lower bound of it: it is
 * asked for only the candidates that could be labelled at that bound, as the others could never be at a width at least
 * as large (each side's box at a larger width holds the one at the smaller, so what overlaps it or runs off the screen
 * there still does). The placement is the one the candidates at their real widths get. (Measuring a label's text is
 * what costs in a browser: zoomed out over 50,000 nodes all but a few hundred are ruled out at the bound canvas/labels
 * gives; see updateLabels there.)
 */
export function placeLabels<C extends LabelCandidate>(
  candidates: readonly C[],
  screen: { readonly width: number; readonly height: number },
  obstacles: readonly ScreenBox[] = [],
  widthOf?: (c: C) => number,
): LabelPlacement {
  const { width, height } = screen;
  const onScreen = candidates.filter((c) => c.x + c.r >= 0 && c.x - c.r <= width && c.y + c.r >= 0 && c.y - c.r <= height);
  // Every node's shape is an obstacle for the labels of others (shape i is onScreen[i]).
  const shapes = new Grid(shapeCell(onScreen, screen), screen, onScreen.length);
  for (const c of onScreen) shapes.add(c.x - c.r, c.y - c.r, c.x + c.r, c.y + c.r);
  // A node's own shape never lies under its label (the label starts a pixel past it) unless r < 0: only then is it
  // looked up; where two candidates share an id, the last one's shape is the node's.
  let own: Map<string, number> | undefined;
  let current = '';
  const ids = onScreen.map((c) => c.id);
  const excused = (i: number) => {
    if (ids[i] !== current) return false;
    own ??= new Map(onScreen.map((c, k) => [c.id, k]));
    return own.get(current) === i;
  };
  const box = new Float64Array(4);
  const inside = () => box[0]! >= 0 && box[1]! >= 0 && box[2]! <= width && box[3]! <= height;
  // Whether each side (in ORDER) is over another node's shape (bit k) or partly off screen (bit 4 + k) depends on no
  // label: worked out first, once. Above tier 0 either rules a side out, and a node with no side left can never be
  // labelled, whatever comes before it: zoomed out to 50,000 nodes that is all but a few hundred, and only those are
  // sorted and tried against the labels. (A stable sort puts a part in the order the whole would be in, given the
  // comparison is consistent: with a tier or weight not finite, nothing is left out.)
  const blocked = new Uint8Array(onScreen.length);
  let finite = true;
  const ranked: number[] = [];
  /** Each label's width: its candidate's, or, with `widthOf`, at first the bound, then the real width once asked. */
  const wide = Float64Array.from(onScreen, (c) => c.width);
  const bitsOf = (i: number) => {
    const c = onScreen[i]!;
    const sides = ORDER[c.side ?? 'below'];
    const high = c.tier > 0;
    current = c.id;
    let bits = 0;
    for (let k = 0; k < 4; k++) {
      boxAt(c, wide[i]!, sides[k]!, box);
      const off = !inside();
      if (off) bits |= 1 << (4 + k);
      // Above tier 0 one reason is enough.
      if (!(off && high) && shapes.hit(box, excused) >= 0) bits |= 1 << k;
    }
    return bits;
  };
  const open = (bits: number) => ((bits | (bits >> 4)) & 0xf) !== 0xf;
  /** Each candidate at its real width (`widthOf`), its sides worked out again there unless the bound was that width. */
  const measured = widthOf ? new Uint8Array(onScreen.length) : undefined;
  const measure = (i: number) => {
    if (!widthOf || measured![i]) return;
    measured![i] = 1;
    const w = widthOf(onScreen[i]!);
    if (w === wide[i]) return;
    wide[i] = w;
    blocked[i] = bitsOf(i);
  };
  for (let i = 0; i < onScreen.length; i++) {
    const c = onScreen[i]!;
    finite &&= Number.isFinite(c.tier) && Number.isFinite(c.weight);
    const high = c.tier > 0;
    blocked[i] = bitsOf(i);
    if (high && !open(blocked[i]!)) continue;
    measure(i);
    if (!high || open(blocked[i]!)) ranked.push(i);
  }
  const order = finite ? ranked : onScreen.map((_, i) => i);
  if (!finite) for (const i of order) measure(i);
  order.sort((i, j) => byRank(onScreen[i]!, onScreen[j]!));
  const labels = new Grid(CELL, screen, order.length + obstacles.length);
  for (const o of obstacles) labels.add(o.x1, o.y1, o.x2, o.y2);
  const sides = new Map<string, LabelSide>();
  const unplaced: string[] = [];
  for (const i of order) {
    const c = onScreen[i]!;
    const bits = blocked[i]!;
    const high = c.tier > 0;
    // Each free side's cost: 0 clear and on screen; for tier 0 only, 1 over another node, 2 partly off screen, 3 both.
    let best: { side: LabelSide; cost: number } | null = null;
    for (const [k, side] of ORDER[c.side ?? 'below'].entries()) {
      const overShape = (bits >> k) & 1;
      const off = (bits >> (4 + k)) & 1;
      if ((overShape || off) && high) continue;
      boxAt(c, wide[i]!, side, box);
      if (labels.hit(box) >= 0) continue;
      const cost = overShape + 2 * off;
      if (!best || cost < best.cost) best = { side, cost };
      if (cost === 0) break;
    }
    if (!best) {
      if (c.tier === 0) unplaced.push(c.id);
      continue;
    }
    sides.set(c.id, best.side);
    boxAt(c, wide[i]!, best.side, box);
    labels.add(box[0]!, box[1]!, box[2]!, box[3]!);
  }
  return { sides, unplaced };
}

/** The ids to label (placeLabels without the sides). */
export const labelGrid = (
  candidates: readonly LabelCandidate[],
  screen: { readonly width: number; readonly height: number },
): Set<string> => new Set(placeLabels(candidates, screen).sides.keys());
