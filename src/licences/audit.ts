// licences/audit: how the graph's licence claims normalise to graph-data/licence-terms.json, for validate-data.
import type { GraphNode } from '../schema/nodes';
import { declaredTerms } from './inherit';
import type { TermTable } from './terms';

export type LicenceAudit = {
  readonly claims: number;
  /** Claims read by spdx-correct, with what they became. */
  readonly corrected: readonly string[];
  /** Claims that normalise to no classified term: their commercial use stays unspecified. */
  readonly unclassified: readonly string[];
};

export function auditLicences(nodes: Iterable<GraphNode>, table: TermTable): LicenceAudit {
  let claims = 0;
  const corrected: string[] = [];
  const unclassified: string[] = [];
  for (const n of nodes)
    for (const d of declaredTerms(n, table)) {
      claims++;
      if (d.term.how === 'spdx-corrected') corrected.push(`${n.id}: "${d.term.raw}" read as ${d.term.id}`);
      if (d.term.how === 'unclassified') unclassified.push(`${n.id}: "${d.term.raw}"`);
    }
  return { claims, corrected, unclassified };
}

export function formatLicenceAudit(a: LicenceAudit): string {
  const list = (xs: readonly string[]) => (xs.length ? xs.map((x) => `  ${x}`) : ['  none']);
  return [
    `Licence claims (datasets' and sources' licences, models' output terms): ${a.claims}`,
    `Licence claims read by spdx-correct (${a.corrected.length}):`,
    ...list(a.corrected),
    `Licence claims matching no term of licence-terms.json (${a.unclassified.length}):`,
    ...list(a.unclassified),
  ].join('\n');
}
