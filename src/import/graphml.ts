// import/graphml: GraphML files (yEd, networkx, igraph) read into a graph builder.
import type { Element } from '@xmldom/xmldom';
import { type Builder, ForeignReadError, quote } from './builder';
import { attr, child, children, ownText, parseXml, typedValue } from './xml';

/** GraphML: `key` declarations, then the first `graph`'s `node` and `edge` elements with their `data`. */
export function readGraphml(text: string, b: Builder): void {
  const root = parseXml(text, 'GraphML');
  const keys = new Map<string, { name: string; type?: string | undefined }>();
  for (const k of children(root, 'key')) {
    const id = attr(k, 'id');
    if (id === undefined) throw new ForeignReadError('a <key> has no id');
    keys.set(id, { name: attr(k, 'attr.name') ?? id, type: attr(k, 'attr.type') });
  }
  const graph = child(root, 'graph');
  if (!graph) throw new ForeignReadError('<graphml> has no <graph> element');
  const data = (e: Element): [string, unknown][] =>
    children(e, 'data').map((d) => {
      const k = keys.get(attr(d, 'key') ?? '');
      return [k?.name ?? attr(d, 'key') ?? '', typedValue(k?.type, ownText(d))];
    });
  children(graph, 'node').forEach((n, i) => {
    const id = b.id(attr(n, 'id'), `<node> ${i + 1} id`);
    b.node(id, b.attributes(data(n), `<node id=${quote(id)}>`), 'merge');
  });
  children(graph, 'edge').forEach((e, i) => {
    const where = `<edge> ${i + 1}`;
    const [s, t] = [b.id(attr(e, 'source'), `${where} source`), b.id(attr(e, 'target'), `${where} target`)];
    b.edge(attr(e, 'id'), s, t, b.attributes(data(e), where), 'add', where);
  });
}
