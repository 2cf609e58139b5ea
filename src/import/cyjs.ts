// import/cyjs: Cytoscape's and Cytoscape.js's JSON read into a graph builder.
import { asArray, type Builder, entriesOf, quote } from './builder';
import { isObject, type Json, own } from './sniff';

/** Cytoscape.js JSON: `elements` as an array or as `{ nodes, edges }`; repeated pairs stay separate edges. */
export function readCytoscape(json: Json, b: Builder): string | undefined {
  const els = own(json, 'elements');
  const list: unknown[] = Array.isArray(els)
    ? els
    : isObject(els)
      ? [...asArray(own(els, 'nodes'), 'elements.nodes'), ...asArray(own(els, 'edges'), 'elements.edges')]
      : [];
  const dataOf = (el: unknown): Json => (isObject(el) && isObject(own(el, 'data')) ? (own(el, 'data') as Json) : {});
  list.forEach((el, i) => {
    const d = dataOf(el);
    if (own(d, 'source') !== undefined || own(d, 'id') === undefined) return;
    const id = b.id(own(d, 'id'), `elements[${i}].data.id`);
    const pos = isObject(el) ? own(el, 'position') : undefined;
    b.node(id, b.attributes([...entriesOf(d), ...entriesOf(pos)], `elements[${i}].data`), 'merge', `elements[${i}] (id ${quote(id)})`);
  });
  list.forEach((el, i) => {
    const d = dataOf(el);
    if (own(d, 'source') === undefined || own(d, 'target') === undefined) return;
    const [s, t] = [b.id(own(d, 'source'), `elements[${i}].data.source`), b.id(own(d, 'target'), `elements[${i}].data.target`)];
    const key = own(d, 'id');
    b.edge(
      key === undefined ? undefined : b.id(key, `elements[${i}].data.id`),
      s,
      t,
      b.attributes(entriesOf(d), `elements[${i}].data`),
      'add',
      `elements[${i}]`,
    );
  });
  const by = own(json, 'generated_by') ?? own(json, 'format_version');
  return typeof by === 'string' ? by : undefined;
}
