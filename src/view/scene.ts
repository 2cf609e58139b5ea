// view/scene: the graph as one view shows it, computed once and drawn by every surface (the canvas, the
// export dialog, the CLI): what is drawn and what is dimmed, the subject (a trace, a selection, a focused
// lineage), the highlight, the status counts and, once laid out, the positions.
import { layoutReady, layoutView } from '../layout';
import type { LayoutResult } from '../layout/types';
import type { AtlasGraph } from '../model/build';
import { cachedFor, keepFor, peekFor, type PerGraph } from '../model/cache';
import { ancestors, descendants, LINEAGE_EDGE_KINDS, lineagePath } from '../queries/lineage';
import type { GraphNode } from '../schema/nodes';
import { defaultView, type Direction, type ViewSpec } from './spec';
import { type Visible, visibleElements } from './visible';

export type Highlight = { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> };

/** What a view is about when it is about less than the whole graph. */
export type Subject = {
  readonly kind: 'trace' | 'selection' | 'focus';
  /** The nodes the subject names (the path, the selection, the lineage), before annotations are added. */
  readonly core: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
  /** "the lineage of Alpaca", "the path from Self-Instruct to ChatAlpaca", "3 selected nodes". */
  readonly label: string;
  /** Why the subject could not be shown, when it cannot (an unknown node, no path). */
  readonly problem?: string;
};

export type SceneStatus = {
  readonly datasetsShown: number;
  readonly datasetsTotal: number;
  /** Datasets drawn with no release date: the time layouts put them in their "undated" gutter. */
  readonly undated: number;
  readonly subject?: string;
  readonly problem?: string;
};

/** Everything about a scene but its positions: what a layout needs to run. */
export type SceneMembers = {
  readonly view: ViewSpec;
  /** The filter's verdict (kept for the data exports and the table). */
  readonly visible: Visible;
  readonly subject: Subject | null;
  /** Drawn nodes and edges, sorted: exactly what the layout lays out and every surface draws. */
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
  /** Drawn faint: filtered out in dim mode, or outside the subject when the context is dimmed. */
  readonly dimmed: ReadonlySet<string>;
  /** Drawn emphasised: the subject when the context is dimmed, else its focus node or traced path. */
  readonly highlight: Highlight | null;
  /** The focused node, drawn with a ring. */
  readonly focus?: string;
  readonly status: SceneStatus;
  /** Changes exactly when the positions must be computed again: the layout and the nodes it lays out. */
  readonly layoutKey: string;
};

export type Scene = SceneMembers & { readonly layout: LayoutResult };

const ANNOTATION_KINDS: ReadonlySet<GraphNode['kind']> = new Set(['technique', 'model', 'reference']);

const label = (graph: AtlasGraph, id: string) => graph.getNodeAttribute(id, 'label');

const DIRECTION_WORDS: Readonly<Record<Direction, string>> = {
  both: 'the lineage of',
  ancestors: 'what went into',
  descendants: 'what was built from',
  family: 'the family of',
};

/** The subject a view names, or null when it names none. Unknown nodes give a subject with a problem, never a throw. */
export function subjectOf(graph: AtlasGraph, view: ViewSpec): Subject | null {
  if (view.trace) {
    const { from, to } = view.trace;
    const text = `the path from ${graph.hasNode(from) ? label(graph, from) : from} to ${graph.hasNode(to) ? label(graph, to) : to}`;
    const missing = [from, to].find((id) => !graph.hasNode(id));
    if (missing) return { kind: 'trace', core: new Set(), edges: new Set(), label: text, problem: `no node "${missing}" in this graph` };
    const path = lineagePath(graph, from, to);
    if (!path) return { kind: 'trace', core: new Set(), edges: new Set(), label: text, problem: 'no lineage joins them' };
    return { kind: 'trace', core: new Set(path.nodes), edges: new Set(path.edges), label: text };
  }
  if (view.selection?.length) {
    const core = new Set(view.selection.filter((id) => graph.hasNode(id)));
    const n = core.size;
    return {
      kind: 'selection',
      core,
      edges: edgesWithin(graph, core, () => true),
      label: `${n} selected node${n === 1 ? '' : 's'}`,
      ...(n < view.selection.length ? { problem: `${view.selection.length - n} selected node(s) are not in this graph` } : {}),
    };
  }
  if (view.focus) {
    const f = view.focus;
    const text = `${DIRECTION_WORDS[view.direction]} ${graph.hasNode(f) ? label(graph, f) : f}`;
    if (!graph.hasNode(f))
      return { kind: 'focus', core: new Set(), edges: new Set(), label: text, problem: `no node "${f}" in this graph` };
    const core = lineageOf(graph, f, view.direction, view.depth === 'all' ? Infinity : view.depth);
    const kinds = new Set<string>(LINEAGE_EDGE_KINDS);
    return { kind: 'focus', core, edges: edgesWithin(graph, core, (e) => kinds.has(graph.getEdgeAttribute(e, 'kind'))), label: text };
  }
  return null;
}

/** The edges `ok` accepts with both ends in `core`: its nodes' out-edges, not the graph's (a lineage of a few nodes among 100,000 edges). */
function edgesWithin(graph: AtlasGraph, core: ReadonlySet<string>, ok: (e: string) => boolean): Set<string> {
  const edges = new Set<string>();
  for (const s of core) if (graph.hasNode(s)) graph.forEachOutEdge(s, (e, _a, _s, t) => void (core.has(t) && ok(e) && edges.add(e)));
  return edges;
}

/** The focused node and its ancestors and/or descendants to a depth, or its whole lineage component. */
function lineageOf(graph: AtlasGraph, focus: string, direction: Direction, depth: number): Set<string> {
  if (direction === 'family') {
    const kinds = new Set(LINEAGE_EDGE_KINDS);
    const seen = new Set([focus]);
    const stack = [focus];
    while (stack.length > 0)
      graph.forEachEdge(stack.pop()!, (_e, a, s, t) => {
        if (!kinds.has(a.kind)) return;
        for (const other of [s, t])
          if (!seen.has(other)) {
            seen.add(other);
            stack.push(other);
          }
      });
    return seen;
  }
  const nodes = new Set([focus]);
  if (direction !== 'descendants') for (const id of ancestors(graph, focus, { depth }).keys()) nodes.add(id);
  if (direction !== 'ancestors') for (const id of descendants(graph, focus, { depth }).keys()) nodes.add(id);
  return nodes;
}

/** The datasets among `ids` with no release date: the time layouts put them in their "undated" gutter, charts leave them out. */
export function undatedDatasets(graph: AtlasGraph, ids: Iterable<string>): string[] {
  return [...ids].filter((id) => {
    const n = graph.getNodeAttributes(id);
    return n.kind === 'dataset' && !n.released?.length;
  });
}

/** Who is drawn, dimmed and highlighted in a view: everything but the positions. Cached per graph and view. */
export function sceneMembers(graph: AtlasGraph, view: ViewSpec): SceneMembers {
  return cachedFor(MEMBERS, graph, memberKey(view), () => computeMembers(graph, view));
}

function computeMembers(graph: AtlasGraph, view: ViewSpec): SceneMembers {
  const subject = subjectOf(graph, view);
  if (subject && view.context !== 'hide') return dimmedAround(graph, view, subject);
  const visible = visibleElements(graph, view);
  const dimFiltered = view.filterMode === 'dim';
  const shown = new Set<string>(visible.nodes);
  let drawn: Set<string>;
  const dimmed = new Set<string>();
  let highlight: Highlight | null = null;
  if (subject && view.context === 'hide') {
    drawn = withAnnotations(graph, subject.core, shown);
    highlight =
      subject.kind === 'trace'
        ? { nodes: subject.core, edges: subject.edges }
        : view.focus && subject.kind === 'focus'
          ? { nodes: new Set([view.focus]), edges: new Set() }
          : null;
  } else {
    drawn = new Set(shown);
    if (dimFiltered)
      for (const id of visible.filteredNodes) {
        drawn.add(id);
        dimmed.add(id);
      }
  }
  const edges: string[] = [];
  // Each drawn edge is an out-edge of a drawn node: a focus drawn alone visits its few nodes' edges, not the graph's.
  // Every drawn node is one the view draws unfiltered, so an edge between two is drawn when the view draws its kind,
  // and dimmed when either end is (an end the filter leaves out is dimmed, or, hidden, not drawn).
  for (const s of drawn)
    graph.forEachOutEdge(s, (e, a, _s, t) => {
      if (!drawn.has(t) || !visible.drawsEdgeKind(a.kind)) return;
      edges.push(e);
      if (dimmed.has(s) || dimmed.has(t)) dimmed.add(e);
    });
  const nodes = [...drawn].sort();
  const datasets = nodes.filter((id) => graph.getNodeAttribute(id, 'kind') === 'dataset' && !dimmed.has(id));
  const undated = undatedDatasets(graph, datasets).length;
  const focus = subject?.kind === 'focus' && view.focus && graph.hasNode(view.focus) ? view.focus : undefined;
  return {
    view,
    visible,
    subject,
    nodes,
    edges: edges.sort(),
    dimmed,
    highlight,
    ...(focus ? { focus } : {}),
    status: {
      datasetsShown: datasets.length,
      datasetsTotal: visible.datasetsTotal,
      undated,
      ...(subject ? { subject: subject.label } : {}),
      ...(subject?.problem ? { problem: subject.problem } : {}),
    },
    layoutKey: `${view.layout}|${nodes.join('\n')}`,
  };
}

/** The view without a subject (focus, trace, selection), the subject's options at their defaults. */
function withoutSubject(view: ViewSpec): ViewSpec {
  const d = defaultView();
  const rest: ViewSpec = { ...view, depth: d.depth, direction: d.direction, context: d.context };
  delete rest.focus;
  delete rest.trace;
  delete rest.selection;
  return rest;
}

/**
 * A subject among the rest dimmed: the elements the view draws without its subject (the very arrays, so that what
 * drew them before draws them again as they are), the rest dimmed around the subject. At 50,000 nodes and 102,000
 * edges, working them out again (each drawn node's out-edges, sorted) took 110 to 170 ms of a focus (`npm run bench`).
 */
function dimmedAround(graph: AtlasGraph, view: ViewSpec, subject: Subject): SceneMembers {
  const base = sceneMembers(graph, withoutSubject(view));
  const inSubject = withAnnotations(graph, subject.core, base.visible.nodes);
  const drawn = new Set(base.nodes);
  const dimmed = new Set<string>(base.dimmed);
  for (const id of base.nodes) if (!inSubject.has(id)) dimmed.add(id);
  // An edge stays bright only between two bright nodes: those are among the subject's own nodes' out-edges.
  const bright = new Set<string>();
  for (const s of inSubject)
    if (!dimmed.has(s))
      graph.forEachOutEdge(s, (e, _a, _s, t) => void (inSubject.has(t) && !dimmed.has(t) && !dimmed.has(e) && bright.add(e)));
  for (const e of base.edges) if (!bright.has(e)) dimmed.add(e);
  const highlight = { nodes: new Set([...subject.core].filter((id) => drawn.has(id))), edges: subject.edges };
  const datasets = base.nodes.filter((id) => graph.getNodeAttribute(id, 'kind') === 'dataset' && !dimmed.has(id));
  const focus = subject.kind === 'focus' && view.focus && graph.hasNode(view.focus) ? view.focus : undefined;
  return {
    ...base,
    view,
    subject,
    dimmed,
    highlight,
    ...(focus ? { focus } : {}),
    status: {
      datasetsShown: datasets.length,
      datasetsTotal: base.visible.datasetsTotal,
      undated: undatedDatasets(graph, datasets).length,
      subject: subject.label,
      ...(subject.problem ? { problem: subject.problem } : {}),
    },
  };
}

/**
 * The subject's own nodes that the view draws, with the techniques, models and references joined to
 * them (and the technique tree above those techniques), as a filter brings them along.
 */
function withAnnotations(graph: AtlasGraph, core: ReadonlySet<string>, shown: ReadonlySet<string>): Set<string> {
  const out = new Set([...core].filter((id) => shown.has(id)));
  const stack: string[] = [];
  for (const id of [...out])
    graph.forEachNeighbor(id, (other, n) => {
      if (ANNOTATION_KINDS.has(n.kind) && shown.has(other) && !out.has(other)) {
        out.add(other);
        stack.push(other);
      }
    });
  while (stack.length > 0)
    graph.forEachOutEdge(stack.pop()!, (_e, a, _s, parent) => {
      if (a.kind === 'subtechnique-of' && shown.has(parent) && !out.has(parent)) {
        out.add(parent);
        stack.push(parent);
      }
    });
  return out;
}

/**
 * The scene: its members laid out. `layout` is a result computed elsewhere (a worker) for
 * `members.layoutKey`; without it the layout runs here, synchronously, and is cached per graph.
 */
export function sceneOf(graph: AtlasGraph, view: ViewSpec, layout?: LayoutResult): Scene {
  const members = sceneMembers(graph, view);
  return { ...members, layout: layout ?? layoutOf(graph, members) };
}

/** A rehearsal's subject: a dataset with at least this many and at most REHEARSAL_DEGREE neighbours. */
const REHEARSAL_DEGREE: readonly [number, number] = [2, 8];
/** At most this many nodes in a rehearsal's scene (its subject's annotations may add some). */
export const REHEARSAL_UP_TO = 60;

/**
 * A view like the first one a person opens in a large graph after its first draw: `view`'s, with a dataset's direct
 * lineage as its subject, drawn alone. The canvas lays it out and draws it once, hidden, while the window is idle
 * (canvas/stage prepareSmall), so that the person's own first focus or narrow filter finds that code warm. The first
 * dataset in the graph's order with 2 to 8 neighbours whose scene has 2 to REHEARSAL_UP_TO nodes; null if none of the
 * first few has.
 */
export function rehearsalView(graph: AtlasGraph, view: ViewSpec): ViewSpec | null {
  const base: ViewSpec = { ...withoutSubject(view), depth: 1, context: 'hide' };
  let tried = 0;
  for (const { node: id, attributes } of graph.nodeEntries()) {
    if (attributes.kind !== 'dataset') continue;
    const degree = graph.degree(id);
    if (degree < REHEARSAL_DEGREE[0] || degree > REHEARSAL_DEGREE[1]) continue;
    const v: ViewSpec = { ...base, focus: id };
    const n = sceneMembers(graph, v).nodes.length;
    if (n >= 2 && n <= REHEARSAL_UP_TO) return v;
    if (++tried >= 5) return null;
  }
  return null;
}

/**
 * rehearsalView's scene, laid out here (and cached, as any small scene's layout is); null where there is none, or
 * where the view's layout cannot run yet (its engine not loaded on this thread).
 */
export function rehearsalScene(graph: AtlasGraph, view: ViewSpec): Scene | null {
  if (!layoutReady(view.layout)) return null;
  const v = rehearsalView(graph, view);
  return v ? sceneOf(graph, v) : null;
}

/**
 * The positions for a scene's members, computed once per graph, layout and set of nodes: the one layout cache
 * (the CLI, the figures and the canvas read it; the canvas's worker fills it with keepLayout).
 */
export function layoutOf(graph: AtlasGraph, members: Pick<SceneMembers, 'nodes' | 'layoutKey' | 'view'>): LayoutResult {
  return cachedFor(LAYOUTS, graph, members.layoutKey, () => layoutView(graph, members.nodes, members.view.layout));
}

/** The layout kept for a members' `layoutKey`, if one was computed (here or in a worker); never computes one. */
export const cachedLayout = (graph: AtlasGraph, layoutKey: string): LayoutResult | undefined => peekFor(LAYOUTS, graph, layoutKey);

/** Keeps a layout computed elsewhere (the canvas's worker) for a members' `layoutKey`, where layoutOf and sceneOf find it. */
export const keepLayout = (graph: AtlasGraph, layoutKey: string, result: LayoutResult): void =>
  void keepFor(LAYOUTS, graph, layoutKey, result);

export const statusLine = (s: SceneStatus): string => {
  const parts = [`Showing ${s.datasetsShown} of ${s.datasetsTotal} datasets`];
  if (s.subject) parts.push(s.subject);
  if (s.undated) parts.push(`${s.undated} undated (in the “undated” gutter of the time layouts)`);
  if (s.problem) parts.push(s.problem);
  return parts.join(' · ');
};

// --- caches: graphs are built once and never changed, so a WeakMap per graph, a few entries each ---------
const MEMBERS: PerGraph<SceneMembers> = new WeakMap();
const LAYOUTS: PerGraph<LayoutResult> = new WeakMap();

/** The parts of a view that decide the members (not the theme, the viewport or which panel is shown). */
function memberKey(v: ViewSpec): string {
  return JSON.stringify([v.filter, v.kinds, v.filterMode, v.focus, v.depth, v.direction, v.trace, v.selection, v.context, v.layout]);
}
