// import/catalogue/build: catalogue entries to a graph file in our own format, resolved against the survey graph,
// with a report of what was read, merged and left unresolved. Merging never overwrites: an entry that is a survey
// dataset keeps the survey's id and brings its own claims, which a layer adds beside the survey's.
import { GRAPH_FORMAT, GRAPH_VERSION, type GraphDocument, type GraphFile } from '../../schema/document';
import type { GraphEdge } from '../../schema/edges';
import type { DatasetNode, GraphNode } from '../../schema/nodes';
import { LIMITS } from '../../schema/text';
import type { Alias } from './aliases';
import type { DpcCollection } from './dpc';
import { cleanText, type Entry, hfIdOf, normaliseName, slug } from './entry';
import { IdentityIndex, keysOf, surveyIndex } from './identity';
import { bibtexOf, breakCycles, collectionNode, datasetNode, stubOf } from './nodes';
import type { CatalogueInput, ImportReport, Proposal } from './report';
import { entryKeys, freshIds, type Resolved, resolveEntries } from './resolve';
import { earliestDate } from './taxonomy';

export type { CatalogueInput, ImportReport, Proposal } from './report';

/** Model names that are not models ("templates", "Other"): no generated-by edge, named in the report. */
const NOT_MODELS = new Set(['other', 'templates', 'template', 'unknown', 'none']);

export function buildCatalogueGraph(
  input: CatalogueInput,
  survey: GraphDocument,
  aliases: readonly Alias[],
  identity: Resolved = resolveEntries(input, survey, aliases),
): { file: GraphFile; report: ImportReport } {
  const surveyTargets = surveyIndex(survey, aliases, ['dataset', 'source']);
  const surveyModels = surveyIndex(survey, aliases, ['model']);
  const surveyIds = new Set(survey.nodes.map((n) => n.id));
  const surveyById = new Map(survey.nodes.map((n) => [n.id, n]));
  const fresh = freshIds(new Set(identity.taken));
  const { idOf, collectionId, keyCount, nameCount } = identity;
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const proposed: Proposal[] = [...identity.proposed];
  const unknownLanguages = new Set<string>();
  const count = { datasets: 0, collections: 0, models: 0, sources: 0, references: 0 };
  const entries = input.collections.flatMap((c) => c.entries);

  // 1. Identity (./resolve) gave every entry and collection its id. Imported entries join the index for derived-from names (an entry deriving from another entry).
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
      nodes.set(id, datasetNode(id, e, collectionDate.get(c), surveyById.get(id)?.label));
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
    nodes.set(id, collectionNode(id, c, purposes, collectionDate.get(c), surveyById.get(id)?.label));
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
    const n = surveyById.get(edge.target);
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
      mergedWithSurvey: identity.merged,
      derivedFrom: { names, resolved, freeText },
      proposed,
      unknownLanguages: [...unknownLanguages].sort(),
      cyclesBroken,
    },
  };
}
