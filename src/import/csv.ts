// import/csv: CSV node and edge lists (Gephi's spreadsheet, pandas) read with papaparse into a graph builder.
import Papa from 'papaparse';
import { type Builder, ForeignReadError, quote } from './builder';
import { FOREIGN_LIMITS, ForeignLimitError } from '../schema/limits';

export function readCsv(format: 'CSV node list' | 'CSV edge list', text: string, b: Builder): void {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: true, preview: FOREIGN_LIMITS.rows + 2 });
  if (rows.errors.length > 0) throw new ForeignReadError(`row ${(rows.errors[0]!.row ?? 0) + 1}: ${rows.errors[0]!.message}`);
  if (rows.data.length > FOREIGN_LIMITS.rows + 1)
    throw new ForeignLimitError(`more than ${FOREIGN_LIMITS.rows.toLocaleString('en-US')} rows, the most the atlas reads from a CSV file`);
  const [header = [], ...body] = rows.data;
  const names = header.map((h) => h.trim());
  const col = (name: string) => names.findIndex((h) => h.toLowerCase() === name);
  const [id, key, source, target] = [col('id'), col('key'), col('source'), col('target')];
  body.forEach((r, i) => {
    const where = `row ${i + 2}`;
    const attrs = () =>
      b.attributes(
        names.map((h, c) => [h, r[c] ?? ''] as const),
        where,
      );
    if (format === 'CSV node list') {
      const v = r[id >= 0 ? id : key];
      if (v) b.node(b.id(v, `${where} id`), attrs(), 'merge', `${where} (id ${quote(v)})`);
    } else {
      const [s, t] = [r[source], r[target]];
      if (!s || !t) return;
      b.edge(undefined, b.id(s, `${where} source`), b.id(t, `${where} target`), attrs(), 'add', where);
    }
  });
}
