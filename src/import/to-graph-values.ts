// import/to-graph-values: the value conversions of import/to-graph: another tool's ids as the atlas's node ids,
// its dates (GEXF start, spells and timeformat included) as YYYY-MM(-DD), and which edges would close a lineage cycle.
import type { EdgeKind } from '../schema/edges';
import { findCycle } from '../schema/read';
import { realDate } from '../schema/text';
import type { Attributes } from './foreign';

const ID = /^[a-z0-9][a-z0-9._-]*$/;
const usable = (id: string) => ID.test(id) && id.length <= 200 && !(id in Object.prototype);

/**
 * The atlas's node id for each foreign id: kept where it already is one (so the atlas's own exports come back
 * with their ids), else lower-cased with other characters as "-", made unique with "-2", "-3"…
 */
export function slugIds(foreign: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of foreign)
    if (usable(id) && !taken.has(id)) {
      out.set(id, id);
      taken.add(id);
    }
  for (const id of foreign) {
    if (out.has(id)) continue;
    let base = id
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '')
      .replace(/-+$/, '')
      .slice(0, 180);
    if (!base) base = 'node';
    if (!usable(base)) base = `n-${base}`;
    let slug = base;
    for (let k = 2; taken.has(slug); k++) slug = `${base}-${k}`;
    out.set(id, slug);
    taken.add(slug);
  }
  return out;
}

/** One value as YYYY-MM or YYYY-MM-DD, or why it is not one. */
export function parseDate(v: unknown, timeformat?: string): { date: string } | { problem: string } {
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
  if (s === '') return { problem: 'empty' };
  let m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  m ??= /^(\d{4})\/(\d{1,2})(?:\/(\d{1,2}))?$/.exec(s);
  if (m) {
    const date = `${m[1]}-${m[2]!.padStart(2, '0')}${m[3] ? `-${m[3].padStart(2, '0')}` : ''}`;
    const pattern = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(date);
    return pattern && realDate(date) ? { date } : { problem: `"${s}" is not a day of the calendar` };
  }
  if (/^\d{4}(\.0+)?$/.test(s)) return { problem: `"${s}" is a year without a month; the atlas's dates are YYYY-MM or YYYY-MM-DD` };
  if (/^-?\d+(\.\d+)?$/.test(s))
    return { problem: `"${s}" is a number${timeformat ? ` (timeformat ${timeformat})` : ''}, not a date the atlas can place` };
  return { problem: `"${s.slice(0, 60)}" is not a date as YYYY-MM or YYYY-MM-DD` };
}

type Spell = { readonly start?: unknown; readonly end?: unknown };
const isSpells = (v: unknown): v is Spell[] => Array.isArray(v) && v.every((s) => s !== null && typeof s === 'object');

/**
 * A node's release date from `column`: the earliest date it gives. A GEXF node's `start` and its spells' starts are
 * read together (a Gephi timeline's first appearance); each value that does not parse is named through `problem`.
 */
export function dateOf(
  attrs: Attributes,
  column: string,
  timeformat: string | undefined,
  problem: (m: string) => void,
): string | undefined {
  const values: unknown[] = [];
  const v = attrs.get(column);
  if (isSpells(v)) values.push(...v.map((s) => s.start).filter((s) => s !== undefined));
  else if (v !== undefined) values.push(v);
  if (column === 'start' && isSpells(attrs.get('spells')))
    values.push(...(attrs.get('spells') as Spell[]).map((s) => s.start).filter(Boolean));
  const dates: string[] = [];
  for (const value of values) {
    const r = parseDate(value, timeformat);
    if ('date' in r) dates.push(r.date);
    else if (r.problem !== 'empty') problem(`${r.problem}; left out`);
  }
  return dates.sort()[0];
}

/**
 * Which edges (by index) to leave out so that each acyclic group of edge kinds stays acyclic: in file order, an edge
 * that would close a cycle with the edges kept before it. Graphs without cycles cost one pass.
 */
export function acyclicOrder(
  edges: readonly { source: string; target: string; kind: EdgeKind }[],
  groups: readonly (readonly EdgeKind[])[],
): Set<number> {
  const out = new Set<number>();
  for (const kinds of groups) {
    const idx = edges.flatMap((e, i) => (kinds.includes(e.kind) ? [i] : []));
    if (!findCycle(idx.map((i) => edges[i]!))) continue;
    const next = new Map<string, string[]>();
    const reaches = (from: string, to: string) => {
      const seen = new Set<string>([from]);
      const stack = [from];
      while (stack.length) {
        const n = stack.pop()!;
        if (n === to) return true;
        for (const t of next.get(n) ?? [])
          if (!seen.has(t)) {
            seen.add(t);
            stack.push(t);
          }
      }
      return false;
    };
    for (const i of idx) {
      const e = edges[i]!;
      if (reaches(e.target, e.source)) out.add(i);
      else {
        const list = next.get(e.source);
        if (list) list.push(e.target);
        else next.set(e.source, [e.target]);
      }
    }
  }
  return out;
}
