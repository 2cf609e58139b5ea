// panels/Facets: one group per survey facet, each value with its live count; techniques as their tree.
import { memo, useMemo, useState } from 'react';
import type { SetView } from '../state/useView';
import type { AtlasGraph } from '../../src/model/build';
import { FACET_KEYS, FACETS, type FacetCounts, type FacetKey, facetValueLabel } from '../../src/queries/facets';
import { clearFacets, toggleFacet } from '../../src/view/intents';
import { techniqueTreeOrder } from '../../src/queries/technique-tree';
import type { ViewSpec } from '../../src/view/spec';

type Props = {
  readonly graph: AtlasGraph;
  readonly view: ViewSpec;
  readonly setView: SetView;
  readonly counts: FacetCounts;
};

/** The Layer facet (issue 12) first: with a catalogue added, where a dataset comes from is the first question. */
const ORDER: readonly FacetKey[] = ['layer', ...FACET_KEYS.filter((k) => k !== 'layer')];

/** Flat facets with more values than this fold behind a "Show all" button. */
const FOLD_AFTER = 8;

/** Each facet's values: those counted, then those selected that no dataset shown now has. */
const valuesOf = (counts: ReadonlyMap<string, number>, selected: readonly string[]) => [...new Set([...counts.keys(), ...selected])];

/** Drawn again only when its props change (memo): the Explorer draws again on every step of a layout's progress. */
export const Facets = memo(function Facets({ graph, view, setView, counts }: Props) {
  const anySelected = FACET_KEYS.some((k) => view.filter.facets[k]?.length);
  const techniques = view.filter.facets.technique;
  // The technique tree's order, worked out when its values change (15 ms a draw at 10,000 nodes, profiled).
  const tree = useMemo(
    () => new Map(techniqueTreeOrder(graph, valuesOf(counts.technique, techniques ?? [])).map((t) => [t.id, t.depth])),
    [graph, counts, techniques],
  );
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
      {ORDER.map((key) => {
        const selected = view.filter.facets[key] ?? [];
        const values = valuesOf(counts[key], selected);
        if (values.length === 0) return null;
        const all = key === 'technique' ? [...tree.keys()] : values;
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
                style={key === 'technique' ? { paddingLeft: `${tree.get(value)! * 0.9}em` } : undefined}
              >
                <input
                  type="checkbox"
                  checked={selected.includes(value)}
                  onChange={(e) => setView(toggleFacet(key, value, e.target.checked))}
                />
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
});
