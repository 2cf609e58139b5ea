// import/graphml: GraphML files (yEd, networkx, igraph) read into a graph builder.
import type { Element } from '@xmldom/xmldom';
import { type Builder, ForeignReadError, quote } from './builder';
import { attr, child, children, ownText, parseXml, typedValue } from './xml';

/** GraphML: `key` declarations, then the `node` and `edge` elements of the first `graph` and the graphs nested in its nodes. */
export function readGraphml(text: string, b: Builder): void {
  const root = parseXml(text, 'GraphML');
  const keys = new Map<string, { name: string; type?: string | undefined; graphics?: boolean }>();
  for (const k of children(root, 'key')) {
    const id = attr(k, 'id');
    if (id === undefined) throw new ForeignReadError('a <key> has no id');
    // yEd keeps a node's or edge's label inside its graphics (<y:ShapeNode><y:NodeLabel>): read it as "label".
    const graphics = /^(node|edge)graphics$/.test(attr(k, 'yfiles.type') ?? '');
    keys.set(id, { name: attr(k, 'attr.name') ?? (graphics ? 'label' : id), type: attr(k, 'attr.type'), graphics });
  }
  const graph = child(root, 'graph');
  if (!graph) throw new ForeignReadError('<graphml> has no <graph> element');
  const data = (e: Element): [string, unknown][] =>
    children(e, 'data').map((d) => {
      const k = keys.get(attr(d, 'key') ?? '');
      return [k?.name ?? attr(d, 'key') ?? '', k?.graphics ? yedLabel(d) : typedValue(k?.type, ownText(d))];
    });
  // yEd's group nodes hold their members in a nested <graph>: every graph, at any depth, walked without recursion.
  // Nodes first (an edge may name a node of a nested graph declared after it), each member noting its group.
  const graphs: { graph: Element; group?: string }[] = [{ graph }];
  const nodes: { n: Element; group?: string | undefined }[] = [];
  for (let g = 0; g < graphs.length; g++) {
    const { graph: at, group } = graphs[g]!;
    for (const n of children(at, 'node')) {
      nodes.push({ n, group });
      const nested = child(n, 'graph');
      const id = attr(n, 'id');
      if (nested && id !== undefined) graphs.push({ graph: nested, group: id });
    }
  }
  nodes.forEach(({ n, group }, i) => {
    const id = b.id(attr(n, 'id'), `<node> ${i + 1} id`);
    const where = `<node id=${quote(id)}>`;
    b.node(id, b.attributes([...data(n), ...(group === undefined ? [] : [['group', group] as [string, unknown]])], where), 'merge', where);
  });
  graphs
    .flatMap(({ graph: at }) => children(at, 'edge'))
    .forEach((e, i) => {
      const key = attr(e, 'id');
      const where = key === undefined ? `<edge> ${i + 1}` : `<edge id=${quote(key)}>`;
      const [s, t] = [b.id(attr(e, 'source'), `${where} source`), b.id(attr(e, 'target'), `${where} target`)];
      b.edge(key, s, t, b.attributes(data(e), where), 'add', where);
    });
}

/** The first <y:NodeLabel> or <y:EdgeLabel> text in yEd graphics, three levels down at most (group nodes nest it). */
function yedLabel(d: Element): string {
  let level = [d];
  for (let depth = 0; depth < 4 && level.length > 0; depth++) {
    for (const e of level) {
      const label = children(e, 'NodeLabel')[0] ?? children(e, 'EdgeLabel')[0];
      if (label) return ownText(label).trim();
    }
    level = level.flatMap((e) => children(e, '*'));
  }
  return '';
}
