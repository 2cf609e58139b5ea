// layout/print-lineage: the layered lineage laid out for a figure of a given size. Time runs left to right or
// top to bottom in slots (months, or quarters, half years or years when months do not fit), empty stretches of
// time take no room, and each node's box holds its glyph and label. The first arrangement that fits the width
// and height is taken, tried finest time first; if none fits, the smallest is returned with `fits: false`.
import type { AtlasGraph } from '../model/build';
import { monthOfIndex } from '../time';
import type { GraphvizEngine } from './layered';
import { buildScene, type Column, families } from './layered-scene';
import { dotPrint, type DotPrint } from './print-dot';
import { type NodeBox, type PrintedLayout, type PrintSpec, printBox } from './print-box';
import type { TimeAxis } from './types';

const WHERE = 'layout/print-lineage';
/** Time slots of 1, 3, 6 and 12 months, each counted from the InstructGPT watershed so that none straddles it. */
const GRAINS = [1, 3, 6, 12] as const;
const RANK_SEP = 10;
const NODE_SEP = 4;

/** Top to bottom, rows are packed to these fractions of the width: dot needs room beside them for long edges. */
const PACKS = [1, 0.7, 0.5] as const;

type Candidate = { readonly grain: number; readonly dir: 'LR' | 'TB'; readonly wrapEms: number; readonly pack: number };

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
  const candidates: Candidate[] = GRAINS.flatMap((grain) =>
    [Infinity, 12].flatMap((wrapEms) => [
      { grain, wrapEms, dir: 'LR' as const, pack: 1 },
      ...PACKS.map((pack) => ({ grain, wrapEms, dir: 'TB' as const, pack })),
    ]),
  );
  const arrangements = candidates.map((c) => arrange(c, all, column, familyOf, scene.watershed, spec));
  const run = (a: Arrangement) => {
    const markBefore = a.slotKey.findIndex((k) => k >= 0);
    const dot = dotPrint(engine, [...a.boxes.values()], a.c.dir === 'TB' ? edges.map((e) => ({ ...e, weight: 0 })) : edges, {
      rankdir: a.c.dir,
      slots: a.slots,
      markBefore: markBefore < 0 ? a.slots.length : markBefore,
      clusters: a.c.dir === 'LR' ? fams : undefined,
      nodeSep: NODE_SEP,
      rankSep: RANK_SEP,
    });
    const fits = dot.width <= a.room.width && dot.height <= a.room.height;
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
  const order = (a: string, b: string) => familyOf.get(a)! - familyOf.get(b)! || a.localeCompare(b);
  const slots: string[][] = [];
  const slotKey: number[] = [];
  for (const k of keys) {
    const rows: string[][] = [[]];
    let w = 0;
    for (const id of all
      .map((n) => n.id)
      .filter((id) => bucket(id) === k)
      .sort(order)) {
      const bw = boxes.get(id)!.w;
      if (c.dir === 'TB' && rows[rows.length - 1]!.length && w + NODE_SEP + bw > room.width * c.pack) {
        rows.push([]);
        w = 0;
      }
      w += (rows[rows.length - 1]!.length ? NODE_SEP : 0) + bw;
      rows[rows.length - 1]!.push(id);
    }
    for (const r of rows) {
      slots.push(r);
      slotKey.push(k);
    }
  }
  const sizes = slots.map((s) => s.map((id) => boxes.get(id)!));
  const across = sizes.map((s) => (c.dir === 'LR' ? Math.max(...s.map((b) => b.w)) : Math.max(...s.map((b) => b.h))));
  const stack = c.dir === 'LR' ? Math.max(...sizes.map((s) => s.reduce((t, b) => t + b.h + NODE_SEP, -NODE_SEP))) : 0;
  const widest = c.dir === 'TB' ? Math.max(...sizes.map((s) => s.reduce((t, b) => t + b.w + NODE_SEP, -NODE_SEP))) : 0;
  const length = across.reduce((t, x) => t + x + RANK_SEP, 0);
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
    watershed: { x: w, label: 'InstructGPT (2022-03)' },
    // Top to bottom, a band's name stands in a strip above its first row; a generation with nothing in view has an empty band.
    bands: [
      { x0: slotKey.some((k) => k < 0) && c.dir === 'TB' ? -fs * 1.3 : Math.min(0, w), x1: w, label: 'Task aggregation' },
      { x0: w, x1: end, label: 'InstructGPT generation' },
    ],
    lanes: [],
  };
}
