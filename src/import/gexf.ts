// import/gexf: GEXF files (Gephi, networkx, graphology) read into a graph builder.
import type { Element } from '@xmldom/xmldom';
import { type Builder, ForeignReadError, quote } from './builder';
import { attr, child, children, ownText, parseXml, typedValue } from './xml';

/** GEXF 1.1 to 1.3: `meta/creator`, attribute declarations, `nodes/node` and `edges/edge` with attvalues and viz positions. */
export function readGexf(text: string, b: Builder): string | undefined {
  const root = parseXml(text, 'GEXF');
  const creator = child(root, 'meta') && child(child(root, 'meta')!, 'creator');
  const graph = child(root, 'graph');
  if (!graph) throw new ForeignReadError('<gexf> has no <graph> element');
  b.timeformat = attr(graph, 'timeformat');
  const declared = {
    node: new Map<string, { title: string; type?: string | undefined }>(),
    edge: new Map<string, { title: string; type?: string | undefined }>(),
  };
  for (const block of children(graph, 'attributes')) {
    const cls = attr(block, 'class') === 'edge' ? 'edge' : 'node';
    for (const a of children(block, 'attribute')) {
      const id = attr(a, 'id');
      if (id === undefined) throw new ForeignReadError(`<attributes class="${cls}">: an <attribute> has no id`);
      declared[cls].set(id, { title: attr(a, 'title') ?? id, type: attr(a, 'type') });
    }
  }
  const values = (e: Element, cls: 'node' | 'edge', where: string): [string, unknown][] => {
    const out: [string, unknown][] = [];
    for (const block of children(e, 'attvalues'))
      for (const v of children(block, 'attvalue')) {
        const id = attr(v, 'for') ?? attr(v, 'id');
        if (id === undefined) throw new ForeignReadError(`${where}: an <attvalue> has no "for"`);
        const d = declared[cls].get(id);
        out.push([d?.title ?? id, typedValue(d?.type, attr(v, 'value') ?? '')]);
      }
    return out;
  };
  children(graph, 'nodes')
    .flatMap((ns) => children(ns, 'node'))
    .forEach((n, i) => {
      const where = `<node> ${i + 1}`;
      const id = b.id(attr(n, 'id'), `${where} id`);
      const entries: [string, unknown][] = [];
      const label = attr(n, 'label');
      if (label !== undefined) entries.push(['label', label]);
      // Dynamic GEXF: the node's own start/end, and its <spells> as a list of { start, end }.
      for (const a of ['start', 'end', 'startopen', 'endopen']) if (attr(n, a) !== undefined) entries.push([a, attr(n, a)]);
      const spells = children(n, 'spells')
        .flatMap((s) => children(s, 'spell'))
        .map((s) => ({ start: attr(s, 'start') ?? attr(s, 'startopen'), end: attr(s, 'end') ?? attr(s, 'endopen') }));
      if (spells.length > 0) entries.push(['spells', spells]);
      entries.push(...values(n, 'node', `<node id=${quote(id)}>`));
      const pos = child(n, 'position');
      for (const axis of ['x', 'y', 'z'])
        if (pos?.hasAttribute(axis)) {
          const v = Number(pos.getAttribute(axis));
          if (Number.isFinite(v)) entries.push([axis, v]);
        }
      b.node(id, b.attributes(entries, `<node id=${quote(id)}>`), 'merge', `<node id=${quote(id)}>`);
    });
  children(graph, 'edges')
    .flatMap((es) => children(es, 'edge'))
    .forEach((e, i) => {
      const key = attr(e, 'id');
      const where = key === undefined ? `<edge> ${i + 1}` : `<edge id=${quote(key)}>`;
      const [s, t] = [b.id(attr(e, 'source'), `${where} source`), b.id(attr(e, 'target'), `${where} target`)];
      const entries: [string, unknown][] = [];
      for (const a of ['label', 'weight', 'type']) {
        const v = attr(e, a);
        if (v !== undefined) entries.push([a, a === 'weight' ? typedValue('double', v) : v]);
      }
      entries.push(...values(e, 'edge', where));
      b.edge(key, s, t, b.attributes(entries, where), 'add', where);
    });
  const w = creator ? ownText(creator).trim() : '';
  return w || undefined;
}
