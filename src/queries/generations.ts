// queries/generations: releases per month stacked by purpose or modality, and which construction techniques
// each of the survey's two generations used.
import type { AtlasGraph } from '../model/build';
import type { DatasetNode, Generation } from '../schema/nodes';
import { Generation as GenerationEnum } from '../schema/nodes';
import { datasetsOf } from './facets';
import { releasesPerMonth } from './histogram';

export type StackBy = 'purpose' | 'modality';
export type Stacked = { readonly months: readonly string[]; readonly series: readonly { key: string; counts: readonly number[] }[] };

const stackKey = (d: DatasetNode, by: StackBy) =>
  by === 'purpose' ? d.taxonomy.purpose : d.taxonomy.modality.includes('image') ? 'image-text' : 'text';
const ORDER: Record<StackBy, readonly string[]> = {
  purpose: ['demonstration', 'comparison', 'generalist'],
  modality: ['text', 'image-text'],
};

/** Dataset releases per month (over the continuous span of months), one series per purpose or modality. */
export function stackedReleases(graph: AtlasGraph, ids: ReadonlySet<string>, by: StackBy): Stacked {
  if (by !== 'purpose' && by !== 'modality') throw new Error(`queries/generations: stack by "purpose" or "modality", got "${String(by)}"`);
  const { bins } = releasesPerMonth(graph, ids);
  const series = ORDER[by].map((key) => ({
    key,
    counts: bins.map((b) => b.ids.filter((id) => stackKey(graph.getNodeAttributes(id) as DatasetNode, by) === key).length),
  }));
  return { months: bins.map((b) => b.month), series: series.filter((s) => s.counts.some((c) => c > 0)) };
}

export type TechniqueCount = { readonly technique: string; readonly label: string; readonly count: number };

/** For each generation, the techniques its datasets use (directly), with how many datasets use each, most first. */
export function techniquesByGeneration(graph: AtlasGraph, ids: ReadonlySet<string>): Record<Generation, TechniqueCount[]> {
  if (!(ids instanceof Set)) throw new Error('queries/generations: ids must be a Set');
  const out = {} as Record<Generation, TechniqueCount[]>;
  for (const gen of GenerationEnum.options) {
    const counts = new Map<string, number>();
    for (const d of datasetsOf(graph)) {
      if (!ids.has(d.id) || d.taxonomy.generation !== gen) continue;
      const used = new Set<string>();
      graph.forEachOutEdge(d.id, (_e, a, _s, t) => {
        if (a.kind === 'uses-technique') used.add(t);
      });
      for (const t of used) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    out[gen] = [...counts]
      .map(([technique, count]) => ({ technique, label: graph.getNodeAttribute(technique, 'label'), count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  }
  return out;
}
