// import/catalogue/build: catalogue entries to a graph file in our own format, resolved against the survey graph,
// with a report of what was read, merged and left unresolved. Merging never overwrites: an entry that is a survey
// dataset keeps the survey's id and brings its own claims, which a layer adds beside the survey's.
import { GRAPH_FORMAT, GRAPH_VERSION, type GraphDocument, type GraphFile } from '../../schema/document';
import type { GraphEdge } from '../../schema/edges';
import { type DatasetNode, type GraphNode, NodeId } from '../../schema/nodes';
import { LIMITS } from '../../schema/text';
import type { Alias } from './aliases';
import type { DpcCollection } from './dpc';
import { cleanText, type Entry, githubKeyOf, hfIdOf, normaliseName, slug } from './entry';
import { IdentityIndex, keysOf, type MatchBy, surveyIndex } from './identity';
import { bibtexOf, breakCycles, collectionNode, datasetNode, stubOf } from './nodes';
import type { CatalogueInput, ImportReport, Proposal } from './report';
import { earliestDate } from './taxonomy';

export type { CatalogueInput, ImportReport, Proposal } from './report';

/** Model names that are not models ("templates", "Other"): no generated-by edge, named in the report. */
const NOT_MODELS = new Set(['other', 'templates', 'template', 'unknown', 'none']);

const validId = (s: string, fallback: string): string => (NodeId.safeParse(s).success ? s : fallback);

export function buildCatalogueGraph(
  input: CatalogueInput,
  survey: GraphDocument,
  aliases: readonly Alias[],
): { file: GraphFile; report: ImportReport } {
  const surveyDatasets = surveyIndex(survey, aliases, ['dataset']);
  const surveyTargets = surveyIndex(survey, aliases, ['dataset', 'source']);
  const surveyModels = surveyIndex(survey, aliases, ['model']);
  const surveyIds = new Set(survey.nodes.map((n) => n.id));
  const taken = new Set(surveyIds);
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const proposed: Proposal[] = [];
  const merged: { entry: string; id: string; by: MatchBy }[] = [];
  const unknownLanguages = new Set<string>();
  const count = { datasets: 0, collections: 0, models: 0, sources: 0, references: 0 };
  const entries = input.collections.flatMap((c) => c.entries);
  const collectionOf = new Map(input.collections.flatMap((c) => c.entries.map((e) => [e, c] as const)));
  const surveyNames = [...surveyDatasets.names].filter(([k]) => k.length >= 5);

  // Keys held by more than one entry (a collection's subsets share its repository) identify none of them.
  const keyCount = new Map<string, number>();
  const entryKeys = (e: Entry) =>
    [
      e.hfId && `hf:${e.hfId.toLowerCase()}`,
      e.github && githubKeyOf(e.github) && `gh:${githubKeyOf(e.github)}`,
      e.arxiv && `arxiv:${e.arxiv}`,
    ].filter((k): k is string => !!k);
  for (const e of entries) for (const k of new Set(entryKeys(e))) keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
  const nameCount = new Map<string, number>();
  for (const e of entries) nameCount.set(normaliseName(e.name), (nameCount.get(normaliseName(e.name)) ?? 0) + 1);

  const fresh = (base: string, ...more: string[]): string => {
    for (const c of [base, ...more].map((s) => validId(slug(s), ''))) if (c && !taken.has(c)) return (taken.add(c), c);
    let i = 2;
    const b = validId(slug(base), 'dataset');
    while (taken.has(`${b}-${i}`)) i++;
    taken.add(`${b}-${i}`);
    return `${b}-${i}`;
  };

  // 1. Identity. A collection of several datasets first (its name, or a key all its datasets and no other hold), then
  // each entry: exact keys unique on both sides, the alias table, a name only one entry and one survey node hold.
  // A subset of a collection whose key points at a survey dataset is a copy of it or drawn from it: it merges only
  // when its name is that dataset's too, and is proposed otherwise.
  const idOf = new Map<Entry, string>();
  const collectionId = new Map<DpcCollection, string>();
  const claimedSurvey = new Set<string>();
  const byOf = (key: string): MatchBy => (key.startsWith('hf:') ? 'hf-id' : key.startsWith('gh:') ? 'github' : 'arxiv');
  const claim = (id: string, what: string, by: MatchBy) => {
    claimedSurvey.add(id);
    merged.push({ entry: what, id, by });
  };
  const propose = (name: string, from: string, candidates: readonly string[], reason: string) =>
    proposed.push({ name, from, candidates, reason });
  for (const c of input.collections) {
    if (c.entries.length < 2) continue;
    const shared = entryKeys(c.entries[0]!).filter(
      (k) => keyCount.get(k) === c.entries.length && c.entries.every((e) => entryKeys(e).includes(k)),
    );
    const r = surveyDatasets.resolve(
      c.name,
      shared.map((key) => ({ key, by: byOf(key) })),
    );
    if (r.kind === 'resolved' && !claimedSurvey.has(r.id)) {
      collectionId.set(c, r.id);
      claim(r.id, `${c.file} (collection)`, r.by);
    } else {
      if (r.kind === 'ambiguous') propose(c.name, `${c.file} (collection)`, r.candidates, `more than one node has this ${r.by}`);
      collectionId.set(c, fresh(c.name, `${c.name}-collection`));
    }
  }
  for (const e of entries) {
    const coll = collectionOf.get(e)!;
    const inCollection = coll.entries.length > 1;
    const keys = entryKeys(e)
      .filter((k) => keyCount.get(k) === 1)
      .map((key) => ({ key, by: byOf(key) }));
    const uniqueName = nameCount.get(normaliseName(e.name)) === 1;
    let r = surveyDatasets.resolve(e.name, keys, uniqueName);
    if (r.kind === 'none' && !inCollection) r = surveyDatasets.resolve(coll.name, [], true);
    if (r.kind === 'none' && e.hfId && keyCount.get(`hf:${e.hfId.toLowerCase()}`) === 1)
      r = surveyDatasets.resolve(e.hfId.split('/').pop()!, [], uniqueName);
    const namesAgree = r.kind === 'resolved' && surveyDatasets.names.get(normaliseName(e.name))?.has(r.id);
    if (r.kind === 'resolved' && !claimedSurvey.has(r.id) && (!inCollection || namesAgree || r.by === 'alias')) {
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
        claimedSurvey.has(r.id)
          ? `its ${r.by} matches, but the node is already merged with another entry`
          : `its ${r.by} matches, but it is one dataset of the collection ${coll.name}`,
      );
    else if (r.kind === 'ambiguous') propose(e.name, from, r.candidates, `more than one node has this ${r.by === 'name' ? 'name' : r.by}`);
    else {
      const n = normaliseName(e.name);
      const near = n.length >= 5 ? surveyNames.filter(([k]) => k.includes(n) || n.includes(k)).flatMap(([, ids]) => [...ids]) : [];
      if (near.length > 0) propose(e.name, from, [...new Set(near)].sort(), 'one name contains the other');
    }
    idOf.set(e, fresh(e.name, `${coll.name}-${e.name}`, `${coll.name}-${e.key}`));
  }

  // Imported entries join the index for derived-from names (an entry deriving from another entry).
  const imported = new IdentityIndex();
  for (const e of entries) {
    const id = idOf.get(e)!;
    if (nameCount.get(normaliseName(e.name)) === 1) imported.addName(e.name, id);
    for (const k of entryKeys(e)) if (keyCount.get(k) === 1) imported.addKey(k, id);
  }

  const addEdge = (edge: GraphEdge) => {
    const k = `${edge.source}|${edge.kind}|${edge.target}`;
    const had = edges.get(k);
    if (!had) edges.set(k, edge);
  };
  const refIds = new Map<string, string>();
  const referenceFor = (e: Entry): string | undefined => {
    const parsed = bibtexOf(e);
    if (!parsed) return undefined;
    const { key, bib, title } = parsed;
    const had = refIds.get(key);
    if (had) return had;
    const id = fresh(`ref-${key}`);
    refIds.set(key, id);
    nodes.set(id, { kind: 'reference', id, label: cleanText(title || key), citeKey: key, bibtex: bib, provenance: [e.cite('Bibtex')] });
    count.references++;
    return id;
  };

  // 2. Nodes for entries, with their claims.
  const collectionDate = new Map<DpcCollection, { value: string; field: string; from: string }>();
  for (const c of input.collections) {
    const dated = c.entries.flatMap((e) => {
      const d = earliestDate(e);
      return d ? [{ ...d, from: e.key }] : [];
    });
    const first = dated.sort((a, b) => a.value.localeCompare(b.value))[0];
    if (first) collectionDate.set(c, first);
  }
  for (const c of input.collections)
    for (const e of c.entries) {
      const id = idOf.get(e)!;
      e.unknownLanguages.forEach((l) => unknownLanguages.add(l));
      nodes.set(id, datasetNode(id, e, collectionDate.get(c), surveyIds.has(id)));
      if (!surveyIds.has(id)) count.datasets++;
      const ref = referenceFor(e);
      if (ref) addEdge({ source: id, kind: 'described-in', target: ref, provenance: [e.cite('Bibtex')] });
    }

  // 3. Collections of several datasets aggregate them.
  for (const c of input.collections) {
    if (c.entries.length < 2) continue;
    const id = collectionId.get(c)!;
    if (!surveyIds.has(id)) count.collections++;
    const purposes = new Set(c.entries.map((e) => (nodes.get(idOf.get(e)!) as DatasetNode).taxonomy.purpose));
    nodes.set(id, collectionNode(id, c, purposes, collectionDate.get(c), surveyIds.has(id)));
    for (const e of c.entries)
      if (idOf.get(e) !== id) addEdge({ source: id, kind: 'aggregates', target: idOf.get(e)!, provenance: [e.cite('Collection')] });
  }

  // 4. Derived-from names to nodes (survey, then imported), or to free-text source nodes; models to model nodes.
  let names = 0;
  let resolved = 0;
  let freeText = 0;
  const sourceIds = new Map<string, string>();
  const modelIds = new Map<string, string>();
  for (const e of entries) {
    const id = idOf.get(e)!;
    for (const raw of e.derivedFrom) {
      const name = cleanText(raw.replace(/^extended\|/, ''));
      if (!name) continue;
      names++;
      let r = surveyTargets.resolve(name);
      if (r.kind === 'none') r = imported.resolve(name);
      let target: string | undefined;
      if (r.kind === 'resolved' && r.id !== id) {
        target = r.id;
        resolved++;
      } else {
        if (r.kind === 'ambiguous')
          proposed.push({
            name,
            from: `${e.file}: ${e.key} (derived from)`,
            candidates: r.candidates,
            reason: `more than one node has this ${r.by}`,
          });
        const norm = normaliseName(hfIdOf(name) ?? name) || slug(name);
        target = sourceIds.get(norm);
        if (!target) {
          target = fresh(`source-${hfIdOf(name) ?? name}`);
          sourceIds.set(norm, target);
          const url = keysOf(name).length > 0 ? name : undefined;
          nodes.set(target, {
            kind: 'source',
            id: target,
            label: cleanText(hfIdOf(name) ?? name),
            provenance: [e.cite('Derived from Datasets')],
            ...(url ? { homepage: [{ value: url, provenance: [e.cite('Derived from Datasets')] }] } : {}),
          });
          count.sources++;
        }
        freeText++;
      }
      if (target !== id)
        addEdge({
          source: id,
          kind: 'derived-from',
          target,
          provenance: [e.cite('Derived from Datasets')],
          ...(raw !== name ? { note: cleanText(`as written: ${raw}`, LIMITS.note) } : {}),
        });
    }
    for (const raw of e.models) {
      const name = cleanText(raw);
      if (!name || NOT_MODELS.has(name.toLowerCase())) continue;
      const r = surveyModels.resolve(name);
      let target = r.kind === 'resolved' ? r.id : modelIds.get(normaliseName(name));
      if (!target) {
        target = fresh(`model-${name}`);
        modelIds.set(normaliseName(name), target);
        nodes.set(target, { kind: 'model', id: target, label: name, provenance: [e.cite('Model Generated')] });
        count.models++;
      }
      addEdge({ source: id, kind: 'generated-by', target, provenance: [e.cite('Model Generated')] });
    }
  }

  // The survey nodes this file's edges reach are in it too, so the file stands alone: the same id, label and kind,
  // cited to the entry that names them (a layer merges them into the survey's own nodes).
  for (const edge of edges.values()) {
    if (nodes.has(edge.target)) continue;
    const n = survey.nodes.find((x) => x.id === edge.target);
    if (n) nodes.set(n.id, stubOf(n, edge.provenance));
  }

  // 5. Lineage must stay acyclic (a collection's dataset said to derive from the collection): break and report.
  const cyclesBroken = breakCycles(edges, survey.edges);
  const file: GraphFile = {
    format: GRAPH_FORMAT,
    version: GRAPH_VERSION,
    title: cleanText(input.title, LIMITS.name),
    nodes: [...nodes.values()],
    edges: [...edges.values()],
  };
  return {
    file,
    report: {
      filesRead: input.filesRead,
      entriesRead: entries.length,
      issues: input.issues,
      nodesCreated: count,
      mergedWithSurvey: merged,
      derivedFrom: { names, resolved, freeText },
      proposed,
      unknownLanguages: [...unknownLanguages].sort(),
      cyclesBroken,
    },
  };
}
