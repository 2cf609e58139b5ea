// licences/inherit: what each dataset inherits from the data it was built from and the models that generated or
// annotated it, the strictest of it, and the conflicts with what the dataset declares. Method reuse passes nothing.
import type { Citation } from '../schema/citation';
import type { EdgeKind, GraphEdge } from '../schema/edges';
import type { GraphNode } from '../schema/nodes';
import { type CommercialClass, type LicenceTerm, resolveTerm, type ResolvedTerm, strictness, type TermTable } from './terms';

/**
 * The edges along which terms flow, each from its target to its source: "X derived-from Y" and "X aggregates Y"
 * put Y's data in X; "X generated-by M" and "X annotated-by M" put M's output in X. `follows-method` and
 * `inspired-by` carry no data and pass nothing.
 */
export const INHERITING_EDGE_KINDS: readonly EdgeKind[] = ['derived-from', 'aggregates', 'generated-by', 'annotated-by'];
const DATA_KINDS: ReadonlySet<EdgeKind> = new Set(['derived-from', 'aggregates']);

/** A term a node states for itself: a dataset's licence claim, or a model's output terms. */
export type DeclaredTerm = { readonly term: ResolvedTerm; readonly provenance: readonly Citation[]; readonly note?: string };

/** A term that reaches a dataset, the path it came by (the dataset first, the term's origin last), and its sources. */
export type InheritedTerm = {
  readonly term: ResolvedTerm;
  readonly origin: string;
  readonly path: readonly string[];
  /** The kind of each step of the path (one fewer than the path's nodes). */
  readonly via: readonly EdgeKind[];
  /** Where the origin states the term (its claim's citations), then the term's classification; empty when unstated. */
  readonly sources: readonly Citation[];
  /** Why the term is what it is: "declared", or why it is unknown (no licence stated, not in the graph). */
  readonly reason: 'declared' | 'none-stated' | 'not-in-graph';
};

export type ConflictKind = 'declared-allows-more' | 'restriction-dropped' | 'share-alike' | 'declared-disagree';
export type Conflict = { readonly kind: ConflictKind; readonly message: string; readonly inherited?: InheritedTerm };

export type LicenceFacet = CommercialClass | 'conflict';

export type LicenceReport = {
  readonly id: string;
  readonly declared: readonly DeclaredTerm[];
  readonly inherited: readonly InheritedTerm[];
  /** The strictest of the declared (unspecified when none) and inherited terms. */
  readonly commercial: CommercialClass;
  /** The inherited terms as strict as `commercial`, which explain it. */
  readonly strictest: readonly InheritedTerm[];
  readonly conflicts: readonly Conflict[];
  readonly facet: LicenceFacet;
};

export type LicenceResult =
  | { readonly ok: true; readonly reports: ReadonlyMap<string, LicenceReport> }
  | { readonly ok: false; readonly cycle: readonly string[]; readonly message: string };

type Input = { readonly nodes: Iterable<GraphNode>; readonly edges: Iterable<GraphEdge> };

/** The terms a node states: a dataset's or source's `license` claims, a model's `outputTerms`; none for other kinds. */
export function declaredTerms(node: GraphNode, table: TermTable): DeclaredTerm[] {
  const claims = node.kind === 'dataset' || node.kind === 'source' ? node.license : node.kind === 'model' ? node.outputTerms : undefined;
  return (claims ?? []).map((c) => ({ term: resolveTerm(c.value, table), provenance: c.provenance, ...(c.note ? { note: c.note } : {}) }));
}

const unknown = (raw: string): ResolvedTerm => ({
  raw,
  id: 'unspecified',
  label: 'unspecified',
  commercial: 'unspecified',
  restrictions: [],
  terms: [],
  how: 'unclassified',
});

const termSources = (t: ResolvedTerm): Citation[] => t.terms.flatMap((x) => x.provenance);

/** A node's own terms as the first step of what flows from it: its declared terms, or "unspecified" with the reason. */
function ownTerms(id: string, node: GraphNode | undefined, table: TermTable, kind: EdgeKind, from: string): InheritedTerm[] {
  const step = { origin: id, path: [from, id], via: [kind] };
  if (!node) return [{ ...step, term: unknown('not in the graph'), sources: [], reason: 'not-in-graph' }];
  const declared = declaredTerms(node, table);
  if (declared.length === 0) return [{ ...step, term: unknown('none stated'), sources: [], reason: 'none-stated' }];
  return declared.map((d) => ({ ...step, term: d.term, sources: [...d.provenance, ...termSources(d.term)], reason: 'declared' }));
}

/**
 * The key that merges one term reaching a dataset by several paths: the shortest path (then the first in reading
 * order) explains it. Keyed by the term alone, so what a dataset carries is bounded by the terms there are, not by
 * its ancestors (a chain 100,000 deep would otherwise hold every ancestor's "unspecified" at every step).
 */
const keyOf = (t: InheritedTerm) => t.term.id;

/**
 * The nodes in an order where every node comes after the targets of its inheriting edges, or a cycle through those
 * edges (as the node ids around it). Iterative (Kahn's algorithm), so a lineage of any depth is walked.
 */
function orderOrCycle(out: ReadonlyMap<string, readonly GraphEdge[]>): { order: string[] } | { cycle: string[] } {
  const pending = new Map<string, number>();
  const into = new Map<string, string[]>();
  const all = new Set<string>();
  for (const [id, edges] of out) {
    all.add(id);
    for (const e of edges) {
      all.add(e.target);
      pending.set(id, (pending.get(id) ?? 0) + 1);
      const list = into.get(e.target) ?? [];
      list.push(id);
      into.set(e.target, list);
    }
  }
  const ready = [...all].filter((id) => !pending.get(id));
  const order: string[] = [];
  while (ready.length > 0) {
    const id = ready.pop()!;
    order.push(id);
    for (const from of into.get(id) ?? []) {
      const left = pending.get(from)! - 1;
      pending.set(from, left);
      if (left === 0) ready.push(from);
    }
  }
  if (order.length === all.size) return { order };
  // Every node left waits on a target that is also left: following them must come back round.
  const left = new Set([...all].filter((id) => (pending.get(id) ?? 0) > 0));
  const seen = new Map<string, number>();
  const walk: string[] = [];
  let at = left.values().next().value!;
  while (!seen.has(at)) {
    seen.set(at, walk.length);
    walk.push(at);
    at = out.get(at)!.find((e) => left.has(e.target))!.target;
  }
  return { cycle: [...walk.slice(seen.get(at)), at] };
}

/**
 * Every dataset's inherited terms, strictest class and conflicts, computed from the graph's nodes, edges and claims
 * alone (the survey graph or any imported layer). A cycle through the inheriting edges is refused, named.
 */
export function computeLicences(input: Input, table: TermTable): LicenceResult {
  const nodes = new Map<string, GraphNode>();
  for (const n of input.nodes) nodes.set(n.id, n);
  const out = new Map<string, GraphEdge[]>();
  for (const e of input.edges) {
    if (!INHERITING_EDGE_KINDS.includes(e.kind)) continue;
    const list = out.get(e.source) ?? [];
    list.push(e);
    out.set(e.source, list);
  }
  const sorted = orderOrCycle(out);
  if ('cycle' in sorted)
    return {
      ok: false,
      cycle: sorted.cycle,
      message: `licences/inherit: a cycle of data lineage cannot be inherited along: ${sorted.cycle.join(' -> ')}`,
    };

  // Targets before the nodes built from them, so each node's inheritance is read from its targets' already made.
  const memo = new Map<string, InheritedTerm[]>();
  const inheritedOf = (id: string): InheritedTerm[] => memo.get(id) ?? [];
  for (const id of sorted.order) {
    const found = new Map<string, InheritedTerm>();
    const add = (t: InheritedTerm) => {
      const k = keyOf(t);
      const had = found.get(k);
      if (!had || had.path.length > t.path.length || (had.path.length === t.path.length && had.path.join() > t.path.join()))
        found.set(k, t);
    };
    for (const e of out.get(id) ?? []) {
      for (const t of ownTerms(e.target, nodes.get(e.target), table, e.kind, id)) add(t);
      // Data passes on what it inherited; a model passes its output terms only, not its training data's.
      if (DATA_KINDS.has(e.kind)) for (const t of inheritedOf(e.target)) add({ ...t, path: [id, ...t.path], via: [e.kind, ...t.via] });
    }
    memo.set(
      id,
      [...found.values()].sort((a, b) => a.path.length - b.path.length || a.path.join().localeCompare(b.path.join())),
    );
  }

  const reports = new Map<string, LicenceReport>();
  for (const node of nodes.values()) {
    if (node.kind !== 'dataset') continue;
    reports.set(node.id, report(node, declaredTerms(node, table), inheritedOf(node.id)));
  }
  return { ok: true, reports };
}

function report(node: GraphNode, declared: readonly DeclaredTerm[], inherited: readonly InheritedTerm[]): LicenceReport {
  const ownClasses = declared.length ? declared.map((d) => d.term.commercial) : (['unspecified'] as const);
  const all = [...ownClasses, ...inherited.map((t) => t.term.commercial)];
  const commercial = all.reduce<CommercialClass>((a, c) => (strictness(c) > strictness(a) ? c : a), 'allowed');
  const strictest = inherited.filter((t) => t.term.commercial === commercial && commercial !== 'allowed');
  const conflicts = conflictsOf(declared, inherited);
  return { id: node.id, declared, inherited, commercial, strictest, conflicts, facet: conflicts.length ? 'conflict' : commercial };
}

const known = (c: CommercialClass) => c === 'non-commercial' || c === 'research-only';
const CLASS_WORDS: Readonly<Record<CommercialClass, string>> = {
  allowed: 'allows commercial use',
  unspecified: 'says nothing of commercial use',
  'non-commercial': 'is non-commercial',
  'research-only': 'is for research only',
};
export const commercialWords = (c: CommercialClass): string => CLASS_WORDS[c];

/** The path as people read it: "via Alpaca -> text-davinci-003". */
export const pathWords = (t: InheritedTerm, label: (id: string) => string = (id) => id): string =>
  `via ${t.path.slice(1).map(label).join(' -> ')}`;

/** A Creative Commons share-alike term's family and version (`CC-BY-SA-3.0` gives `CC-BY-SA`, 3); undefined for others. */
function ccShareAlike(id: string): { family: string; version: number } | undefined {
  const m = /^(CC-BY(?:-NC)?-SA)-(\d+(?:\.\d+)?)/i.exec(id);
  return m ? { family: m[1]!.toUpperCase(), version: Number(m[2]) } : undefined;
}

/**
 * Whether a declared licence carries a share-alike term on: one of its terms is that term, or, by Creative Commons'
 * own rule for adaptations, a later version with the same licence elements (CC BY-SA 3.0 section 4(b): "a later
 * version of this License with the same License Elements"; CC BY-SA 4.0 section 3(b)(1): "this version or later").
 */
function carriesShareAlike(declared: ResolvedTerm, parent: LicenceTerm): boolean {
  const p = ccShareAlike(parent.id);
  return declared.terms.some((d) => {
    if (d.id === parent.id) return true;
    const k = ccShareAlike(d.id);
    return !!p && !!k && k.family === p.family && k.version >= p.version;
  });
}

function conflictsOf(declared: readonly DeclaredTerm[], inherited: readonly InheritedTerm[]): Conflict[] {
  const conflicts: Conflict[] = [];
  const ids = [...new Set(declared.map((d) => d.term.id))];
  if (ids.length > 1)
    conflicts.push({ kind: 'declared-disagree', message: `the dataset's sources declare different licences: ${ids.join(', ')}` });
  for (const d of declared) {
    for (const t of inherited) {
      if (known(t.term.commercial) && strictness(d.term.commercial) < strictness(t.term.commercial) && d.term.commercial !== 'unspecified')
        conflicts.push({
          kind: 'declared-allows-more',
          message: `declared ${d.term.label} ${commercialWords(d.term.commercial)}, but ${t.term.label} ${pathWords(t)} ${commercialWords(t.term.commercial)}`,
          inherited: t,
        });
      const dropped = t.term.restrictions.filter((r) => !d.term.restrictions.includes(r));
      // A non-commercial or research-only licence already keeps the data out of a competing product: only a
      // licence that allows commercial use drops such a restriction.
      if (dropped.length && d.term.commercial === 'allowed' && d.term.id !== t.term.id)
        conflicts.push({
          kind: 'restriction-dropped',
          message: `declared ${d.term.label} does not carry ${t.term.label}'s restriction ${pathWords(t)}: ${dropped.join('; ')}`,
          inherited: t,
        });
      if (t.term.shareAlike && d.term.id !== t.term.id && t.term.terms.some((p) => p.shareAlike && !carriesShareAlike(d.term, p)))
        conflicts.push({
          kind: 'share-alike',
          message: `${t.term.label} ${pathWords(t)} is share-alike, but the dataset declares ${d.term.label}`,
          inherited: t,
        });
    }
  }
  return conflicts;
}
