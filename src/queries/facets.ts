// queries/facets: the survey's facets over datasets, filters by generation, date range and facet, and live counts.
import { z } from 'zod';
import type { AtlasGraph } from '../model/build';
import { licenceFacetOf, LICENCE_FACET_NAME, LICENCE_FACETS } from '../licences/graph';
import { type DatasetNode, DateStr, Generation } from '../schema/nodes';
import { LAYER_KIND_NAME, type LayerKind, layerKindsOf } from '../model/layers';

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
  'commercialUse',
  'layer',
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
  // Issue 13: declared and inherited licences along data lineage (licences/inherit), or the conflict between them.
  commercialUse: { label: 'Commercial use', values: (g, d) => [licenceFacetOf(g, d.id) ?? []].flat() },
  // Issue 12: the layers a dataset is in (survey, Data Provenance Collection, dataset cards, a person's own file).
  layer: { label: 'Layer', values: (g, d) => layerKindsOf(g, d.id) },
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

/**
 * What filters need, computed once per graph (graphs are built once and never changed): each
 * dataset's generation, release month and values per facet, and per facet value the datasets with
 * it. A filter is then a lookup and a pass over small arrays, not a walk of the graph per call.
 */
export type FacetIndex = {
  /** Dataset ids in graph order. */
  readonly datasets: readonly string[];
  readonly generation: readonly string[];
  readonly month: readonly (string | undefined)[];
  /** values[key][i]: the values dataset i has for the facet. */
  readonly values: Readonly<Record<FacetKey, readonly (readonly string[])[]>>;
  /** byValue[key]: value -> positions of the datasets that have it. */
  readonly byValue: Readonly<Record<FacetKey, ReadonlyMap<string, readonly number[]>>>;
};

const INDEXES = new WeakMap<AtlasGraph, FacetIndex>();

export function facetIndex(graph: AtlasGraph): FacetIndex {
  const hit = INDEXES.get(graph);
  if (hit) return hit;
  const ds = datasetsOf(graph);
  const values = {} as Record<FacetKey, string[][]>;
  const byValue = {} as Record<FacetKey, Map<string, number[]>>;
  for (const key of FACET_KEYS) {
    values[key] = ds.map((d) => [...new Set(FACETS[key].values(graph, d))]);
    const m = new Map<string, number[]>();
    values[key].forEach((vs, i) => {
      for (const v of vs) {
        const list = m.get(v);
        if (list) list.push(i);
        else m.set(v, [i]);
      }
    });
    byValue[key] = m;
  }
  const index: FacetIndex = {
    datasets: ds.map((d) => d.id),
    generation: ds.map((d) => d.taxonomy.generation ?? ''),
    month: ds.map(releaseMonth),
    values,
    byValue,
  };
  INDEXES.set(graph, index);
  return index;
}

/** Filters are plain values: each distinct object is checked with zod once. */
const CHECKED = new WeakMap<object, DatasetFilter>();
function checkFilter(filter: DatasetFilter, where: string): DatasetFilter {
  const hit = typeof filter === 'object' && filter !== null ? CHECKED.get(filter) : undefined;
  if (hit) return hit;
  const parsed = DatasetFilter.safeParse(filter);
  if (!parsed.success) throw new Error(`${where}: bad filter: ${z.prettifyError(parsed.error)}`);
  CHECKED.set(filter, parsed.data);
  return parsed.data;
}

/**
 * For each dataset, a bit per part of the filter it fails: bit 0 the era and dates, bit 1 + i the
 * i-th facet of FACET_KEYS. A dataset passes when its mask is 0.
 */
function failMasks(index: FacetIndex, f: DatasetFilter): Uint32Array {
  const n = index.datasets.length;
  const masks = new Uint32Array(n);
  const from = f.from?.slice(0, 7);
  const to = f.to?.slice(0, 7);
  if (f.era !== 'all' || from || to)
    for (let i = 0; i < n; i++) {
      const m = index.month[i];
      const inRange = (!from && !to) || (m !== undefined && (!from || m >= from) && (!to || m <= to));
      if ((f.era !== 'all' && index.generation[i] !== f.era) || !inRange) masks[i]! |= 1;
    }
  FACET_KEYS.forEach((key, k) => {
    const wanted = f.facets[key];
    if (!wanted || wanted.length === 0) return;
    const bit = 1 << (k + 1);
    const has = new Uint8Array(n);
    for (const w of wanted) for (const i of index.byValue[key].get(w) ?? []) has[i] = 1;
    for (let i = 0; i < n; i++) if (!has[i]) masks[i]! |= bit;
  });
  return masks;
}

/** The ids of the datasets that pass the filter (values within a facet are OR-ed, facets AND-ed). */
export function matchingDatasets(graph: AtlasGraph, filter: DatasetFilter): Set<string> {
  const f = checkFilter(filter, 'queries/facets.matchingDatasets');
  const index = facetIndex(graph);
  const masks = failMasks(index, f);
  const out = new Set<string>();
  for (let i = 0; i < masks.length; i++) if (masks[i] === 0) out.add(index.datasets[i]!);
  return out;
}

export type FacetCounts = Readonly<Record<FacetKey, ReadonlyMap<string, number>>>;

/**
 * For each facet, value -> how many datasets would match if that value were chosen: every other
 * part of the filter applies, the facet's own selection does not (the usual faceted-search count).
 */
export function facetCounts(graph: AtlasGraph, filter: DatasetFilter): FacetCounts {
  const f = checkFilter(filter, 'queries/facets.facetCounts');
  const index = facetIndex(graph);
  const masks = failMasks(index, f);
  const out = {} as Record<FacetKey, Map<string, number>>;
  FACET_KEYS.forEach((key, k) => {
    const own = 1 << (k + 1);
    const counts = new Map<string, number>();
    const values = index.values[key];
    for (let i = 0; i < masks.length; i++) {
      if ((masks[i]! & ~own) !== 0) continue;
      for (const v of values[i]!) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    out[key] = new Map([...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
  });
  return out;
}

/** How a facet value reads: a node's label where the value is a node id, else the value itself. */
export function facetValueLabel(graph: AtlasGraph, key: FacetKey, value: string): string {
  if ((key === 'technique' || key === 'generator') && graph.hasNode(value)) return graph.getNodeAttribute(value, 'label');
  const licence = key === 'commercialUse' ? LICENCE_FACETS.find((f) => f === value) : undefined;
  if (licence) return LICENCE_FACET_NAME[licence];
  if (key === 'layer' && Object.hasOwn(LAYER_KIND_NAME, value)) return LAYER_KIND_NAME[value as LayerKind];
  return value;
}
