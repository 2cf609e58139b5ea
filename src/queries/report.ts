// queries/report: counts by kind and the facts a curated graph still lacks (for npm run validate-data).
import type { GraphDocument } from '../schema/document';
import type { DatasetNode } from '../schema/nodes';

export const DATASET_FIELDS = ['released', 'size', 'license', 'languages', 'homepage'] as const;

export type DataReport = {
  readonly nodesByKind: Readonly<Record<string, number>>;
  readonly edgesByKind: Readonly<Record<string, number>>;
  /** dataset id -> the attributes no source was found for (left empty on purpose). */
  readonly missing: Readonly<Record<string, readonly string[]>>;
  /** datasets with no described-in edge to a reference. */
  readonly withoutReference: readonly string[];
};

const count = (keys: readonly string[]) => keys.reduce<Record<string, number>>((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {});

export function dataReport(doc: GraphDocument): DataReport {
  const datasets = doc.nodes.filter((n): n is DatasetNode => n.kind === 'dataset');
  const described = new Set(doc.edges.filter((e) => e.kind === 'described-in').map((e) => e.source));
  const missing: Record<string, string[]> = {};
  for (const d of datasets) {
    const lacking = DATASET_FIELDS.filter((f) => d[f] === undefined);
    if (lacking.length > 0) missing[d.id] = lacking;
  }
  return {
    nodesByKind: count(doc.nodes.map((n) => n.kind)),
    edgesByKind: count(doc.edges.map((e) => e.kind)),
    missing,
    withoutReference: datasets.filter((d) => !described.has(d.id)).map((d) => d.id),
  };
}

export function formatDataReport(r: DataReport): string {
  const table = (o: Readonly<Record<string, number>>) =>
    Object.entries(o)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `  ${k.padEnd(18)} ${v}`)
      .join('\n');
  const missing = Object.entries(r.missing).map(([id, fields]) => `  ${id}: ${fields.join(', ')}`);
  return [
    'graph-data is valid.',
    'Nodes by kind:',
    table(r.nodesByKind),
    'Edges by kind:',
    table(r.edgesByKind),
    `Datasets with attributes no source was found for (${missing.length}):`,
    ...(missing.length ? missing : ['  none']),
    `Datasets with no described-in reference (${r.withoutReference.length}):`,
    r.withoutReference.length ? `  ${r.withoutReference.join(', ')}` : '  none',
  ].join('\n');
}
