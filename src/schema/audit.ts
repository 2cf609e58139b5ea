// schema/audit: the truth checks of issue 15 on a loaded graph: undated survey datasets, claims resting
// only on secondary pages, aliases naming two nodes, citations of a moving branch, and the survey-versus-source
// disagreements by kind.
import type { z } from 'zod';
import type { Citation } from './citation';
import { DisagreementKind, UrlCitation } from './citation';
import type { GraphDocument } from './document';
import type { GraphNode } from './nodes';

/**
 * Hosts whose pages are secondary for this graph: aggregators, blogs and readers' summaries that
 * restate what a dataset's paper, repository or card says. A claim citing only these rests on hearsay.
 * Another published survey's table (a peer-reviewed or arXiv paper, or its companion repository at a commit) is
 * not on this list: it is authored, dated and citable, though secondary too. A release date resting on one alone
 * must say so with the date kind `listed-secondary`, and the audit lists it apart (`datesListedOnly`).
 */
export const SECONDARY_HOSTS: readonly string[] = [
  'paperswithcode.com',
  'selectdataset.com',
  'artaistry.com',
  'centerconsulting.com',
  'blog.zhexuan.org',
  'besthub.dev',
  'ithinkbot.com',
  'readmex.com',
  'juheapi.com',
  'gwern.net',
  'grokipedia.com',
];

/** Hugging Face discussion threads of third-party wikis, which restate others' facts. */
const SECONDARY_PATHS: readonly RegExp[] = [/^\/datasets\/rl-llm-wiki\//];

export function isSecondary(c: Citation): boolean {
  if (c.kind !== 'url') return false;
  let url: URL;
  try {
    url = new URL(c.url);
  } catch {
    return false;
  }
  const host = url.hostname.replace(/^www\./, '');
  return SECONDARY_HOSTS.some((h) => host === h || host.endsWith(`.${h}`)) || SECONDARY_PATHS.some((p) => p.test(url.pathname));
}

/**
 * A repository or hub URL that reads a file, folder or history at a branch or tag (`blob/main`, `tree/HEAD`,
 * `resolve/main`, `commits/main`) rather than at a commit: what it shows can change after it was cited.
 */
const MOVING_REF = /\/(?:blob|tree|raw|resolve|blame|commits)\/(?![0-9a-f]{7,40}(?:\/|$))[^/?#]+/;

export function citesMovingBranch(c: Citation): boolean {
  return c.kind === 'url' && MOVING_REF.test(c.url);
}

/** Every url citation anywhere in a node or edge (provenance, claims, disagreements, recorded aliases). */
function urlCitations(value: unknown, out: z.infer<typeof UrlCitation>[] = []): z.infer<typeof UrlCitation>[] {
  if (Array.isArray(value)) for (const v of value) urlCitations(v, out);
  else if (value !== null && typeof value === 'object') {
    const cite = UrlCitation.safeParse(value);
    if (cite.success) out.push(cite.data);
    else for (const v of Object.values(value)) urlCitations(v, out);
  }
  return out;
}

export type AuditFinding = { readonly where: string; readonly detail: string };

export type AuditReport = {
  /** survey datasets (a survey citation on the node) with no release date */
  readonly undatedSurveyDatasets: readonly string[];
  /** claims, edges and node provenances whose every citation is secondary */
  readonly secondaryOnly: readonly AuditFinding[];
  /** a name (label, alias or recorded alias, case-insensitive) naming two nodes */
  readonly sharedAliases: readonly AuditFinding[];
  /** marked survey-versus-source disagreements by kind; edge disagreements without a kind count as "unclassified" */
  readonly disagreementsByKind: Readonly<Record<string, number>>;
  /** every marked disagreement, for the report */
  readonly disagreements: readonly AuditFinding[];
  /** released claims without a date kind */
  readonly datesWithoutKind: readonly string[];
  /** survey datasets whose only release date is another survey's listing (date kind `listed-secondary`): dated, but not by a primary source */
  readonly datesListedOnly: readonly AuditFinding[];
  /** url citations that read a branch or tag, not a commit, a paper version or a card revision */
  readonly movingCitations: readonly AuditFinding[];
};

const CLAIM_FIELDS = ['released', 'size', 'license', 'languages', 'homepage', 'modalities'] as const;

const citesSurvey = (n: GraphNode) => n.provenance.some((c) => c.kind === 'survey');

const names = (n: GraphNode): string[] => [n.label, ...(n.aliases ?? []), ...(n.recordedAliases ?? []).map((a) => a.name)];
const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

export function auditGraph(doc: GraphDocument): AuditReport {
  const datasets = doc.nodes.filter((n) => n.kind === 'dataset');
  const undatedSurveyDatasets = datasets.filter((d) => citesSurvey(d) && !d.released?.length).map((d) => d.id);
  const datesWithoutKind = datasets.flatMap((d) => (d.released ?? []).filter((c) => !c.dateKind).map(() => d.id));
  // A date no primary source gives, only another survey's listing: it counts as a date, and is listed apart.
  const datesListedOnly: AuditFinding[] = datasets.flatMap((d) => {
    const first = d.released?.[0];
    if (!first || !citesSurvey(d) || d.released?.some((c) => c.dateKind !== 'listed-secondary')) return [];
    return [{ where: d.id, detail: `${first.value}, ${first.provenance.map((p) => (p.kind === 'url' ? p.url : p.kind)).join(', ')}` }];
  });

  const secondaryOnly: AuditFinding[] = [];
  const onlySecondary = (cites: readonly Citation[]) => cites.length > 0 && cites.every(isSecondary);
  for (const n of doc.nodes) {
    if (onlySecondary(n.provenance)) secondaryOnly.push({ where: n.id, detail: 'node provenance' });
    const record = n as unknown as Record<string, unknown>;
    for (const field of CLAIM_FIELDS) {
      const list = record[field] as { provenance: Citation[] }[] | undefined;
      list?.forEach((c, i) => {
        if (onlySecondary(c.provenance))
          secondaryOnly.push({
            where: `${n.id}.${field}[${i}]`,
            detail: c.provenance.map((p) => (p.kind === 'url' ? p.url : p.kind)).join(', '),
          });
      });
    }
  }
  for (const e of doc.edges)
    if (onlySecondary(e.provenance)) secondaryOnly.push({ where: `${e.source} ${e.kind} ${e.target}`, detail: 'edge provenance' });

  // An alias names a node; the same name on two nodes makes search and citation ambiguous.
  const byName = new Map<string, Set<string>>();
  for (const n of doc.nodes)
    for (const name of names(n)) {
      const k = norm(name);
      byName.set(k, (byName.get(k) ?? new Set()).add(n.id));
    }
  const sharedAliases: AuditFinding[] = [];
  for (const n of doc.nodes)
    for (const alias of [...(n.aliases ?? []), ...(n.recordedAliases ?? []).map((a) => a.name)]) {
      const others = [...(byName.get(norm(alias)) ?? [])].filter((id) => id !== n.id);
      if (others.length > 0) sharedAliases.push({ where: n.id, detail: `"${alias}" also names ${others.join(', ')}` });
    }

  const disagreementsByKind: Record<string, number> = Object.fromEntries(DisagreementKind.options.map((k) => [k, 0]));
  const disagreements: AuditFinding[] = [];
  for (const n of doc.nodes)
    for (const d of n.disagreements ?? []) {
      disagreementsByKind[d.kind] = (disagreementsByKind[d.kind] ?? 0) + 1;
      disagreements.push({ where: n.id, detail: `${d.kind}: ${d.about}: survey "${d.survey.value}" / source "${d.source.value}"` });
    }
  for (const e of doc.edges)
    if (e.disagreement) {
      const kind = e.disagreement.kind ?? 'unclassified';
      disagreementsByKind[kind] = (disagreementsByKind[kind] ?? 0) + 1;
      disagreements.push({
        where: `${e.source} ${e.kind}${e.role ? `/${e.role}` : ''} ${e.target}`,
        detail: `${kind}: ${e.disagreement.note}`,
      });
    }

  const movingCitations: AuditFinding[] = [];
  const moving = (where: string, value: unknown) => {
    for (const c of urlCitations(value)) if (citesMovingBranch(c)) movingCitations.push({ where, detail: c.url });
  };
  for (const n of doc.nodes) moving(n.id, n);
  for (const e of doc.edges) moving(`${e.source} ${e.kind} ${e.target}`, e);

  return {
    undatedSurveyDatasets,
    secondaryOnly,
    sharedAliases,
    disagreementsByKind,
    disagreements,
    datesWithoutKind,
    datesListedOnly,
    movingCitations,
  };
}

export function formatAudit(r: AuditReport): string {
  const list = (items: readonly AuditFinding[]) => (items.length ? items.map((f) => `  ${f.where}: ${f.detail}`) : ['  none']);
  const total = Object.values(r.disagreementsByKind).reduce((a, b) => a + b, 0);
  return [
    `Survey datasets without a release date (${r.undatedSurveyDatasets.length}):`,
    r.undatedSurveyDatasets.length ? `  ${r.undatedSurveyDatasets.join(', ')}` : '  none',
    `Release dates without a date kind (${r.datesWithoutKind.length})`,
    `Survey datasets dated only by another survey's listing, no primary source (${r.datesListedOnly.length}):`,
    ...list(r.datesListedOnly),
    `Claims citing only secondary sources (${r.secondaryOnly.length}):`,
    ...list(r.secondaryOnly),
    `Aliases shared by two nodes (${r.sharedAliases.length}):`,
    ...list(r.sharedAliases),
    `Citations of a moving branch, not a commit or version (${r.movingCitations.length}):`,
    ...list(r.movingCitations),
    `Marked survey-versus-source disagreements (${total}):`,
    ...Object.entries(r.disagreementsByKind)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `  ${k.padEnd(18)} ${v}`),
  ].join('\n');
}
