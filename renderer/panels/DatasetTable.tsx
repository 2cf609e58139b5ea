// panels/DatasetTable: the datasets the view shows, with Table 1's columns; sortable, filterable, and sharing
// the selection with the graph both ways.
import { useMemo, useState } from 'react';
import type { AtlasGraph } from '../../src/model/build';
import { type ColumnKey, datasetRows, filterRows, sortRows, TABLE_COLUMNS } from '../../src/view/table';

type Props = {
  readonly graph: AtlasGraph;
  readonly ids: ReadonlySet<string>;
  readonly selected: string | undefined;
  readonly onSelect: (id: string) => void;
};

export function DatasetTable({ graph, ids, selected, onSelect }: Props) {
  const [sort, setSort] = useState<{ key: ColumnKey; dir: 'ascending' | 'descending' }>({ key: 'released', dir: 'ascending' });
  const [query, setQuery] = useState('');
  const rows = useMemo(() => sortRows(filterRows(datasetRows(graph, ids), query), sort.key, sort.dir), [graph, ids, query, sort]);
  return (
    <div className="table-view">
      <div className="table-tools">
        <input
          type="search"
          aria-label="Filter table"
          placeholder="Filter rows…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <span className="count">
          {rows.length} row{rows.length === 1 ? '' : 's'}
        </span>
      </div>
      <div className="table-scroll">
        <table aria-label="Datasets">
          <thead>
            <tr>
              {TABLE_COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.dir : 'none'}>
                  <button
                    type="button"
                    onClick={() =>
                      setSort((s) => ({ key: c.key, dir: s.key === c.key && s.dir === 'ascending' ? 'descending' : 'ascending' }))
                    }
                  >
                    {c.title}
                    <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.id}
                aria-selected={r.id === selected}
                tabIndex={0}
                onClick={() => onSelect(r.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onSelect(r.id);
                  }
                }}
              >
                {TABLE_COLUMNS.map((c) =>
                  c.key === 'label' ? (
                    <th key={c.key} scope="row">
                      {r.cells.label}
                    </th>
                  ) : (
                    <td key={c.key}>{r.cells[c.key]}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
