// export/licences: the licence audit of a view (issue 13), one row per dataset shown: what it declares, what it
// inherits along its data lineage, the conflict, the paths and the sources; as CSV (papaparse) and Markdown.
import Papa from 'papaparse';
import { commercialWords, LICENCE_FACET_NAME, licencesOf, type InheritedTerm } from '../licences';
import type { AtlasGraph } from '../model/build';
import type { Citation } from '../schema/citation';
import { citationText } from './flat';
import { FORMULA_START } from './formats';

export const LICENCE_AUDIT_COLUMNS = [
  'dataset',
  'label',
  'commercial_use',
  'declared',
  'inherited',
  'conflict',
  'path',
  'sources',
] as const;
export type LicenceAuditRow = Readonly<Record<(typeof LICENCE_AUDIT_COLUMNS)[number], string>>;

const unique = (xs: readonly string[]) => [...new Set(xs)];

/** One row per dataset among the shown nodes, in id order; nothing when the graph's lineage has a cycle. */
export function licenceAuditRows(graph: AtlasGraph, shown: { readonly nodes: ReadonlySet<string> }): LicenceAuditRow[] {
  const result = licencesOf(graph);
  if (!result.ok) throw new Error(`export/licences: ${result.message}`);
  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  const via = (t: InheritedTerm) => t.path.slice(1).map(label).join(' -> ');
  return [...shown.nodes]
    .filter((id) => result.reports.has(id))
    .sort()
    .map((id) => {
      const r = result.reports.get(id)!;
      const cites: Citation[] = [...r.declared.flatMap((d) => d.provenance), ...r.inherited.flatMap((t) => t.sources)];
      return {
        dataset: id,
        label: label(id),
        commercial_use: LICENCE_FACET_NAME[r.facet],
        declared: r.declared.map((d) => d.term.id).join('; '),
        inherited: r.inherited.map((t) => `${t.term.id} (${commercialWords(t.term.commercial)}) via ${via(t)}`).join('; '),
        conflict: r.conflicts.map((c) => c.message).join('; '),
        path: r.strictest.map(via).join('; '),
        sources: unique(cites.map(citationText)).join(' | '),
      };
    });
}

/** RFC 4180 CSV (CRLF), formula-looking cells prefixed as the other CSV exports do. */
export function toLicenceCsv(graph: AtlasGraph, shown: { readonly nodes: ReadonlySet<string> }): string {
  const rows = licenceAuditRows(graph, shown);
  return (
    Papa.unparse(
      { fields: [...LICENCE_AUDIT_COLUMNS], data: rows.map((r) => LICENCE_AUDIT_COLUMNS.map((c) => r[c])) },
      { newline: '\r\n', escapeFormulae: FORMULA_START },
    ) + '\r\n'
  );
}

const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ') || ' ';

/** A Markdown (GFM) table of the same rows, with a line counting the datasets and the conflicts. */
export function toLicenceMarkdown(graph: AtlasGraph, shown: { readonly nodes: ReadonlySet<string> }): string {
  const rows = licenceAuditRows(graph, shown);
  const conflicts = rows.filter((r) => r.conflict).length;
  return [
    '# Licence audit',
    '',
    `${rows.length} dataset${rows.length === 1 ? '' : 's'} in the view, ${conflicts} with a conflict. "Unspecified" means no source states the terms.`,
    '',
    `| ${LICENCE_AUDIT_COLUMNS.join(' | ')} |`,
    `|${LICENCE_AUDIT_COLUMNS.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => `| ${LICENCE_AUDIT_COLUMNS.map((c) => cell(r[c])).join(' | ')} |`),
    '',
  ].join('\n');
}
