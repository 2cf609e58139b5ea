// import/foreign: recognise graph files written by other tools (Gephi, networkx, igraph, Cytoscape,
// graphology, sigma.js), read them with a real XML or CSV parser, and say plainly why the atlas cannot show
// them: their nodes have no kind (dataset, technique, ...) and their facts no source, and the atlas invents
// neither.
//
// Everything keyed by a string from the file (node ids, attribute names, keys) lives in a Map, never in a
// plain object or a graphology graph: graphology keeps neighbours in plain objects, so a node named
// `__proto__` or `constructor` polluted Object.prototype (issue 17). Walks over the XML are iterative and
// only descend where the format puts nodes and edges, so deep nesting cannot overflow the stack.
import { DOMParser, type Element, type Node as XmlNode } from '@xmldom/xmldom';
import Papa from 'papaparse';
import { type ForeignFormat, isObject, type Json, jsonOf, own, sniffForeign } from './sniff';
import { checkJsonNesting, FOREIGN_LIMITS, ForeignLimitError } from './limits';

export { FOREIGN_FORMATS, type ForeignFormat, sniffForeign } from './sniff';

export type Attributes = ReadonlyMap<string, unknown>;
export type ForeignEdge = {
  readonly key?: string | undefined;
  readonly source: string;
  readonly target: string;
  readonly attributes: Attributes;
  /** The element or row it was read from (`<edge> 3`, `edges[2]`, `row 4`), for citations and problem lists. */
  readonly where?: string | undefined;
};
/** Something the reader let through but a person should hear of (a node there twice, an edge naming no node), located. */
export type ReadNote = { readonly where: string; readonly message: string };
/** The nodes and edges of a foreign file, keyed by Maps: `order` nodes, `size` edges (repeated pairs stay separate). */
export type ForeignGraphData = {
  readonly nodes: ReadonlyMap<string, Attributes>;
  readonly edges: readonly ForeignEdge[];
  readonly order: number;
  readonly size: number;
  /** Where each node was first read (`<node id="a">`, `nodes[2] (key "a")`, `row 3 (id "a")`). */
  readonly where?: ReadonlyMap<string, string>;
  /** Nodes no element or row declares, added because an edge names them. */
  readonly implied?: ReadonlySet<string>;
  readonly notes?: readonly ReadNote[];
  /** GEXF's `timeformat` (date, dateTime, integer, double), where the file says it. */
  readonly timeformat?: string | undefined;
};

/** A foreign graph as read: its format, who wrote it where the file says, and its nodes and edges. */
export type ForeignGraph = {
  readonly format: ForeignFormat;
  readonly writer?: string | undefined;
  readonly graph: ForeignGraphData;
};

export type Recognised =
  { readonly ok: true; readonly foreign: ForeignGraph } | { readonly ok: false; readonly format: ForeignFormat; readonly message: string };

/** A refusal that names the element or field; its message is shown as it is. */
export class ForeignReadError extends Error {}

/**
 * Read a foreign graph with its format's parser. Never throws: a file that cannot be read says why, naming
 * the element or field. `json` is the text already parsed, where the caller has parsed it.
 */
export function readForeign(name: string, text: string, json: unknown = jsonOf(text)): Recognised | null {
  const format = sniffForeign(name, text, json);
  if (!format) return null;
  const refuse = (why: string): Recognised => ({ ok: false, format, message: `looks like ${format} but cannot be read (${why})` });
  if (text.length > FOREIGN_LIMITS.chars)
    return {
      ok: false,
      format,
      message: `a ${format} file of ${(text.length / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })} million characters: the atlas reads other tools' graphs up to ${FOREIGN_LIMITS.chars / 1e6} million`,
    };
  try {
    const b = new Builder(format);
    let writer: string | undefined;
    switch (format) {
      case 'GEXF':
        writer = readGexf(text, b);
        break;
      case 'GraphML':
        readGraphml(text, b);
        break;
      case 'graphology JSON':
        checkJsonNesting(text);
        writer = readGraphologyJson(json as Json, b);
        break;
      case 'Cytoscape.js JSON':
        checkJsonNesting(text);
        writer = readCytoscape(json as Json, b);
        break;
      case 'CSV node list':
      case 'CSV edge list':
        readCsv(format, text, b);
        break;
    }
    return { ok: true, foreign: { format, writer: writer ? clip(writer) : undefined, graph: b.done() } };
  } catch (e) {
    if (e instanceof ForeignReadError || e instanceof ForeignLimitError) return refuse(e.message);
    // Anything else is a defect of this module: say so rather than show a JavaScript error as the file's fault.
    return refuse(`the reader failed on it: ${String((e as Error)?.message ?? e).slice(0, 200)}`);
  }
}

const clip = (s: string, n = 200) => (s.length > n ? `${s.slice(0, n)}…` : s);
const quote = (s: string) => JSON.stringify(clip(s, 80));

/** Collects nodes and edges in Maps, with the limits on counts and string lengths. */
class Builder {
  readonly nodes = new Map<string, Map<string, unknown>>();
  readonly edges: ForeignEdge[] = [];
  readonly where = new Map<string, string>();
  readonly implied = new Set<string>();
  readonly notes: ReadNote[] = [];
  timeformat: string | undefined;
  private readonly edgeKeys = new Set<string>();
  constructor(private readonly format: ForeignFormat) {}

  private count(): void {
    if (this.nodes.size + this.edges.length > FOREIGN_LIMITS.elements)
      throw new ForeignLimitError(
        `more than ${FOREIGN_LIMITS.elements.toLocaleString('en-US')} nodes and edges, the most the atlas reads from another tool's file`,
      );
  }

  id(v: unknown, where: string): string {
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    if (typeof v !== 'string' || v === '')
      throw new ForeignReadError(`${where}: expected a non-empty string, got ${v === '' ? 'an empty string' : typeof v}`);
    if (v.length > FOREIGN_LIMITS.idChars)
      throw new ForeignLimitError(`${where}: an id of ${v.length.toLocaleString('en-US')} characters (at most ${FOREIGN_LIMITS.idChars})`);
    return v;
  }

  attributes(entries: Iterable<readonly [string, unknown]>, where: string): Map<string, unknown> {
    const m = new Map<string, unknown>();
    for (const [k, v] of entries) {
      if (typeof v === 'string' && v.length > FOREIGN_LIMITS.stringChars)
        throw new ForeignLimitError(
          `${where}: attribute ${quote(k)} holds ${v.length.toLocaleString('en-US')} characters (at most ${FOREIGN_LIMITS.stringChars.toLocaleString('en-US')})`,
        );
      m.set(k, v);
    }
    return m;
  }

  /** Adds a node, or merges attributes into one already there. */
  node(id: string, attributes: Map<string, unknown> = new Map(), duplicate: 'merge' | 'refuse' = 'merge', where = ''): void {
    const there = this.nodes.get(id);
    if (there) {
      if (duplicate === 'refuse') throw new ForeignReadError(`${where}: node ${quote(id)} is there twice`);
      if (this.implied.delete(id)) this.where.set(id, where);
      else
        this.notes.push({
          where,
          message: `node ${quote(id)} is there twice (first ${this.where.get(id)}); only attributes the first lacks are read`,
        });
      for (const [k, v] of attributes) if (!there.has(k) || there.get(k) === '') there.set(k, v);
      return;
    }
    this.nodes.set(id, attributes);
    this.where.set(id, where);
    this.count();
  }

  edge(
    key: string | undefined,
    source: string,
    target: string,
    attributes: Map<string, unknown>,
    missing: 'add' | 'refuse',
    where: string,
  ): void {
    for (const [end, id] of [
      ['source', source],
      ['target', target],
    ] as const)
      if (!this.nodes.has(id)) {
        if (missing === 'refuse') throw new ForeignReadError(`${where}.${end}: ${quote(id)} is not a node of the file`);
        this.node(id, new Map(), 'merge', `${where}.${end}`);
        this.implied.add(id);
      }
    // A repeated edge key becomes a keyless edge: the file still has that edge.
    const k = key !== undefined && !this.edgeKeys.has(key) ? key : undefined;
    if (k !== undefined) this.edgeKeys.add(k);
    this.edges.push({ key: k, source, target, attributes, where });
    this.count();
  }

  done(): ForeignGraphData {
    if (this.nodes.size === 0) throw new ForeignReadError(`no nodes: an empty ${this.format} graph`);
    const { where, implied, notes, timeformat } = this;
    return { nodes: this.nodes, edges: this.edges, order: this.nodes.size, size: this.edges.length, where, implied, notes, timeformat };
  }
}

// --- XML (GEXF, GraphML) ---

function parseXml(text: string, format: 'GEXF' | 'GraphML'): Element {
  let first: string | undefined;
  const tidy = (m: string) =>
    clip(
      m
        .split('\n')[0]!
        .replace(/^\[xmldom \w+\]\s*/, '')
        .replace(/^Error constructing the DOM: /, ''),
    );
  let doc;
  try {
    doc = new DOMParser({
      // The first error stops the parse (a file of undefined entities once printed 2 million lines).
      onError: (level, message) => {
        if (level === 'warning') return;
        first ??= tidy(message);
        throw new ForeignReadError(`not well-formed XML: ${first}`);
      },
    }).parseFromString(text, 'text/xml');
  } catch (e) {
    // xmldom wraps what onError throws, and throws its own fatal errors: report the XML error itself.
    throw new ForeignReadError(`not well-formed XML: ${first ?? tidy((e as Error).message)}`);
  }
  const root = doc.documentElement;
  const expected = format === 'GEXF' ? 'gexf' : 'graphml';
  if (!root || root.localName !== expected)
    throw new ForeignReadError(`the root element is <${root?.localName ?? 'none'}>, not <${expected}>`);
  return root;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
/** The element children of `parent` named `name` (local name, any namespace), without recursion. */
function children(parent: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let c: XmlNode | null = parent.firstChild; c; c = c.nextSibling)
    if (c.nodeType === ELEMENT_NODE && (name === '*' || (c as Element).localName === name)) out.push(c as Element);
  return out;
}
const child = (parent: Element, name: string): Element | undefined => children(parent, name)[0];
/** The text directly inside an element (not its descendants'): no recursion into hostile nesting. */
function ownText(e: Element): string {
  let s = '';
  for (let c: XmlNode | null = e.firstChild; c; c = c.nextSibling)
    if (c.nodeType === TEXT_NODE || c.nodeType === CDATA_NODE) s += c.nodeValue ?? '';
  return s;
}
const attr = (e: Element, name: string): string | undefined => (e.hasAttribute(name) ? e.getAttribute(name)! : undefined);

function typedValue(type: string | undefined, value: string): unknown {
  switch (type) {
    case 'integer':
    case 'long':
    case 'int':
    case 'float':
    case 'double': {
      const n = Number(value);
      return Number.isFinite(n) ? n : value;
    }
    case 'boolean':
      return value === 'true' || value === '1';
    default:
      return value;
  }
}

/** GEXF 1.1 to 1.3: `meta/creator`, attribute declarations, `nodes/node` and `edges/edge` with attvalues and viz positions. */
function readGexf(text: string, b: Builder): string | undefined {
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

/** GraphML: `key` declarations, then the first `graph`'s `node` and `edge` elements with their `data`. */
function readGraphml(text: string, b: Builder): void {
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
  children(graph, 'node').forEach((n, i) => {
    const id = b.id(attr(n, 'id'), `<node> ${i + 1} id`);
    b.node(id, b.attributes(data(n), `<node id=${quote(id)}>`), 'merge', `<node id=${quote(id)}>`);
  });
  children(graph, 'edge').forEach((e, i) => {
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

// --- JSON (graphology, Cytoscape.js) ---

const entriesOf = (v: unknown): [string, unknown][] => (isObject(v) ? Object.entries(v) : []);
const asArray = (v: unknown, where: string): unknown[] => {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new ForeignReadError(`${where}: expected an array`);
  return v;
};

/** graphology's serialisation: `{ attributes, options, nodes: [{ key, attributes }], edges: [{ key?, source, target, attributes }] }`. */
function readGraphologyJson(json: Json, b: Builder): string | undefined {
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

/** Cytoscape.js JSON: `elements` as an array or as `{ nodes, edges }`; repeated pairs stay separate edges. */
function readCytoscape(json: Json, b: Builder): string | undefined {
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

// --- CSV ---

function readCsv(format: 'CSV node list' | 'CSV edge list', text: string, b: Builder): void {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: true, preview: FOREIGN_LIMITS.rows + 2 });
  if (rows.errors.length > 0) throw new ForeignReadError(`row ${(rows.errors[0]!.row ?? 0) + 1}: ${rows.errors[0]!.message}`);
  if (rows.data.length > FOREIGN_LIMITS.rows + 1)
    throw new ForeignLimitError(`more than ${FOREIGN_LIMITS.rows.toLocaleString('en-US')} rows, the most the atlas reads from a CSV file`);
  const [header = [], ...body] = rows.data;
  const names = header.map((h) => h.trim());
  const col = (name: string) => names.findIndex((h) => h.toLowerCase() === name);
  const [id, key, source, target] = [col('id'), col('key'), col('source'), col('target')];
  body.forEach((r, i) => {
    const where = `row ${i + 2}`;
    const attrs = () =>
      b.attributes(
        names.map((h, c) => [h, r[c] ?? ''] as const),
        where,
      );
    if (format === 'CSV node list') {
      const v = r[id >= 0 ? id : key];
      if (v) b.node(b.id(v, `${where} id`), attrs(), 'merge', `${where} (id ${quote(v)})`);
    } else {
      const [s, t] = [r[source], r[target]];
      if (!s || !t) return;
      b.edge(undefined, b.id(s, `${where} source`), b.id(t, `${where} target`), attrs(), 'add', where);
    }
  });
}

/** The one message a person sees when they open a foreign graph (the file's name is shown beside it). */
export function foreignGraphMessage(f: ForeignGraph): string {
  const size = `${f.graph.order} node${f.graph.order === 1 ? '' : 's'}, ${f.graph.size} edge${f.graph.size === 1 ? '' : 's'}`;
  return (
    `a ${f.format} graph (${size}${f.writer ? `, written by ${f.writer}` : ''}), not a Lineage Atlas graph. ` +
    'Its nodes have no kind (dataset, technique, source, model, reference) and its facts no sources, and the atlas does not invent them. ' +
    'Open a lineage-atlas/graph file (README: "How to add a dataset"); the atlas writes GEXF, GraphML, CSV and Cytoscape.js JSON for other tools (Export data…).'
  );
}
