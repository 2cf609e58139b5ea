// figure/marks: techniques and models as short tags under the labels of the datasets that use them
// ("T1 T3 · M2"), explained in the legend's key, rather than as nodes whose edges cross the figure.
import type { AtlasGraph } from '../model/build';
import type { EdgeKind } from '../schema/edges';

export type MarkKey = { readonly code: string; readonly id: string; readonly label: string };

export type Marks = {
  /** The technique and model nodes drawn as marks, and the edges that joined them. */
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
  /** Node id -> its tag line. */
  readonly tags: ReadonlyMap<string, string>;
  /** Codes in order: techniques (T1...) then models (M1...), the most used first. */
  readonly key: readonly MarkKey[];
};

const MARKED: Readonly<Record<string, { prefix: string; edges: readonly EdgeKind[] }>> = {
  technique: { prefix: 'T', edges: ['uses-technique'] },
  model: { prefix: 'M', edges: ['generated-by', 'annotated-by', 'fine-tuned-on'] },
};

/** Marks for the techniques and models among `nodes`, on the other nodes joined to them by `edges`. */
export function marksOf(graph: AtlasGraph, nodes: readonly string[], edges: readonly string[]): Marks {
  const marked = new Set(nodes.filter((id) => Object.hasOwn(MARKED, graph.getNodeAttribute(id, 'kind'))));
  const markEdges = new Set(edges.filter((e) => marked.has(graph.source(e)) || marked.has(graph.target(e))));
  const uses = new Map<string, string[]>(); // node -> marked nodes it points to
  const count = new Map<string, number>();
  for (const e of markEdges) {
    const [s, t] = [graph.source(e), graph.target(e)];
    if (marked.has(s) || !marked.has(t) || !MARKED[graph.getNodeAttribute(t, 'kind')]!.edges.includes(graph.getEdgeAttribute(e, 'kind')))
      continue;
    if (uses.get(s)?.includes(t)) continue;
    uses.set(s, [...(uses.get(s) ?? []), t]);
    count.set(t, (count.get(t) ?? 0) + 1);
  }
  const key: MarkKey[] = [];
  const codeOf = new Map<string, string>();
  for (const [kind, { prefix }] of Object.entries(MARKED)) {
    const ids = [...count.keys()].filter((id) => graph.getNodeAttribute(id, 'kind') === kind);
    ids.sort(
      (a, b) => count.get(b)! - count.get(a)! || graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')),
    );
    ids.forEach((id, i) => {
      codeOf.set(id, `${prefix}${i + 1}`);
      key.push({ code: `${prefix}${i + 1}`, id, label: graph.getNodeAttribute(id, 'label') });
    });
  }
  const order = new Map(key.map((k, i) => [k.id, i]));
  const tags = new Map<string, string>();
  for (const [id, targets] of uses) {
    const sorted = [...targets].sort((a, b) => order.get(a)! - order.get(b)!);
    const t = sorted.filter((x) => codeOf.get(x)!.startsWith('T')).map((x) => codeOf.get(x)!);
    const m = sorted.filter((x) => codeOf.get(x)!.startsWith('M')).map((x) => codeOf.get(x)!);
    tags.set(id, [t.join(' '), m.join(' ')].filter(Boolean).join(' · '));
  }
  return { nodes: marked, edges: markEdges, tags, key };
}
