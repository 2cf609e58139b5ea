// import/catalogue/identity: one canonical id per dataset. A name resolves by exact keys first (Hugging Face
// id, GitHub repository, arXiv id), then the curated alias table, then its normalised form. A key or name that
// more than one node holds is ambiguous: it is proposed for a person to confirm, never merged.
import type { GraphDocument } from '../../schema/document';
import type { GraphNode } from '../../schema/nodes';
import type { Alias } from './aliases';
import { arxivIdOf, githubKeyOf, hfIdOf, normaliseName } from './entry';

export type MatchBy = 'hf-id' | 'github' | 'arxiv' | 'alias' | 'name';
export type Resolution =
  | { readonly kind: 'resolved'; readonly id: string; readonly by: MatchBy }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly string[]; readonly by: MatchBy }
  | { readonly kind: 'none' };

/** The exact keys a name or address gives: `hf:owner/name`, `gh:owner/repo`, `arxiv:2203.02155` (lower case). */
export function keysOf(s: string): { key: string; by: MatchBy }[] {
  const out: { key: string; by: MatchBy }[] = [];
  const hf = hfIdOf(s);
  if (hf && /^https?:/.test(s.trim())) out.push({ key: `hf:${hf.toLowerCase()}`, by: 'hf-id' });
  const gh = githubKeyOf(s);
  if (gh) out.push({ key: `gh:${gh}`, by: 'github' });
  const ax = arxivIdOf(s);
  if (ax) out.push({ key: `arxiv:${ax}`, by: 'arxiv' });
  return out;
}

const add = (m: Map<string, Set<string>>, k: string, id: string) => {
  const s = m.get(k);
  if (s) s.add(id);
  else m.set(k, new Set([id]));
};

/** An index of nodes by key and by normalised name; `resolve` answers for a name, an id or an address. */
export class IdentityIndex {
  readonly keys = new Map<string, Set<string>>();
  readonly names = new Map<string, Set<string>>();
  readonly aliases = new Map<string, string>();

  constructor(aliases: readonly Alias[] = []) {
    for (const a of aliases) this.aliases.set(normaliseName(a.name), a.id);
  }

  addKey(key: string, id: string): void {
    add(this.keys, key, id);
  }

  addName(name: string, id: string): void {
    const n = normaliseName(name);
    if (n) add(this.names, n, id);
  }

  /** A survey node's keys (from its homepage, HF id, GitHub, arXiv claims and references' arXiv pages) and names. */
  addNode(node: GraphNode, referenceUrls: readonly string[] = []): void {
    this.addName(node.label, node.id);
    node.aliases?.forEach((a) => this.addName(a, node.id));
    node.recordedAliases?.forEach((a) => this.addName(a.name, node.id));
    const urls = [...referenceUrls];
    if (node.kind === 'dataset' || node.kind === 'source') urls.push(...(node.homepage ?? []).map((h) => h.value));
    if (node.kind === 'dataset') {
      urls.push(...(node.github ?? []).map((h) => h.value));
      node.hfId?.forEach((h) => this.addKey(`hf:${h.value.toLowerCase()}`, node.id));
      node.arxiv?.forEach((h) => this.addKey(`arxiv:${h.value}`, node.id));
    }
    for (const u of urls) for (const { key } of keysOf(u)) this.addKey(key, node.id);
    if (node.kind === 'dataset') node.hfId?.forEach((h) => this.addName(h.value.split('/').pop()!, node.id));
  }

  /** Resolves by the given keys, then the alias table, then the normalised name. */
  resolve(name: string, extraKeys: readonly { key: string; by: MatchBy }[] = [], useNames = true): Resolution {
    let ambiguous: Resolution | undefined;
    for (const { key, by } of [...keysOf(name), ...extraKeys]) {
      const ids = this.keys.get(key);
      if (ids?.size === 1) return { kind: 'resolved', id: [...ids][0]!, by };
      if (ids && ids.size > 1) ambiguous ??= { kind: 'ambiguous', candidates: [...ids].sort(), by };
    }
    const n = normaliseName(name.replace(/^extended\|/, ''));
    const alias = this.aliases.get(n);
    if (alias) return { kind: 'resolved', id: alias, by: 'alias' };
    if (useNames) {
      const hf = hfIdOf(name);
      const ids = this.names.get(n) ?? (hf ? this.names.get(normaliseName(hf.split('/').pop()!)) : undefined);
      if (ids?.size === 1 && !ambiguous) return { kind: 'resolved', id: [...ids][0]!, by: 'name' };
      if (ids && ids.size > 0) ambiguous ??= { kind: 'ambiguous', candidates: [...ids].sort(), by: 'name' };
    }
    return ambiguous ?? { kind: 'none' };
  }
}

/** An index of a graph's datasets, sources and models; references' arXiv pages count as their datasets' keys. */
export function surveyIndex(doc: GraphDocument, aliases: readonly Alias[], kinds: readonly GraphNode['kind'][]): IdentityIndex {
  const index = new IdentityIndex(aliases.filter((a) => doc.nodes.some((n) => n.id === a.id && kinds.includes(n.kind))));
  const refUrl = new Map(doc.nodes.flatMap((n) => (n.kind === 'reference' && n.url ? [[n.id, n.url] as const] : [])));
  const refsOf = new Map<string, string[]>();
  for (const e of doc.edges)
    if (e.kind === 'described-in' && refUrl.has(e.target)) refsOf.set(e.source, [...(refsOf.get(e.source) ?? []), refUrl.get(e.target)!]);
  for (const n of doc.nodes) if (kinds.includes(n.kind)) index.addNode(n, refsOf.get(n.id) ?? []);
  return index;
}
