// import/catalogue/resolve: the identity step of an import. Every entry (and every collection of several) gets one
// id: a survey dataset's, where exact keys unique on both sides, the alias table, or a name only one entry and one
// survey node hold say so; else a fresh one. A name-only match that is not certain is proposed, never merged.
import type { GraphDocument } from '../../schema/document';
import { NodeId } from '../../schema/nodes';
import type { Alias } from './aliases';
import type { DpcCollection } from './dpc';
import { type Entry, githubKeyOf, normaliseName, slug } from './entry';
import { type MatchBy, surveyIndex } from './identity';
import type { CatalogueInput, Proposal } from './report';

export type Merged = { readonly entry: string; readonly id: string; readonly by: MatchBy };
export type Resolved = {
  readonly idOf: ReadonlyMap<Entry, string>;
  readonly collectionId: ReadonlyMap<DpcCollection, string>;
  readonly merged: readonly Merged[];
  readonly proposed: readonly Proposal[];
  /** Every id in use: the survey's and those given to entries and collections. */
  readonly taken: ReadonlySet<string>;
  /** How many entries hold each exact key, and each normalised name: one held by several identifies none. */
  readonly keyCount: ReadonlyMap<string, number>;
  readonly nameCount: ReadonlyMap<string, number>;
};

/** The exact keys an entry states: `hf:`, `gh:` and `arxiv:` (lower case). */
export const entryKeys = (e: Entry): string[] =>
  [
    e.hfId && `hf:${e.hfId.toLowerCase()}`,
    e.github && githubKeyOf(e.github) && `gh:${githubKeyOf(e.github)}`,
    e.arxiv && `arxiv:${e.arxiv}`,
  ].filter((k): k is string => !!k);

const validId = (s: string, fallback: string): string => (NodeId.safeParse(s).success ? s : fallback);

/** A maker of ids not yet in `taken` (each added to it): the first free slug of the names, else the first with a number. */
export const freshIds =
  (taken: Set<string>) =>
  (base: string, ...more: string[]): string => {
    for (const c of [base, ...more].map((s) => validId(slug(s), ''))) if (c && !taken.has(c)) return (taken.add(c), c);
    let i = 2;
    const b = validId(slug(base), 'dataset');
    while (taken.has(`${b}-${i}`)) i++;
    taken.add(`${b}-${i}`);
    return `${b}-${i}`;
  };

/**
 * A collection of several datasets first (its name, or a key all its datasets and no other hold), then each entry:
 * exact keys unique on both sides, the alias table, a name only one entry and one survey node hold. A subset of a
 * collection whose key points at a survey dataset is a copy of it or drawn from it: it merges only when its name is
 * that dataset's too, and is proposed otherwise.
 */
export function resolveEntries(input: CatalogueInput, survey: GraphDocument, aliases: readonly Alias[]): Resolved {
  const surveyDatasets = surveyIndex(survey, aliases, ['dataset']);
  const taken = new Set(survey.nodes.map((n) => n.id));
  const fresh = freshIds(taken);
  const entries = input.collections.flatMap((c) => c.entries);
  const surveyNames = [...surveyDatasets.names].filter(([k]) => k.length >= 5);
  const keysOfEntry = new Map(entries.map((e) => [e, entryKeys(e)]));
  const normOf = new Map(entries.map((e) => [e, normaliseName(e.name)]));
  const keyCount = new Map<string, number>();
  for (const keys of keysOfEntry.values()) for (const k of new Set(keys)) keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
  const nameCount = new Map<string, number>();
  for (const n of normOf.values()) nameCount.set(n, (nameCount.get(n) ?? 0) + 1);

  const idOf = new Map<Entry, string>();
  const collectionId = new Map<DpcCollection, string>();
  const claimed = new Set<string>();
  const merged: Merged[] = [];
  const proposed: Proposal[] = [];
  const byOf = (key: string): MatchBy => (key.startsWith('hf:') ? 'hf-id' : key.startsWith('gh:') ? 'github' : 'arxiv');
  const claim = (id: string, entry: string, by: MatchBy) => {
    claimed.add(id);
    merged.push({ entry, id, by });
  };
  const propose = (name: string, from: string, candidates: readonly string[], reason: string) =>
    proposed.push({ name, from, candidates, reason });

  for (const c of input.collections) {
    if (c.entries.length < 2) continue;
    const shared = keysOfEntry
      .get(c.entries[0]!)!
      .filter((k) => keyCount.get(k) === c.entries.length && c.entries.every((e) => keysOfEntry.get(e)!.includes(k)));
    const r = surveyDatasets.resolve(
      c.name,
      shared.map((key) => ({ key, by: byOf(key) })),
    );
    if (r.kind === 'resolved' && !claimed.has(r.id)) {
      collectionId.set(c, r.id);
      claim(r.id, `${c.file} (collection)`, r.by);
    } else {
      if (r.kind === 'ambiguous') propose(c.name, `${c.file} (collection)`, r.candidates, `more than one node has this ${r.by}`);
      collectionId.set(c, fresh(c.name, `${c.name}-collection`));
    }
  }
  for (const coll of input.collections)
    for (const e of coll.entries) {
      const inCollection = coll.entries.length > 1;
      const keys = keysOfEntry
        .get(e)!
        .filter((k) => keyCount.get(k) === 1)
        .map((key) => ({ key, by: byOf(key) }));
      const norm = normOf.get(e)!;
      const uniqueName = nameCount.get(norm) === 1;
      let r = surveyDatasets.resolve(e.name, keys, uniqueName);
      if (r.kind === 'none' && !inCollection) r = surveyDatasets.resolve(coll.name, [], true);
      if (r.kind === 'none' && e.hfId && keyCount.get(`hf:${e.hfId.toLowerCase()}`) === 1)
        r = surveyDatasets.resolve(e.hfId.split('/').pop()!, [], uniqueName);
      const namesAgree = r.kind === 'resolved' && surveyDatasets.names.get(norm)?.has(r.id);
      if (r.kind === 'resolved' && !claimed.has(r.id) && (!inCollection || namesAgree || r.by === 'alias')) {
        idOf.set(e, r.id);
        claim(r.id, `${e.file}: ${e.key}`, r.by);
        continue;
      }
      const from = `${e.file}: ${e.key}`;
      if (r.kind === 'resolved')
        propose(
          e.name,
          from,
          [r.id],
          claimed.has(r.id)
            ? `its ${r.by} matches, but the node is already merged with another entry`
            : `its ${r.by} matches, but it is one dataset of the collection ${coll.name}`,
        );
      else if (r.kind === 'ambiguous')
        propose(e.name, from, r.candidates, `more than one node has this ${r.by === 'name' ? 'name' : r.by}`);
      else if (norm.length >= 5) {
        const near = surveyNames.filter(([k]) => k.includes(norm) || norm.includes(k)).flatMap(([, ids]) => [...ids]);
        if (near.length > 0) propose(e.name, from, [...new Set(near)].sort(), 'one name contains the other');
      }
      idOf.set(e, fresh(e.name, `${coll.name}-${e.name}`, `${coll.name}-${e.key}`));
    }
  return { idOf, collectionId, merged, proposed, taken, keyCount, nameCount };
}
