// import/catalogue/nodes: the graph nodes of catalogue entries (their claims, each cited to its field), stubs of
// the survey nodes an import points to, and the lineage cycle check.
import { findCycle } from '../../schema/read';
import type { GraphEdge } from '../../schema/edges';
import type { DatasetNode, GraphNode } from '../../schema/nodes';
import type { Citation } from '../../schema/citation';
import { LIMITS, oneBibtexEntry } from '../../schema/text';
import type { DpcCollection } from './dpc';
import { cleanText, type Entry } from './entry';
import { inferTaxonomy } from './taxonomy';

/** Removes imported lineage edges that close a cycle (with the survey's lineage too); returns what was removed. */
export function breakCycles(edges: Map<string, GraphEdge>, base: readonly GraphEdge[]): string[] {
  const removed: string[] = [];
  const lineage = (e: GraphEdge) => e.kind === 'derived-from' || e.kind === 'aggregates';
  const baseLineage = base.filter(lineage);
  for (;;) {
    const cycle = findCycle([...baseLineage, ...[...edges.values()].filter(lineage)]);
    if (!cycle) return removed;
    const k = [...edges.keys()].find((key) => {
      const e = edges.get(key)!;
      return lineage(e) && cycle.some((id, i) => i + 1 < cycle.length && e.source === id && e.target === cycle[i + 1]);
    });
    if (!k) return removed;
    removed.push(`${k} (in the cycle ${cycle.join(' -> ')})`);
    edges.delete(k);
  }
}

/** A survey node as a file that points to it holds it: id, label and kind (a dataset's taxonomy), cited by the edge's source. */
export function stubOf(n: GraphNode, provenance: GraphEdge['provenance']): GraphNode {
  const base = { id: n.id, label: n.label, provenance };
  switch (n.kind) {
    case 'dataset': {
      const cites = n.taxonomy.provenance.filter((c) => c.kind !== 'reference');
      return { ...base, kind: 'dataset', taxonomy: { ...n.taxonomy, provenance: cites.length > 0 ? cites : provenance } };
    }
    case 'reference':
      return { ...base, kind: 'reference', citeKey: n.citeKey, bibtex: n.bibtex };
    default:
      return { ...base, kind: n.kind };
  }
}

/** A name that differs from the survey's only in case ("alpaca", "Alpaca") is the survey's name, not another one. */
const sameNameAs = (name: string, surveyLabel: string | undefined): boolean =>
  surveyLabel !== undefined && name.toLowerCase() === surveyLabel.toLowerCase();

export function datasetNode(
  id: string,
  e: Entry,
  fallbackDate: { value: string; field: string; from: string } | undefined,
  surveyLabel: string | undefined,
): DatasetNode {
  const tax = inferTaxonomy(e, fallbackDate);
  const nameCite = e.cite(e.origin === 'dpc' ? 'Dataset Name' : 'pretty_name');
  const sameName = sameNameAs(e.name, surveyLabel);
  return {
    kind: 'dataset',
    id,
    label: sameName ? surveyLabel! : e.name,
    ...(surveyLabel !== undefined
      ? sameName
        ? {}
        : { recordedAliases: [{ name: e.name, provenance: [nameCite] }], aliases: [e.name] }
      : e.hfId && e.hfId !== e.name
        ? { aliases: [cleanText(e.hfId)] }
        : {}),
    provenance: [nameCite],
    taxonomy: {
      ...tax,
      modality: [...tax.modality],
      inferred: [...tax.inferred],
      provenance: tax.provenance.length > 0 ? [...tax.provenance] : [nameCite],
    },
    ...(e.dates.length > 0 ? { released: e.dates.map((d) => ({ value: d.value, dateKind: d.kind, provenance: [e.cite(d.field)] })) } : {}),
    ...(e.size ? { size: [{ value: e.size.value, provenance: [e.cite(e.size.field)] }] } : {}),
    ...(e.licenses.length > 0
      ? {
          license: [
            { value: cleanText([...new Set(e.licenses.map((l) => l.value))].join(' AND ')), provenance: [e.cite(e.licenses[0]!.field)] },
          ],
        }
      : {}),
    ...(e.languages.length > 0
      ? { languages: [{ value: [...e.languages], provenance: [e.cite(e.origin === 'dpc' ? 'Languages' : 'language')] }] }
      : {}),
    modalities: [{ value: [e.modality], provenance: [e.cite(e.origin === 'dpc' ? 'summary folder' : 'task_categories')] }],
    ...(e.homepage ? { homepage: [{ value: e.homepage, provenance: [e.cite('Dataset URL')] }] } : {}),
    ...(e.hfId
      ? { hfId: [{ value: e.hfId, provenance: [e.cite(e.origin === 'dpc' ? 'Inferred Metadata.HF Dataset' : 'dataset id')] }] }
      : {}),
    ...(e.github ? { github: [{ value: e.github, provenance: [e.cite('GitHub URL')] }] } : {}),
    ...(e.arxiv ? { arxiv: [{ value: e.arxiv, provenance: [e.cite('ArXiv URL')] }] } : {}),
    ...(e.creators.length > 0 ? { creators: [{ value: [...e.creators], provenance: [e.cite('Creators')] }] } : {}),
  };
}

/** An entry's BibTeX as one entry with its key and title, or undefined where it is not one entry. */
export function bibtexOf(e: Entry): { key: string; bib: string; title: string | undefined } | undefined {
  const bib = e.bibtex && cleanText(e.bibtex, LIMITS.bibtex, true);
  if (!bib || oneBibtexEntry(bib)) return undefined;
  const key = /^@\w+\s*\{\s*([^\s,{}]+)\s*,/.exec(bib)?.[1];
  if (!key || !/^[A-Za-z0-9_:.-]+$/.test(key) || key.length > 200) return undefined;
  return { key, bib, title: /\btitle\s*=\s*[{"](.+?)[}"]\s*,?\s*$/im.exec(bib)?.[1]?.replace(/[{}]/g, '') };
}

/** A collection of several datasets as a dataset node (it aggregates them), its taxonomy inferred from theirs. */
export function collectionNode(
  id: string,
  c: DpcCollection,
  purposes: ReadonlySet<DatasetNode['taxonomy']['purpose']>,
  date: { value: string; field: string; from: string } | undefined,
  surveyLabel: string | undefined,
): DatasetNode {
  const first = c.entries[0]!;
  const cite: Citation = first.cite('Collection');
  const tax = inferTaxonomy({ ...first, name: c.name, dates: [], tasks: [], bibtex: undefined } as Entry, date);
  const one = purposes.size === 1 ? [...purposes][0]! : undefined;
  return {
    kind: 'dataset',
    id,
    label: sameNameAs(cleanText(c.name), surveyLabel) ? surveyLabel! : cleanText(c.name),
    provenance: [cite],
    ...(surveyLabel !== undefined && !sameNameAs(cleanText(c.name), surveyLabel)
      ? { recordedAliases: [{ name: cleanText(c.name), provenance: [cite] }] }
      : {}),
    taxonomy: {
      ...tax,
      purpose: one ?? 'generalist',
      modality: [...tax.modality],
      inferred: [
        {
          facet: 'purpose',
          rule: one ? `every dataset it aggregates is ${one} data` : 'its datasets serve several purposes: a generalist collection',
        },
        ...tax.inferred.filter((i) => i.facet !== 'purpose'),
      ],
      provenance: [cite, ...tax.provenance.slice(1)],
    },
  };
}
