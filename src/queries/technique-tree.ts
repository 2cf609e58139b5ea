// queries/technique-tree: the techniques' subtechnique-of tree, walked for display: each technique's parent and
// depth, and a set of techniques in tree order (each parent followed by its children, alphabetically).
import type { AtlasGraph } from '../model/build';

/** The technique this one is a kind of, or undefined at a root (or for an id the graph lacks). */
export function techniqueParent(graph: AtlasGraph, id: string): string | undefined {
  if (!graph.hasNode(id)) return undefined;
  const up = graph.outEdges(id).find((e) => graph.getEdgeAttribute(e, 'kind') === 'subtechnique-of');
  return up ? graph.target(up) : undefined;
}

/** How far below a root a technique sits (0 at a root). The tree is acyclic (schema/load checks it). */
export function techniqueDepth(graph: AtlasGraph, id: string): number {
  let depth = 0;
  for (let at = techniqueParent(graph, id); at !== undefined; at = techniqueParent(graph, at)) depth++;
  return depth;
}

/**
 * The given techniques in tree order, each with its depth in the whole tree (for indenting). A technique
 * whose parent is not among them starts a tree of its own; siblings sort by label, then id.
 */
export function techniqueTreeOrder(graph: AtlasGraph, ids: readonly string[]): { id: string; depth: number }[] {
  const set = new Set(ids);
  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  const children = new Map<string | null, string[]>();
  for (const id of set) {
    const p = techniqueParent(graph, id);
    const key = p !== undefined && set.has(p) ? p : null;
    const list = children.get(key);
    if (list) list.push(id);
    else children.set(key, [id]);
  }
  const sorted = (list: readonly string[] = []) => [...list].sort((a, b) => label(a).localeCompare(label(b)) || a.localeCompare(b));
  // Depth first with a stack of its own (a tree as deep as the graph is long cannot overflow the call stack); a
  // child's depth is its parent's plus one, so only the roots walk up the whole tree.
  const out: { id: string; depth: number }[] = [];
  const stack = sorted(children.get(null))
    .reverse()
    .map((id) => ({ id, depth: techniqueDepth(graph, id) }));
  while (stack.length > 0) {
    const top = stack.pop()!;
    out.push(top);
    for (const c of sorted(children.get(top.id)).reverse()) stack.push({ id: c, depth: top.depth + 1 });
  }
  return out;
}
