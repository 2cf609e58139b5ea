// licences/graph: the licence reports of a built graph (the survey's or any imported layer's), computed once per graph.
import type { AtlasGraph } from '../model/build';
import { BUILTIN_TERMS } from './builtin';
import { computeLicences, type LicenceFacet, type LicenceResult } from './inherit';

const CACHE = new WeakMap<AtlasGraph, LicenceResult>();

/** Every dataset's licence report, from the graph's nodes, edges and claims and the built-in terms. */
export function licencesOf(graph: AtlasGraph): LicenceResult {
  const hit = CACHE.get(graph);
  if (hit) return hit;
  const result = computeLicences({ nodes: graph.mapNodes((_id, a) => a), edges: graph.mapEdges((_id, a) => a) }, BUILTIN_TERMS);
  CACHE.set(graph, result);
  return result;
}

/** A dataset's commercial-use class, or undefined for a node that is no dataset or a graph whose lineage has a cycle. */
export function licenceFacetOf(graph: AtlasGraph, id: string): LicenceFacet | undefined {
  const r = licencesOf(graph);
  return r.ok ? r.reports.get(id)?.facet : undefined;
}

/** The facet's values in the order people read them, with their names. */
export const LICENCE_FACETS: readonly LicenceFacet[] = ['allowed', 'non-commercial', 'research-only', 'unspecified', 'conflict'];
export const LICENCE_FACET_NAME: Readonly<Record<LicenceFacet, string>> = {
  allowed: 'Allowed',
  'non-commercial': 'Non-commercial',
  'research-only': 'Research only',
  unspecified: 'Unspecified',
  conflict: 'Conflict',
};
