// queries/facets: the survey's facets over datasets, filters by generation, date range and facet, and live counts.
import { z } from 'zod';
import type { AtlasGraph } from '../model/build';
import { type DatasetNode, DateStr, Generation } from '../schema/nodes';

export const FACET_KEYS = [
  'modality',
  'purpose',
  'constructionMethod',
  'pairingGroup',
  'technique',
  'generator',
  'language',
  'license',
  'demonstrationPreparation',
  'preferenceAnnotation',
  'multimodalApproach',
] as const;
export const FacetKey = z.enum(FACET_KEYS);
export type FacetKey = z.infer<typeof FacetKey>;

type FacetDef = { readonly label: string; readonly values: (graph: AtlasGraph, d: DatasetNode) => readonly string[] };

const targets = (graph: AtlasGraph, id: string, kind: string): string[] => {
  const out: string[] = [];
  graph.forEachOutEdge(id, (_e, a, _s, t) => {
    if (a.kind === kind && !out.includes(t)) out.push(t);
  });
  return out;
};

/** A technique and every technique above it in the tree, so a parent matches its sub-techniques' datasets. */
function withTechniqueAncestors(graph: AtlasGraph, ids: readonly string[]): string[] {
  const out = new Set<string>();
  const stack = [...ids];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...targets(graph, id, 'subtechnique-of'));
  }
  return [...out];
}

export const FACETS: Readonly<Record<FacetKey, FacetDef>> = {
  modality: { label: 'Modality', values: (_g, d) => d.taxonomy.modality },
  purpose: { label: 'Purpose', values: (_g, d) => [d.taxonomy.purpose] },
  constructionMethod: { label: 'Construction method', values: (_g, d) => (d.table1 ? [d.table1.constructionMethod] : []) },
  pairingGroup: { label: 'Pairing group', values: (_g, d) => d.table1?.group ?? [] },
  technique: { label: 'Technique', values: (g, d) => withTechniqueAncestors(g, targets(g, d.id, 'uses-technique')) },
  generator: { label: 'Generator model', values: (g, d) => targets(g, d.id, 'generated-by') },
  language: { label: 'Language', values: (_g, d) => d.languages?.[0]?.value ?? [] },
  license: { label: 'License', values: (_g, d) => (d.license ? [d.license[0]!.value] : []) },
  demonstrationPreparation: { label: 'Demonstration data', values: (_g, d) => (d.figure2 ? [d.figure2.demonstrationPreparation] : []) },
  preferenceAnnotation: { label: 'Preference annotation', values: (_g, d) => d.figure2?.preferenceAnnotation ?? [] },
  multimodalApproach: { label: 'Multimodal approach', values: (_g, d) => (d.multimodal ? [d.multimodal.approach] : []) },
};

export const Era = z.enum(['all', ...Generation.options]);
export type Era = z.infer<typeof Era>;

export const FacetSelection = z.partialRecord(FacetKey, z.array(z.string().min(1)));
export type FacetSelection = z.infer<typeof FacetSelection>;

export const DatasetFilter = z.strictObject({
  era: Era.default('all'),
  from: DateStr.optional(),
  to: DateStr.optional(),
  facets: FacetSelection.default({}),
});
export type DatasetFilter = z.infer<typeof DatasetFilter>;

export const datasetsOf = (graph: AtlasGraph): DatasetNode[] =>
  graph.filterNodes((_id, n) => n.kind === 'dataset').map((id) => graph.getNodeAttributes(id) as DatasetNode);

/** The month of first release (`YYYY-MM`), or undefined where no source gives one. */
export const releaseMonth = (d: DatasetNode): string | undefined => d.released?.[0]?.value.slice(0, 7);

function inRange(d: DatasetNode, f: DatasetFilter): boolean {
  if (!f.from && !f.to) return true;
  const month = releaseMonth(d);
  if (!month) return false;
  return (!f.from || month >= f.from.slice(0, 7)) && (!f.to || month <= f.to.slice(0, 7));
}

function matches(graph: AtlasGraph, d: DatasetNode, f: DatasetFilter, skip?: FacetKey): boolean {
  if (f.era !== 'all' && d.taxonomy.generation !== f.era) return false;
  if (!inRange(d, f)) return false;
  for (const key of FACET_KEYS) {
    const wanted = f.facets[key];
    if (key === skip || !wanted || wanted.length === 0) continue;
    const have = FACETS[key].values(graph, d);
    if (!wanted.some((w) => have.includes(w))) return false;
  }
  return true;
}

function checkFilter(filter: DatasetFilter, where: string): DatasetFilter {
  const parsed = DatasetFilter.safeParse(filter);
  if (!parsed.success) throw new Error(`${where}: bad filter: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The ids of the datasets that pass the filter (values within a facet are OR-ed, facets AND-ed). */
export function matchingDatasets(graph: AtlasGraph, filter: DatasetFilter): Set<string> {
  const f = checkFilter(filter, 'queries/facets.matchingDatasets');
  return new Set(datasetsOf(graph).filter((d) => matches(graph, d, f)).map((d) => d.id));
}

export type FacetCounts = Readonly<Record<FacetKey, ReadonlyMap<string, number>>>;

/**
 * For each facet, value -> how many datasets would match if that value were chosen: every other
 * part of the filter applies, the facet's own selection does not (the usual faceted-search count).
 */
export function facetCounts(graph: AtlasGraph, filter: DatasetFilter): FacetCounts {
  const f = checkFilter(filter, 'queries/facets.facetCounts');
  const datasets = datasetsOf(graph);
  const out = {} as Record<FacetKey, Map<string, number>>;
  for (const key of FACET_KEYS) {
    const counts = new Map<string, number>();
    for (const d of datasets) {
      if (!matches(graph, d, f, key)) continue;
      for (const v of FACETS[key].values(graph, d)) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    out[key] = new Map([...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
  }
  return out;
}

/** How a facet value reads: a node's label where the value is a node id, else the value itself. */
export function facetValueLabel(graph: AtlasGraph, key: FacetKey, value: string): string {
  if ((key === 'technique' || key === 'generator') && graph.hasNode(value)) return graph.getNodeAttribute(value, 'label');
  return value;
}
