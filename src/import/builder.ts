// import/builder: the shape of a graph read from another tool's file (nodes and edges in Maps), the builder the
// format readers fill with the limits on counts and lengths, and the refusal they throw.
//
// Everything keyed by a string from the file (node ids, attribute names, keys) lives in a Map, never in a
// plain object or a graphology graph: graphology keeps neighbours in plain objects, so a node named
// `__proto__` or `constructor` polluted Object.prototype (issue 17).
import { FOREIGN_LIMITS, ForeignLimitError } from '../schema/limits';
import { type ForeignFormat, isObject } from './sniff';
import { AtlasError } from '../errors';

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

/** A refusal that names the element or field; its message is shown as it is. */
export class ForeignReadError extends AtlasError {
  constructor(message: string) {
    super('foreign-unreadable', message);
  }
}

export const clip = (s: string, n = 200) => (s.length > n ? `${s.slice(0, n)}…` : s);
export const quote = (s: string) => JSON.stringify(clip(s, 80));

/** A JSON object's own entries (none for anything else). */
export const entriesOf = (v: unknown): [string, unknown][] => (isObject(v) ? Object.entries(v) : []);
/** A JSON array, an absent one as empty; anything else is refused, naming where. */
export const asArray = (v: unknown, where: string): unknown[] => {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new ForeignReadError(`${where}: expected an array`);
  return v;
};

/** Collects nodes and edges in Maps, with the limits on counts and string lengths. */
export class Builder {
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
