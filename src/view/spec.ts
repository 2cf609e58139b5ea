// view/spec: a view of the graph as one plain, zod-checked value (the URL, a .view.json file, a figure's input).
import { z } from 'zod';
import { DatasetFilter, FACET_KEYS, FacetKey, type FacetSelection } from '../queries/facets';
import { Layout } from '../layout/types';
import { NODE_KINDS, NodeId } from '../schema/nodes';
import { SavedMappings } from '../import/mapping';

export { Layout, LAYOUTS } from '../layout/types';

export const VIEW_FORMAT = 'lineage-atlas/view';
export const Depth = z.union([z.literal(1), z.literal(2), z.literal('all')]);
export type Depth = z.infer<typeof Depth>;

export const DEFAULT_KINDS = ['dataset', 'source', 'technique', 'model'] as const;

/** Which part of a focused node's lineage a view holds: what it came from, what came from it, both, or its whole family. */
export const Direction = z.enum(['both', 'ancestors', 'descendants', 'family']);
export type Direction = z.infer<typeof Direction>;

export const ViewSpec = z.strictObject({
  format: z.literal(VIEW_FORMAT).default(VIEW_FORMAT),
  version: z.literal(1).default(1),
  filter: DatasetFilter.default({ era: 'all', facets: {} }),
  kinds: z
    .array(z.enum(NODE_KINDS))
    .default([...DEFAULT_KINDS])
    .describe('node kinds drawn'),
  filterMode: z.enum(['hide', 'dim']).default('hide').describe('what happens to filtered-out elements'),
  focus: NodeId.optional().describe('the node whose lineage is highlighted'),
  depth: Depth.default('all'),
  direction: Direction.default('both').describe('with a focus: ancestors, descendants, both, or the whole family (the connected lineage)'),
  trace: z.strictObject({ from: NodeId, to: NodeId }).optional().describe('a traced lineage path between two nodes'),
  selection: z.array(NodeId).max(10_000).optional().describe('a hand-made selection of nodes, shown as the subject'),
  context: z
    .enum(['hide', 'dim'])
    .default('hide')
    .describe(
      'what happens to the rest when a trace, selection or focus is the subject: hidden (the subject laid out alone) or dimmed around it',
    ),
  layout: Layout.default('force').describe('force (fcose) by default: on the survey graph it reads better than the layered lineage'),
  theme: z.enum(['light', 'dark']).default('light'),
  colourBy: z
    .enum(['kind', 'licence'])
    .default('kind')
    .describe("datasets in their kind's colour, or by commercial use along their lineage (issue 13), on the canvas and in its figures"),
  show: z
    .enum(['graph', 'table', 'generations'])
    .default('graph')
    .describe('the graph canvas, the table of datasets, or the generations chart'),
  viewport: z.strictObject({ zoom: z.number().positive(), pan: z.strictObject({ x: z.number(), y: z.number() }) }).optional(),
  mappings: SavedMappings.optional().describe(
    "other tools' graphs: the mappings confirmed when the view was saved (a file only; never in the URL); older views have none",
  ),
});
export type ViewSpec = z.infer<typeof ViewSpec>;

export const defaultView = (): ViewSpec => ViewSpec.parse({});

/** Parse a view from untrusted JSON (a file, IPC, a CLI flag). Never throws. */
export function parseView(json: unknown): { ok: true; view: ViewSpec } | { ok: false; message: string } {
  const r = ViewSpec.safeParse(json);
  return r.success ? { ok: true, view: r.data } : { ok: false, message: z.prettifyError(r.error) };
}

// --- URL: readable query parameters, only those that differ from the default -------------------
const list = (s: string | null) => (s ? s.split(',').filter(Boolean) : undefined);

/** Query parameters as pairs: src/ has no URLSearchParams (no DOM, no Node); the renderer wraps these in one. */
export type QueryPairs = Array<[string, string]>;

/** The view as URL query parameters (`era=instructgpt&f.modality=image&layout=timeline`). */
export function viewToQuery(view: ViewSpec): QueryPairs {
  const d = defaultView();
  const out: QueryPairs = [];
  const p = { set: (k: string, v: string) => void out.push([k, v]) };
  const f = view.filter;
  if (f.era !== 'all') p.set('era', f.era);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  for (const key of FACET_KEYS) if (f.facets[key]?.length) p.set(`f.${key}`, f.facets[key]!.join(','));
  if (view.kinds.join(',') !== d.kinds.join(',')) p.set('kinds', view.kinds.join(','));
  if (view.filterMode !== d.filterMode) p.set('filtered', view.filterMode);
  if (view.focus) p.set('focus', view.focus);
  if (view.depth !== d.depth) p.set('depth', String(view.depth));
  if (view.direction !== d.direction) p.set('direction', view.direction);
  if (view.trace) p.set('trace', `${view.trace.from},${view.trace.to}`);
  if (view.selection?.length) p.set('selection', view.selection.join(','));
  if (view.context !== d.context) p.set('context', view.context);
  if (view.layout !== d.layout) p.set('layout', view.layout);
  if (view.theme !== d.theme) p.set('theme', view.theme);
  if (view.colourBy !== d.colourBy) p.set('colour', view.colourBy);
  if (view.show !== d.show) p.set('show', view.show);
  return out;
}

/** The view a URL names; a malformed parameter is reported, never thrown. */
export function viewFromQuery(pairs: Iterable<readonly [string, string]>): { ok: true; view: ViewSpec } | { ok: false; message: string } {
  const all = [...pairs];
  const p = { get: (k: string) => all.find(([key]) => key === k)?.[1] ?? null };
  const facets: FacetSelection = {};
  for (const [k, v] of all) {
    if (!k.startsWith('f.')) continue;
    const key = FacetKey.safeParse(k.slice(2));
    if (!key.success) return { ok: false, message: `unknown facet "${k.slice(2)}" in the URL` };
    facets[key.data] = list(v) ?? [];
  }
  const depth = p.get('depth');
  const trace = list(p.get('trace'));
  return parseView({
    filter: { era: p.get('era') ?? undefined, from: p.get('from') ?? undefined, to: p.get('to') ?? undefined, facets },
    kinds: list(p.get('kinds')),
    filterMode: p.get('filtered') ?? undefined,
    focus: p.get('focus') ?? undefined,
    depth: depth === null ? undefined : depth === 'all' ? 'all' : Number(depth),
    direction: p.get('direction') ?? undefined,
    trace: trace ? { from: trace[0], to: trace[1] } : undefined,
    selection: list(p.get('selection')),
    context: p.get('context') ?? undefined,
    layout: p.get('layout') ?? undefined,
    theme: p.get('theme') ?? undefined,
    colourBy: p.get('colour') ?? undefined,
    show: p.get('show') ?? undefined,
  });
}
