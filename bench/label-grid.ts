// bench/label-grid: times src/view/label-grid's placeLabels against the one it replaced (placeLabelsBefore, below),
// in one run, on the candidates the canvas makes for synthetic graphs (bench/synthetic), zoomed out to fit a
// 1280 x 900 screen and zoomed in, and fails unless both give the same labels on the same sides.
// Run: npx tsx bench/label-grid.ts [repeats]
import { gridPlaceholder } from '../renderer/layout/placeholder';
import { NODE_SIZE } from '../src/layout/types';
import { type LabelCandidate, type LabelPlacement, type LabelSide, placeLabels, type ScreenBox } from '../src/view/label-grid';
import { syntheticGraph } from './synthetic';

// ---- The baseline: placeLabels as it was before this bench (2 December 2026, main at dc69241), unchanged. ----

type Box = readonly [number, number, number, number];
const CELL = 64;
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
    hits(b: Box, skip = -1): boolean {
      return keys(b).some((k) => (cells.get(k) ?? []).some((i) => i !== skip && overlaps(b, boxes[i]!)));
    },
  };
}

export function placeLabelsBefore(
  candidates: readonly LabelCandidate[],
  screen: { readonly width: number; readonly height: number },
  obstacles: readonly ScreenBox[] = [],
): LabelPlacement {
  const onScreen = candidates.filter((c) => c.x + c.r >= 0 && c.x - c.r <= screen.width && c.y + c.r >= 0 && c.y - c.r <= screen.height);
  const order = [...onScreen].sort((a, b) => a.tier - b.tier || b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const shapes = grid();
  const shapeOf = new Map(onScreen.map((c) => [c.id, shapes.add([c.x - c.r, c.y - c.r, c.x + c.r, c.y + c.r])]));
  const labels = grid();
  for (const o of obstacles) labels.add([o.x1, o.y1, o.x2, o.y2]);
  const inside = (b: Box) => b[0] >= 0 && b[1] >= 0 && b[2] <= screen.width && b[3] <= screen.height;
  const sides = new Map<string, LabelSide>();
  const unplaced: string[] = [];
  for (const c of order) {
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

// ---- The cases: what canvas/labels.ts updateLabels hands placeLabels. ----

const SCREEN = { width: 1280, height: 900 };
/** sceneClasses fitScene's padding. */
const PAD = { top: 44, bottom: 48, left: 36, right: 36 };
const LABEL_PX = 11;
/** The controls over the canvas (the Show switch at the top left, the zoom buttons at the bottom right). */
const CONTROLS: ScreenBox[] = [
  { x1: 10, y1: 10, x2: 232, y2: 44 },
  { x1: 1230, y1: 760, x2: 1272, y2: 892 },
];

type Point = { x: number; y: number };

/**
 * A force-like spread: sources, techniques and models scattered over a disc, each dataset near the node it derives
 * from (clumps and chains of uneven density, as the force layout leaves them), 90 units apart on average like the grid.
 */
function spread(n: number): Map<string, Point> {
  const g = syntheticGraph(n);
  let seed = 7;
  const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const radius = Math.sqrt(n / Math.PI) * 90;
  const from = new Map(g.edges.filter((e) => e.kind === 'derived-from').map((e) => [e.source, e.target]));
  const at = new Map<string, Point>();
  for (const node of g.nodes) {
    const parent = at.get(from.get(node.id) ?? '');
    if (parent) at.set(node.id, { x: parent.x + gauss() * 70, y: parent.y + gauss() * 70 });
    else {
      const a = rand() * 2 * Math.PI;
      const d = Math.sqrt(rand()) * radius;
      at.set(node.id, { x: d * Math.cos(a), y: d * Math.sin(a) });
    }
  }
  return at;
}

function gridSpread(n: number): Map<string, Point> {
  return new Map(Object.entries(gridPlaceholder(syntheticGraph(n).nodes.map((x) => x.id)).positions));
}

/**
 * The candidates updateLabels builds at `view` (fit: the whole graph framed as fitScene frames it); labels in the
 * font's fallback width (0.6 em a character), tier 1 but `focus` (tier 0) and, with `dim`, every other node tier 2.
 */
function candidates(n: number, at: Map<string, Point>, view: 'fit' | { zoom: number }, focus: readonly string[] = [], dim = false) {
  const g = syntheticGraph(n);
  const degree = new Map<string, number>();
  for (const e of g.edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const ps = [...at.values()];
  const x1 = Math.min(...ps.map((p) => p.x)) - NODE_SIZE / 2;
  const x2 = Math.max(...ps.map((p) => p.x)) + NODE_SIZE / 2;
  const y1 = Math.min(...ps.map((p) => p.y)) - NODE_SIZE / 2;
  const y2 = Math.max(...ps.map((p) => p.y)) + NODE_SIZE / 2;
  const room = { w: SCREEN.width - PAD.left - PAD.right, h: SCREEN.height - PAD.top - PAD.bottom };
  const zoom = view === 'fit' ? Math.min(room.w / (x2 - x1), room.h / (y2 - y1)) : view.zoom;
  // Fitted: the box centred in the padded room; zoomed in: the graph's centre at the screen's.
  const pan =
    view === 'fit'
      ? { x: PAD.left + (room.w - (x2 - x1) * zoom) / 2 - x1 * zoom, y: PAD.top + (room.h - (y2 - y1) * zoom) / 2 - y1 * zoom }
      : { x: SCREEN.width / 2 - ((x1 + x2) / 2) * zoom, y: SCREEN.height / 2 - ((y1 + y2) / 2) * zoom };
  const focused = new Set(focus);
  const out: LabelCandidate[] = g.nodes.map((node) => {
    const p = at.get(node.id)!;
    return {
      id: node.id,
      x: p.x * zoom + pan.x,
      y: p.y * zoom + pan.y,
      r: (NODE_SIZE / 2) * zoom,
      width: node.label.length * LABEL_PX * 0.6 + 4,
      height: LABEL_PX * 1.3 + 3,
      tier: focused.has(node.id) ? 0 : dim ? 2 : 1,
      weight: degree.get(node.id) ?? 0,
      side: 'below',
    };
  });
  return { out, zoom };
}

// ---- The run. ----

/** The same ids on the same sides, placed in the same order, and the same unplaced ids. */
const same = (a: LabelPlacement, b: LabelPlacement) => {
  const [sa, sb] = [[...a.sides], [...b.sides]];
  return (
    sa.length === sb.length &&
    sa.every(([id, side], i) => sb[i]![0] === id && sb[i]![1] === side) &&
    a.unplaced.join('\n') === b.unplaced.join('\n')
  );
};

function time(f: () => LabelPlacement, repeats: number): { ms: number; result: LabelPlacement } {
  const runs: number[] = [];
  let result: LabelPlacement | undefined;
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    result = f();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[Math.floor(runs.length / 2)]!, result: result! };
}

const repeats = Number(process.argv[2] ?? 5);
type Case = { name: string; make: () => { out: LabelCandidate[]; zoom: number }; obstacles?: ScreenBox[] };
const lineage = ['d0', 'd7', 'd70', 'd700', 's3', 't1', 'm2'];
const cases: Case[] = [
  { name: '3,000 grid, fit', make: () => candidates(3000, gridSpread(3000), 'fit') },
  { name: '3,000 force-like, fit', make: () => candidates(3000, spread(3000), 'fit') },
  { name: '10,000 grid, fit', make: () => candidates(10000, gridSpread(10000), 'fit') },
  { name: '10,000 force-like, fit', make: () => candidates(10000, spread(10000), 'fit') },
  {
    name: '10,000 force-like, fit, lineage tier 0, rest dimmed, time strip',
    make: () => candidates(10000, spread(10000), 'fit', lineage, true),
    obstacles: [{ x1: 0, y1: SCREEN.height - 42, x2: SCREEN.width, y2: SCREEN.height }],
  },
  { name: '10,000 grid, zoom 1 (centre)', make: () => candidates(10000, gridSpread(10000), { zoom: 1 }) },
  { name: '10,000 force-like, zoom 0.3', make: () => candidates(10000, spread(10000), { zoom: 0.3 }) },
  { name: '50,000 grid, fit', make: () => candidates(50000, gridSpread(50000), 'fit') },
  { name: '50,000 force-like, fit', make: () => candidates(50000, spread(50000), 'fit') },
];

console.log(
  `placeLabels on a ${SCREEN.width} x ${SCREEN.height} screen, median of ${repeats} runs each (after 3 untimed on the first case)\n`,
);
console.log('| case | zoom | on screen | labelled | before | after | speed-up | same |');
console.log('|---|---|---|---|---|---|---|---|');
let failed = false;
const warm = cases[0]!.make().out;
for (let i = 0; i < 3; i++) {
  placeLabelsBefore(warm, SCREEN, CONTROLS);
  placeLabels(warm, SCREEN, CONTROLS);
}
for (const c of cases) {
  const { out, zoom } = c.make();
  const obstacles = [...CONTROLS, ...(c.obstacles ?? [])];
  const onScreen = out.filter((k) => k.x + k.r >= 0 && k.x - k.r <= SCREEN.width && k.y + k.r >= 0 && k.y - k.r <= SCREEN.height);
  const before = time(() => placeLabelsBefore(out, SCREEN, obstacles), repeats);
  const after = time(() => placeLabels(out, SCREEN, obstacles), repeats);
  const ok = same(before.result, after.result);
  failed ||= !ok;
  const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
  console.log(
    `| ${c.name} | ${zoom.toFixed(3)} | ${onScreen.length} | ${after.result.sides.size} | ${ms(before.ms)} | ${ms(after.ms)} | ${(before.ms / after.ms).toFixed(0)}x | ${ok ? 'yes' : 'NO'} |`,
  );
}
if (failed) {
  console.error('\nThe new placeLabels differs from the old on a case marked NO.');
  process.exit(1);
}
