// layout/layered-axis: the time axis of a layered layout from where its engine put each time column.
import { type Column, columnOrder, monthLabel, type Scene } from './layered-scene';
import type { TimeAxis } from './types';

/** Where a column's nodes sit: `x` is the centre of their circles, x0..x1 the extent of nodes and labels. */
export type ColumnPlace = { readonly x: number; readonly x0: number; readonly x1: number };

export function timeAxis(scene: Scene, place: (c: Column) => ColumnPlace | undefined, along: 'x' | 'y' = 'x'): TimeAxis {
  const monthPlaces = scene.months
    .map((m) => [m, place(m)] as const)
    .filter((p): p is readonly [number, ColumnPlace] => p[1] !== undefined);
  const months = monthPlaces.map(([m, p]) => ({ x: p.x, label: monthLabel(m) }));
  const ticks: { x: number; label: string }[] = monthPlaces
    .filter(([m]) => m % 12 === 0)
    .map(([m, p]) => ({ x: p.x, label: String(m / 12) }));
  const earlier = scene.hasEarlier ? place('earlier') : undefined;
  const undated = scene.hasUndated ? place('undated') : undefined;
  if (earlier) ticks.unshift({ x: earlier.x, label: 'earlier' });
  if (undated) ticks.push({ x: undated.x, label: 'undated' });
  // The watershed runs between February 2022's column and March 2022's, so InstructGPT's own data
  // (March 2022) sits on the new generation's side of it.
  const before = place(scene.watershed - 1)!;
  const at = place(scene.watershed)!;
  const w = Math.round((before.x1 + at.x0) / 2);
  const firstX = monthPlaces[0]![1].x0;
  const lastX = monthPlaces[monthPlaces.length - 1]![1].x1;
  return {
    kind: 'time',
    ...(along === 'y' ? { along } : {}),
    ticks,
    months,
    watershed: { x: w, label: 'InstructGPT (2022-03)' },
    bands: [
      { x0: firstX, x1: w, label: 'Task aggregation' },
      { x0: w, x1: lastX, label: 'InstructGPT generation' },
    ],
    lanes: [],
  };
}

export const sortColumns = (cols: Iterable<Column>, scene: Scene): Column[] =>
  [...cols].sort((a, b) => columnOrder(a, scene) - columnOrder(b, scene));
