// view/intents: every way the view changes, as named, pure functions. Each returns an Intent, a function from
// one view to the next, so a component says `setView(setLayout('timeline'))` and never spreads a view itself.
import type { Era, FacetKey } from '../queries/facets';
import type { NodeKind } from '../schema/nodes';
import type { Depth, Direction, Layout, ViewSpec } from './spec';

export type Intent = (view: ViewSpec) => ViewSpec;
type Show = ViewSpec['show'];
type FilterMode = ViewSpec['filterMode'];

/** Selects (`on`) or clears one value of a facet; a facet left with no value is removed. */
export const toggleFacet =
  (key: FacetKey, value: string, on: boolean): Intent =>
  (v) => {
    const current = v.filter.facets[key] ?? [];
    if (on === current.includes(value)) return v;
    const next = on ? [...current, value] : current.filter((x) => x !== value);
    const facets = { ...v.filter.facets, [key]: next };
    if (next.length === 0) delete facets[key];
    return { ...v, filter: { ...v.filter, facets } };
  };

/** Clears every facet (the era and the release range stay). */
export const clearFacets = (): Intent => (v) => ({ ...v, filter: { ...v.filter, facets: {} } });

/** The release range, months as `YYYY-MM`; undefined leaves that end open. */
export const setRange =
  (from: string | undefined, to: string | undefined): Intent =>
  (v) => {
    if (from && to && from > to) throw new Error(`view/intents: the range starts (${from}) after it ends (${to})`);
    return { ...v, filter: { ...v.filter, from, to } };
  };

export const setEra =
  (era: Era): Intent =>
  (v) => ({ ...v, filter: { ...v.filter, era } });

/** Highlights a node's lineage; undefined clears the focus. */
export const focus =
  (id: string | undefined): Intent =>
  (v) => ({ ...v, focus: id });

/** Focuses a node, or clears the focus if it is that node already. */
export const toggleFocus =
  (id: string): Intent =>
  (v) => ({ ...v, focus: v.focus === id ? undefined : id });

/** Which part of the focused node's lineage the view holds. */
export const setDirection =
  (direction: Direction): Intent =>
  (v) => ({ ...v, direction });

/** Traces the lineage path between two nodes; undefined clears the trace. */
export const trace =
  (path: { from: string; to: string } | undefined): Intent =>
  (v) => ({ ...v, trace: path });

/** Whether the rest of the graph is hidden around the subject (laid out alone) or dimmed. */
export const setContext =
  (context: ViewSpec['context']): Intent =>
  (v) => ({ ...v, context });

/** The nodes picked by hand so far (shift- or Ctrl/Cmd-click), with `id` added, or taken out if it was in. Not an intent: picks are not a view until shown. */
export const togglePicked = (picked: readonly string[], id: string): string[] =>
  picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id];

/** Makes a hand-made selection the view's subject, shown alone: no focus or trace (either would take its place). */
export const showSelection =
  (ids: readonly string[]): Intent =>
  (v) => {
    const selection = [...new Set(ids)];
    if (selection.length === 0) throw new Error('view/intents: a selection holds at least one node');
    return { ...v, selection, focus: undefined, trace: undefined, context: 'hide' };
  };

/** Back to the whole (filtered) graph: no focus, trace or selection. */
export const clearSubject = (): Intent => (v) => ({ ...v, focus: undefined, trace: undefined, selection: undefined });

export const setDepth =
  (depth: Depth): Intent =>
  (v) => ({ ...v, depth });

export const setLayout =
  (layout: Layout): Intent =>
  (v) => ({ ...v, layout });

export const setShow =
  (show: Show): Intent =>
  (v) => ({ ...v, show });

export const toggleTheme = (): Intent => (v) => ({ ...v, theme: v.theme === 'light' ? 'dark' : 'light' });

/** The node kinds drawn; at least one. */
export const setKinds =
  (kinds: readonly NodeKind[]): Intent =>
  (v) => {
    if (kinds.length === 0) throw new Error('view/intents: draw at least one node kind');
    return { ...v, kinds: [...new Set(kinds)] };
  };

export const setFilterMode =
  (filterMode: FilterMode): Intent =>
  (v) => ({ ...v, filterMode });

/** Replaces the whole view (a file opened, a URL followed). */
export const replaceView =
  (view: ViewSpec): Intent =>
  () =>
    view;

/** Colours datasets by their kind or by commercial use along their lineage (issue 13); saved with the view. */
export const setColourBy =
  (colourBy: ViewSpec['colourBy']): Intent =>
  (v) => ({ ...v, colourBy });
