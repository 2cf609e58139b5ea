// schema/read: parse graph files, merge them, and cross-check what a schema cannot see. Schema only: a file
// another tool wrote is recognised by the check the caller passes (import/load passes import/foreign's).
import type { z } from 'zod';
import { checkJsonNesting, ForeignLimitError } from './limits';
import type { Citation } from './citation';
import { GraphFile, type GraphDocument } from './document';
import { ACYCLIC_EDGE_GROUPS, EDGE_RULES, edgeId, type GraphEdge } from './edges';
import type { GraphNode } from './nodes';

/** Text already decoded elsewhere (a browser's `File.text()`), with a UTF-8 BOM left at its start removed. */
export const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** One problem, located: the file, the field path inside it, and what was expected. */
export type LoadIssue = { readonly file: string; readonly path: string; readonly message: string };
export type LoadResult =
  { readonly ok: true; readonly document: GraphDocument } | { readonly ok: false; readonly issues: readonly LoadIssue[] };

export type SourceText = { readonly file: string; readonly text: string };

/** Says why a file is another tool's graph (a message for a person), or null when it is not one. */
export type ForeignCheck = (file: string, text: string, json: unknown) => string | null;

export const formatIssue = (i: LoadIssue): string => `${i.file}: ${i.path || '(top level)'}: ${i.message}`;

/** `nodes[3].released[0].value`, naming the node or edge where the path starts in one. */
export function formatPath(path: readonly PropertyKey[], json: unknown): string {
  let out = '';
  let here: unknown = json;
  path.forEach((key, depth) => {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
    here = here !== null && typeof here === 'object' ? (here as Record<PropertyKey, unknown>)[key] : undefined;
    if (depth === 1 && here && typeof here === 'object') {
      const o = here as Record<string, unknown>;
      // Only strings from the file are shown (an object would read "[object Object]"), and only briefly.
      const str = (v: unknown) => (typeof v === 'string' ? (v.length > 60 ? `${v.slice(0, 60)}…` : v) : '?');
      const name =
        typeof o.id === 'string' ? str(o.id) : typeof o.source === 'string' ? `${str(o.source)} ${str(o.kind)} ${str(o.target)}` : '';
      if (name) out += ` (${name})`;
    }
  });
  return out;
}

function zodIssues(file: string, error: z.ZodError, json: unknown): LoadIssue[] {
  return error.issues.map((issue) => ({ file, path: formatPath(issue.path, json), message: issue.message }));
}

/** Parse one file's text. Never throws. */
export function parseGraphFile(
  input: SourceText,
  foreign?: ForeignCheck,
): { ok: true; file: GraphFile } | { ok: false; issues: LoadIssue[] } {
  // A UTF-8 BOM is accepted everywhere (web mode's File.text() drops it; the desktop's reads kept it).
  const source = { file: input.file, text: withoutBom(input.text) };
  // The text is parsed once: the foreign-graph check reads the same value (GEXF, GraphML and CSV are not JSON).
  let json: unknown;
  let invalid: Error | undefined;
  try {
    if (source.text.trimStart().startsWith('{') || source.text.trimStart().startsWith('[')) checkJsonNesting(source.text);
  } catch (e) {
    if (e instanceof ForeignLimitError) return { ok: false, issues: [{ file: source.file, path: '', message: e.message }] };
    throw e;
  }
  try {
    json = JSON.parse(source.text);
  } catch (e) {
    invalid = e as Error;
  }
  const foreignMessage = foreign?.(source.file, source.text, invalid ? null : json);
  if (foreignMessage) return { ok: false, issues: [{ file: source.file, path: '', message: foreignMessage }] };
  if (invalid) return { ok: false, issues: [{ file: source.file, path: '', message: `not valid JSON (${invalid.message})` }] };
  const parsed = GraphFile.safeParse(json);
  return parsed.success ? { ok: true, file: parsed.data } : { ok: false, issues: zodIssues(source.file, parsed.error, json) };
}

type Located<T> = { readonly item: T; readonly file: string; readonly path: string };

/** Parse every file, merge them, and run the cross-checks. Never throws. */
export function loadGraph(sources: readonly SourceText[], foreign?: ForeignCheck): LoadResult {
  if (sources.length === 0) return { ok: false, issues: [{ file: '(none)', path: '', message: 'schema/load: no graph files given' }] };
  const issues: LoadIssue[] = [];
  const nodes: Located<GraphNode>[] = [];
  const edges: Located<GraphEdge>[] = [];
  for (const source of sources) {
    const r = parseGraphFile(source, foreign);
    if (!r.ok) {
      issues.push(...r.issues);
      continue;
    }
    r.file.nodes.forEach((item, i) => nodes.push({ item, file: source.file, path: `nodes[${i}] (${item.id})` }));
    r.file.edges.forEach((item, i) => edges.push({ item, file: source.file, path: `edges[${i}] (${edgeId(item)})` }));
  }
  if (issues.length > 0) return { ok: false, issues };
  issues.push(...crossCheck(nodes, edges));
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    document: { nodes: nodes.map((n) => n.item), edges: edges.map((e) => e.item), files: sources.map((s) => s.file) },
  };
}

/** What could be loaded when some files could not: the graph of the files that are whole, and why each other failed. */
export type PartialLoad = {
  /** The graph of every file that passed, or null when none did. */
  readonly document: GraphDocument | null;
  /** The files left out, each with its problems (a file whose edges need a left-out file's nodes is left out too). */
  readonly failed: readonly { readonly file: string; readonly issues: readonly LoadIssue[] }[];
};

/**
 * Loads what is valid: files that fail to parse are left out, then any file the cross-checks find fault with,
 * until the rest is a valid graph. One broken built-in file then costs its own data, not the whole atlas.
 * Never throws.
 */
export function loadGraphPartial(sources: readonly SourceText[], foreign?: ForeignCheck): PartialLoad {
  const failed = new Map<string, LoadIssue[]>();
  const fail = (i: LoadIssue) => failed.set(i.file, [...(failed.get(i.file) ?? []), i]);
  let rest = sources.filter((source) => {
    const r = parseGraphFile(source, foreign);
    if (!r.ok) r.issues.forEach(fail);
    return r.ok;
  });
  // Each round leaves out at least one file, so this ends; usually it takes one round.
  while (rest.length > 0) {
    const r = loadGraph(rest, foreign);
    if (r.ok) return { document: r.document, failed: [...failed].map(([file, issues]) => ({ file, issues })) };
    const bad = new Set(r.issues.map((i) => i.file));
    r.issues.forEach(fail);
    const left = rest.filter((s) => !bad.has(s.file));
    if (left.length === rest.length) break;
    rest = left;
  }
  return { document: null, failed: [...failed].map(([file, issues]) => ({ file, issues })) };
}

function crossCheck(nodes: readonly Located<GraphNode>[], edges: readonly Located<GraphEdge>[]): LoadIssue[] {
  const issues: LoadIssue[] = [];
  const byId = new Map<string, Located<GraphNode>>();
  for (const n of nodes) {
    const first = byId.get(n.item.id);
    if (first)
      issues.push({
        file: n.file,
        path: `${n.path}.id`,
        message: `duplicate node id "${n.item.id}" (first in ${first.file} ${first.path})`,
      });
    else byId.set(n.item.id, n);
  }
  const checkCitations = (cites: readonly Citation[], where: Located<unknown>, path: string) =>
    cites.forEach((c, i) => {
      if (c.kind !== 'reference') return;
      const target = byId.get(c.ref)?.item;
      if (target?.kind !== 'reference')
        issues.push({ file: where.file, path: `${path}[${i}].ref`, message: `expected the id of a reference node, got "${c.ref}"` });
    });
  for (const n of nodes) forEachProvenance(n.item, (cites, path) => checkCitations(cites, n, `${n.path}${path}`));

  const seenEdges = new Map<string, Located<GraphEdge>>();
  for (const e of edges) {
    const id = edgeId(e.item);
    const first = seenEdges.get(id);
    if (first) issues.push({ file: e.file, path: e.path, message: `duplicate edge (first in ${first.file} ${first.path})` });
    else seenEdges.set(id, e);
    const rule = EDGE_RULES[e.item.kind];
    for (const end of ['source', 'target'] as const) {
      const node = byId.get(e.item[end])?.item;
      if (!node) issues.push({ file: e.file, path: `${e.path}.${end}`, message: `expected the id of a node, got "${e.item[end]}"` });
      else if (!rule[end].includes(node.kind))
        issues.push({
          file: e.file,
          path: `${e.path}.${end}`,
          message: `a ${e.item.kind} edge's ${end} must be a ${rule[end].join(' or ')} node, got ${node.kind} "${node.id}"`,
        });
    }
    if (e.item.source === e.item.target) issues.push({ file: e.file, path: e.path, message: 'an edge may not join a node to itself' });
    checkCitations(e.item.provenance, e, `${e.path}.provenance`);
    if (e.item.disagreement) checkCitations(e.item.disagreement.provenance, e, `${e.path}.disagreement.provenance`);
  }
  for (const kinds of ACYCLIC_EDGE_GROUPS) {
    const group = edges.filter((e) => kinds.includes(e.item.kind));
    const cycle = findCycle(group.map((e) => e.item));
    if (cycle) {
      const step = (i: number) => group.find((e) => e.item.source === cycle[i] && e.item.target === cycle[i + 1])!;
      const path =
        cycle
          .slice(0, -1)
          .map((id, i) => `${id} -${kinds.length > 1 ? `[${step(i).item.kind}]` : ''}-> `)
          .join('') + cycle[0];
      const at = step(0);
      issues.push({ file: at.file, path: at.path, message: `${kinds.join(' and ')} edges must not form a cycle: ${path}` });
    }
  }
  return issues;
}

/** Calls `visit` for every provenance list in a node, with its path inside the node. */
export function forEachProvenance(node: GraphNode, visit: (cites: readonly Citation[], path: string) => void): void {
  visit(node.provenance, '.provenance');
  for (const [key, value] of Object.entries(node)) {
    if (Array.isArray(value))
      value.forEach((v, i) => {
        if (v && typeof v === 'object' && 'provenance' in v)
          visit((v as { provenance: Citation[] }).provenance, `.${key}[${i}].provenance`);
        // a survey-versus-source disagreement carries its citations on its two sides
        for (const side of ['survey', 'source'] as const)
          if (v && typeof v === 'object' && side in v) {
            const s = (v as Record<string, unknown>)[side];
            if (s && typeof s === 'object' && 'provenance' in s)
              visit((s as { provenance: Citation[] }).provenance, `.${key}[${i}].${side}.provenance`);
          }
      });
    else if (value && typeof value === 'object' && 'provenance' in value)
      visit((value as { provenance: Citation[] }).provenance, `.${key}.provenance`);
  }
}

/** A directed cycle as a list of ids (first repeated at the end), or null. Iterative, so deep chains cannot overflow. */
export function findCycle(edges: readonly Pick<GraphEdge, 'source' | 'target'>[]): string[] | null {
  const out = new Map<string, string[]>();
  for (const e of edges) {
    const list = out.get(e.source);
    if (list) list.push(e.target);
    else out.set(e.source, [e.target]);
  }
  const state = new Map<string, 'open' | 'done'>();
  for (const start of out.keys()) {
    if (state.has(start)) continue;
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const targets = out.get(top.id) ?? [];
      if (top.next >= targets.length) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const t = targets[top.next++]!;
      if (state.get(t) === 'open') {
        const from = stack.findIndex((s) => s.id === t);
        return [...stack.slice(from).map((s) => s.id), t];
      }
      if (!state.has(t)) {
        state.set(t, 'open');
        stack.push({ id: t, next: 0 });
      }
    }
  }
  return null;
}
