// import/graphology-json: graphology's JSON serialisation (also sigma.js's) read into a graph builder.
import { asArray, type Builder, entriesOf, ForeignReadError, quote } from './builder';
import { isObject, type Json, own } from './sniff';

/** graphology's serialisation: `{ attributes, options, nodes: [{ key, attributes }], edges: [{ key?, source, target, attributes }] }`. */
export function readGraphologyJson(json: Json, b: Builder): string | undefined {
  asArray(own(json, 'nodes'), 'nodes').forEach((n, i) => {
    if (!isObject(n)) throw new ForeignReadError(`nodes[${i}]: expected an object`);
    const id = b.id(own(n, 'key'), `nodes[${i}].key`);
    b.node(id, b.attributes(entriesOf(own(n, 'attributes')), `nodes[${i}].attributes`), 'refuse', `nodes[${i}] (key ${quote(id)})`);
  });
  asArray(own(json, 'edges'), 'edges').forEach((e, i) => {
    if (!isObject(e)) throw new ForeignReadError(`edges[${i}]: expected an object`);
    const key = own(e, 'key');
    const [s, t] = [b.id(own(e, 'source'), `edges[${i}].source`), b.id(own(e, 'target'), `edges[${i}].target`)];
    b.edge(
      key === undefined ? undefined : b.id(key, `edges[${i}].key`),
      s,
      t,
      b.attributes(entriesOf(own(e, 'attributes')), `edges[${i}].attributes`),
      'refuse',
      `edges[${i}]`,
    );
  });
  const attrs = own(json, 'attributes');
  const creator = isObject(attrs) ? own(attrs, 'creator') : undefined;
  return typeof creator === 'string' ? creator : undefined;
}
