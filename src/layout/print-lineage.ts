// layout/print-lineage: the layered lineage laid out for a figure of a given size. Time runs left to right or
// top to bottom in slots (months, or quarters, half years or years when months do not fit), empty stretches of
// time take no room, and each node's box holds its glyph and label. The first arrangement that fits the width
// and height is taken, tried finest time first; if none fits, the smallest is returned with `fits: false`.
import type { AtlasGraph } from '../model/build';
import { monthOfIndex } from '../time';
import type { GraphvizEngine } from './layered';
import { buildScene, type Column, families } from './layered-scene';
import { dotPrint, type DotPrint } from './print-dot';
import { rowsPrint } from './print-rows';
import { type NodeBox, type PrintedLayout, type PrintSpec, printBox } from './print-box';
import type { TimeAxis } from './types';

const WHERE = 'layout/print-lineage';
/** The axis's names for the watershed and the two generations' bands (figure/axes draws them at the right). */
const WATERSHED = 'InstructGPT (2022-03)';
const BANDS = ['Task aggregation', 'InstructGPT generation'] as const;
/** Time slots of 1, 3, 6 and 12 months, each counted from the InstructGPT watershed so that none straddles it. */
const GRAINS = [1, 3, 6, 12] as const;
const RANK_SEP = 10;
const NODE_SEP = 4;
/** Top to bottom: the least room between two boxes of a row, and above a row (of the same slot, of a new one). */
const ROW_SEP = 6;
const ROW_GAP = 4;
const SLOT_GAP = 7;
/** Above the first row after the watershed: its line and name, and the next band's name, take about 2.6 font sizes. */
const markGap = (fs: number) => Math.max(SLOT_GAP, fs * 2.8);

/** Top to bottom, rows are packed to these fractions of the width: fewer boxes a row leave more room for edges. */
const PACKS = [1, 0.85, 0.7] as const;

type Candidate = {
  readonly grain: number;
  readonly dir: 'LR' | 'TB';
  readonly wrapEms: number;
  readonly pack: number;
  /**
   * Top to bottom, a slot's boxes grouped by height (those with a line of marks together), each in the first row of
   * its height with room (families kept together within a height): fewer, tighter rows.
   */
  readonly byHeight?: boolean;
};

export function printLineage(graph: AtlasGraph, ids: readonly string[], engine: GraphvizEngine, spec: PrintSpec): PrintedLayout {
  const scene = buildScene(graph, ids, { fontSize: spec.fontSize, measure: spec.measure }, WHERE);
  const all = [...scene.nodes, ...scene.parked];
  const column = new Map<string, Column>(all.map((n) => [n.id, scene.parked.includes(n) ? 'undated' : n.column]));
  // Every edge between the nodes shown, not only the lineage's: each is drawn, so each is routed.
  const inView = new Set(all.map((n) => n.id));
  const lineage = new Set(scene.edges.filter((e) => e.lineage).map((e) => e.id));
  const edges = graph
    .edges()
    .filter((e) => graph.source(e) !== graph.target(e) && inView.has(graph.source(e)) && inView.has(graph.target(e)))
    .sort()
    .map((e) => ({ id: e, source: graph.source(e), target: graph.target(e), weight: lineage.has(e) ? 4 : 1 }));
  const fams = families(scene);
  const familyOf = new Map(fams.flatMap((f, i) => f.map((id) => [id, i] as const)));
  const candidates: Candidate[] = [
    ...GRAINS.flatMap((grain) =>
      [Infinity, 12].flatMap((wrapEms) => [
        { grain, wrapEms, dir: 'LR' as const, pack: 1 },
        ...PACKS.map((pack) => ({ grain, wrapEms, dir: 'TB' as const, pack })),
      ]),
    ),
    // Last, when nothing else fits: rows of boxes of one height, which pack a column tighter but part families more.
    ...GRAINS.flatMap((grain) => [Infinity, 12].map((wrapEms) => ({ grain, wrapEms, dir: 'TB' as const, pack: 1, byHeight: true }))),
  ];
  const arrangements = candidates.map((c) => arrange(c, all, column, familyOf, scene.watershed, spec));
  const run = (a: Arrangement) => {
    const markBefore = markOf(a.slotKey);
    // Left to right, dot ranks the slots and routes; top to bottom, the rows are ours and Graphviz only routes.
    const dot =
      a.c.dir === 'LR'
        ? {
            ...dotPrint(engine, [...a.boxes.values()], edges, {
              rankdir: 'LR',
              slots: a.slots,
              markBefore,
              clusters: fams,
              nodeSep: NODE_SEP,
              rankSep: RANK_SEP,
            }),
            routed: true,
          }
        : rowsPrint(engine, [...a.boxes.values()], edges, {
            rows: a.slots,
            gapBefore: gapsOf(a.slotKey, markBefore, spec.fontSize),
            markBefore,
            width: a.room.width,
            minGap: ROW_SEP - 1,
            // The watershed's name above its line and the generation's below, at the right (figure/axes draws them).
            markLabel: {
              width: Math.max(...[WATERSHED, BANDS[1]].map((t) => spec.measure(t, spec.fontSize * 0.85))) + 3,
              above: spec.fontSize * 1.1,
              below: spec.fontSize * 1.1,
            },
            clearance: 1,
          });
    const fits = dot.routed && dot.width <= a.room.width && dot.height <= a.room.height;
    return { ...assemble(dot, a.boxes), axis: axisOf(dot, a.slotKey, a.c, scene.watershed, spec.fontSize), fits };
  };
  // dot runs only on arrangements whose size, bounded below without it, might fit, finest time first.
  for (const a of arrangements) {
    if (a.estimate.width > a.room.width || a.estimate.height > a.room.height) continue;
    const out = run(a);
    if (out.fits) return out;
  }
  // None fits: the one that comes nearest, laid out so that the figure can say how big it would be.
  const over = (a: Arrangement) => Math.max(0, a.estimate.width / a.room.width - 1) + Math.max(0, a.estimate.height / a.room.height - 1);
  return { ...run(arrangements.reduce((x, y) => (over(y) < over(x) ? y : x))), fits: false };
}

/** The index of the first slot after the watershed (the slots' length when there is none). */
function markOf(slotKey: readonly number[]): number {
  const i = slotKey.findIndex((k) => k >= 0);
  return i < 0 ? slotKey.length : i;
}

/** Top to bottom, the room above each row: a little within a slot, more between slots, most at the watershed. */
const gapsOf =
  (slotKey: readonly number[], markBefore: number, fs: number) =>
  (i: number): number =>
    i === markBefore ? markGap(fs) : slotKey[i] === slotKey[i - 1] ? ROW_GAP : SLOT_GAP;

type Arrangement = {
  readonly c: Candidate;
  readonly room: { readonly width: number; readonly height: number };
  readonly boxes: ReadonlyMap<string, NodeBox>;
  readonly slots: readonly (readonly string[])[];
  readonly slotKey: readonly number[];
  /** A lower bound on the drawing's size. */
  readonly estimate: { readonly width: number; readonly height: number };
};

/** The slots of one candidate: its time buckets, top to bottom wrapped onto rows no wider than `pack` of the room. */
function arrange(
  c: Candidate,
  all: readonly { readonly id: string; readonly label: string }[],
  column: ReadonlyMap<string, Column>,
  familyOf: ReadonlyMap<string, number>,
  watershed: number,
  spec: PrintSpec,
): Arrangement {
  const room = spec.room(c.dir);
  const boxes = new Map(all.map((n) => [n.id, printBox(n.id, n.label, spec, c.wrapEms)]));
  const bucket = (id: string): number => {
    const col = column.get(id)!;
    return col === 'earlier' ? -Infinity : col === 'undated' ? Infinity : Math.floor((col - watershed) / c.grain);
  };
  const keys = [...new Set(all.map((n) => bucket(n.id)))].sort((a, b) => a - b);
  const family = (a: string, b: string) => familyOf.get(a)! - familyOf.get(b)! || a.localeCompare(b);
  const order = c.byHeight ? (a: string, b: string) => boxes.get(a)!.h - boxes.get(b)!.h || family(a, b) : family;
  const slots: string[][] = [];
  const slotKey: number[] = [];
  for (const k of keys) {
    const rows: string[][] = [[]];
    const used = [0];
    for (const id of all
      .map((n) => n.id)
      .filter((id) => bucket(id) === k)
      .sort(order)) {
      const bw = boxes.get(id)!.w;
      const fits = (i: number) => !rows[i]!.length || used[i]! + ROW_SEP + bw <= room.width * c.pack;
      // In order, each box ends the last row or starts a new one; by height, it takes the first row of its height with room.
      const h = boxes.get(id)!.h;
      let i = rows.length - 1;
      if (c.byHeight) i = rows.findIndex((r, j) => fits(j) && (!r.length || boxes.get(r[0]!)!.h === h));
      if (c.dir === 'TB' && (i < 0 || !fits(i))) {
        rows.push([]);
        used.push(0);
        i = rows.length - 1;
      }
      used[i]! += (rows[i]!.length ? ROW_SEP : 0) + bw;
      rows[i]!.push(id);
    }
    for (const r of rows) {
      slots.push(r);
      slotKey.push(k);
    }
  }
  const sizes = slots.map((s) => s.map((id) => boxes.get(id)!));
  const across = sizes.map((s) => (c.dir === 'LR' ? Math.max(...s.map((b) => b.w)) : Math.max(...s.map((b) => b.h))));
  const stack = c.dir === 'LR' ? Math.max(...sizes.map((s) => s.reduce((t, b) => t + b.h + NODE_SEP, -NODE_SEP))) : 0;
  const widest = c.dir === 'TB' ? Math.max(...sizes.map((s) => s.reduce((t, b) => t + b.w + ROW_SEP, -ROW_SEP))) : 0;
  const gap = gapsOf(slotKey, markOf(slotKey), spec.fontSize);
  // Left to right a lower bound (dot adds room); top to bottom exactly the height the rows take.
  const length = across.reduce((t, x, i) => t + x + (c.dir === 'LR' ? RANK_SEP : i ? gap(i) : 0), 0);
  return {
    c,
    room,
    boxes,
    slots,
    slotKey,
    estimate: c.dir === 'LR' ? { width: length, height: stack } : { width: widest, height: length },
  };
}

/** Glyph centres, label places and routes of a dot layout, in its coordinates (top-left origin). */
function assemble(dot: DotPrint, boxes: ReadonlyMap<string, NodeBox>) {
  const positions: Record<string, { x: number; y: number }> = {};
  const placed: Record<string, NonNullable<PrintedLayout['placed']>[string]> = {};
  for (const [id, b] of boxes) {
    const at = dot.boxes[id]!;
    positions[id] = { x: at.x0 + b.glyph.x, y: at.y0 + b.glyph.y };
    placed[id] = { lines: b.lines, x: at.x0 + b.text.x, y: at.y0 + b.text.y, box: [at.x0, at.y0, at.x1, at.y1] };
  }
  return { positions, placed, routes: dot.routes, size: { width: dot.width, height: dot.height } };
}

function axisOf(dot: DotPrint, slotKey: readonly number[], c: Candidate, watershed: number, fs: number): TimeAxis {
  const end = c.dir === 'LR' ? dot.width : dot.height;
  const startOf = (k: number) => watershed + k * c.grain; // first month of a slot
  const ticks: { x: number; label: string }[] = [];
  const months: { x: number; label: string }[] = [];
  let lastYear: number | undefined;
  slotKey.forEach((k, i) => {
    const x = dot.slotAt[i]!;
    if (k === -Infinity || k === Infinity) {
      if (slotKey.indexOf(k) === i) ticks.push({ x, label: k < 0 ? 'earlier' : 'undated' });
      return;
    }
    if (slotKey.indexOf(k) !== i) return;
    const m = startOf(k);
    months.push({ x, label: monthOfIndex(m) });
    const year = Math.floor(m / 12);
    if (year !== lastYear) ticks.push({ x, label: c.grain === 1 || m % 12 === 0 ? String(year) : monthOfIndex(m) });
    lastYear = year;
  });
  const w = dot.markAt ?? 0;
  return {
    kind: 'time',
    ...(c.dir === 'TB' ? { along: 'y' as const } : {}),
    ticks,
    months,
    watershed: { x: w, label: WATERSHED },
    // Top to bottom, a band's name stands in a strip above its first row; a generation with nothing in view has an empty band.
    bands: [
      { x0: slotKey.some((k) => k < 0) && c.dir === 'TB' ? -fs * 1.3 : Math.min(0, w), x1: w, label: BANDS[0] },
      { x0: w, x1: end, label: BANDS[1] },
    ],
    lanes: [],
  };
}
