// view/table: the datasets shown as rows with Table 1's columns and the atlas's own facts; sorting and text filter.
import type { AtlasGraph } from '../model/build';
import type { DatasetNode } from '../schema/nodes';
import { GENERATION_NAME } from '../style/palette';

export const TABLE_COLUMNS = [
  { key: 'label', title: 'Dataset' },
  { key: 'released', title: 'Released' },
  { key: 'generation', title: 'Generation' },
  { key: 'purpose', title: 'Purpose' },
  { key: 'modality', title: 'Modality' },
  { key: 'method', title: 'Construction method' },
  { key: 'group', title: 'Group' },
  { key: 'instPreparation', title: 'Inst. preparation' },
  { key: 'respGeneration', title: 'Resp. generation' },
  { key: 'note', title: 'Note' },
  { key: 'size', title: 'Size' },
  { key: 'license', title: 'License' },
] as const;
export type ColumnKey = (typeof TABLE_COLUMNS)[number]['key'];
export type Row = { readonly id: string; readonly cells: Readonly<Record<ColumnKey, string>>; readonly sizeValue: number | null };

export function datasetRow(d: DatasetNode): Row {
  const size = d.size?.[0]?.value;
  return {
    id: d.id,
    sizeValue: size?.value ?? null,
    cells: {
      label: d.label,
      released: d.released?.[0]?.value ?? '',
      generation: d.taxonomy.generation ? GENERATION_NAME[d.taxonomy.generation].name : '',
      purpose: d.taxonomy.purpose,
      modality: d.taxonomy.modality.join(' + '),
      method: d.table1?.constructionMethod ?? '',
      group: d.table1?.group?.join(', ') ?? d.table1?.groupCell ?? '',
      instPreparation: d.table1?.instPreparation ?? '',
      respGeneration: d.table1?.respGeneration ?? '',
      note: d.table1?.note ?? '',
      size: size ? `${size.value.toLocaleString('en')} ${size.unit}` : '',
      license: d.license?.[0]?.value ?? '',
    },
  };
}

/** Rows for the given dataset ids (others are ignored), in label order. */
export function datasetRows(graph: AtlasGraph, ids: Iterable<string>): Row[] {
  const rows: Row[] = [];
  for (const id of ids) {
    const n = graph.hasNode(id) ? graph.getNodeAttributes(id) : null;
    if (n?.kind === 'dataset') rows.push(datasetRow(n));
  }
  return rows.sort((a, b) => a.cells.label.localeCompare(b.cells.label));
}

/** Sorted copy: empty cells last in either direction; size sorts by number. */
export function sortRows(rows: readonly Row[], key: ColumnKey, dir: 'ascending' | 'descending'): Row[] {
  if (!TABLE_COLUMNS.some((c) => c.key === key)) throw new Error(`view/table: unknown column "${String(key)}"`);
  const sign = dir === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = key === 'size' ? [a.sizeValue, b.sizeValue] : [a.cells[key] || null, b.cells[key] || null];
    if (x === null || y === null) return x === y ? a.cells.label.localeCompare(b.cells.label) : x === null ? 1 : -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sign * c || a.cells.label.localeCompare(b.cells.label);
  });
}

/** Rows any of whose cells contains every word of the query (case-insensitive). */
export function filterRows(rows: readonly Row[], query: string): Row[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((r) => {
    const text = Object.values(r.cells).join(' ').toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
