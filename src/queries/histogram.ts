// queries/histogram: dataset releases per month over a continuous span of months (empty months included).
import type { AtlasGraph } from '../model/build';
import { monthIndex, monthOfIndex } from '../time';
import { datasetsOf, releaseMonth } from './facets';

export { monthIndex, monthOfIndex } from '../time';

export type MonthBin = { readonly month: string; readonly count: number; readonly ids: readonly string[] };

/**
 * One bin per month from the earliest to the latest release among `ids` (all datasets when omitted).
 * Datasets without a release date are not binned; `undated` lists them.
 */
export function releasesPerMonth(graph: AtlasGraph, ids?: ReadonlySet<string>): { bins: MonthBin[]; undated: string[] } {
  if (ids !== undefined && !(ids instanceof Set)) throw new Error('queries/histogram: ids must be a Set');
  const datasets = datasetsOf(graph).filter((d) => !ids || ids.has(d.id));
  const dated = datasets.filter((d) => releaseMonth(d));
  const undated = datasets.filter((d) => !releaseMonth(d)).map((d) => d.id);
  if (dated.length === 0) return { bins: [], undated };
  const idx = dated.map((d) => monthIndex(releaseMonth(d)!));
  const first = Math.min(...idx);
  const bins = Array.from({ length: Math.max(...idx) - first + 1 }, (_, i) => ({
    month: monthOfIndex(first + i),
    count: 0,
    ids: [] as string[],
  }));
  dated.forEach((d, i) => {
    const bin = bins[idx[i]! - first]!;
    bin.count++;
    bin.ids.push(d.id);
  });
  return { bins, undated };
}
