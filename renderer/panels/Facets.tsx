// panels/Facets: one group per survey facet, each value with its live count; techniques as their tree.
import { useState } from 'react';
import type { SetView } from '../state/useView';
import type { AtlasGraph } from '../../src/model/build';
import { FACET_KEYS, FACETS, type FacetCounts, type FacetKey, facetValueLabel } from '../../src/queries/facets';
import { clearFacets, toggleFacet } from '../../src/view/intents';
import type { ViewSpec } from '../../src/view/spec';

type Props = {
  readonly graph: AtlasGraph;
  readonly view: ViewSpec;
  readonly setView: SetView;
  readonly counts: FacetCounts;
};

/** Depth of a technique in the subtechnique-of tree (0 at a root), for indenting. */
function techniqueDepth(graph: AtlasGraph, id: string): number {
  let depth = 0;
  for (let at: string | undefined = id; at && depth < 20; depth++) {
    at = graph.outEdges(at).find((e) => graph.getEdgeAttribute(e, 'kind') === 'subtechnique-of');
    at = at ? graph.target(at) : undefined;
  }
  return depth - 1;
}

/** Techniques in tree order: each parent followed by its children, alphabetically. */
function treeOrder(graph: AtlasGraph, values: readonly string[]): string[] {
  const set = new Set(values);
  const children = (parent: string | null) =>
    values
      .filter((v) => {
        const up = graph.hasNode(v) ? graph.outEdges(v).find((e) => graph.getEdgeAttribute(e, 'kind') === 'subtechnique-of') : undefined;
        const p = up ? graph.target(up) : null;
        return (parent === null ? p === null || !set.has(p) : p === parent);
      })
      .sort((a, b) => facetValueLabel(graph, 'technique', a).localeCompare(facetValueLabel(graph, 'technique', b)));
  const out: string[] = [];
  const visit = (id: string) => {
    out.push(id);
    children(id).forEach(visit);
  };
  children(null).forEach(visit);
  return out;
}

/** Flat facets with more values than this fold behind a "Show all" button. */
const FOLD_AFTER = 8;

export function Facets({ graph, view, setView, counts }: Props) {
  const anySelected = FACET_KEYS.some((k) => view.filter.facets[k]?.length);
  const [expanded, setExpanded] = useState<ReadonlySet<FacetKey>>(new Set());
  return (
    <aside className="facets" aria-label="Filters">
      <div className="facets-head">
        <h2>Filters</h2>
        {anySelected && (
          <button type="button" onClick={() => setView(clearFacets())}>
            Clear
          </button>
        )}
      </div>
      {FACET_KEYS.map((key) => {
        const selected = view.filter.facets[key] ?? [];
        const values = [...new Set([...counts[key].keys(), ...selected])];
        if (values.length === 0) return null;
        const all = key === 'technique' ? treeOrder(graph, values) : values;
        // A long flat list (OASST1 alone brings 35 languages) shows its most frequent values first.
        const folded = key !== 'technique' && all.length > FOLD_AFTER && !expanded.has(key);
        const ordered = folded ? all.filter((v, i) => i < FOLD_AFTER - 2 || selected.includes(v)) : all;
        return (
          <fieldset key={key} role="group" aria-label={FACETS[key].label}>
            <legend>{FACETS[key].label}</legend>
            {ordered.map((value) => (
              <label
                key={value}
                className="facet-value"
                style={key === 'technique' ? { paddingLeft: `${techniqueDepth(graph, value) * 0.9}em` } : undefined}
              >
                <input type="checkbox" checked={selected.includes(value)} onChange={(e) => setView(toggleFacet(key, value, e.target.checked))} />
                <span>{facetValueLabel(graph, key, value)}</span>
                <span className="count">{counts[key].get(value) ?? 0}</span>
              </label>
            ))}
            {folded && (
              <button type="button" className="link facet-more" onClick={() => setExpanded((e) => new Set([...e, key]))}>
                Show all {all.length}
              </button>
            )}
          </fieldset>
        );
      })}
    </aside>
  );
}
