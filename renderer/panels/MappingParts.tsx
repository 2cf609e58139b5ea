// panels/MappingParts: the pieces of the mapping dialog (issue 16): the kind choice (one kind for all, or read from an
// attribute), the table of a kind column's values with what each means, and the preview of a file's first rows as they are.
import { guessValueTable, type ValueCounts } from '../../src/import/value-guess';

type KindChoice<K> = { readonly from: 'constant'; readonly kind: K } | { readonly from: 'column'; readonly column: string };

/** One kind for every node (or edge), or the kind read from an attribute whose values are the atlas's kinds. */
export function KindSelect<K extends string>(p: {
  readonly label: string;
  readonly kinds: readonly K[];
  readonly all: (k: K) => string;
  readonly columns: readonly string[];
  readonly value: KindChoice<K>;
  readonly onChange: (v: { from: 'constant'; kind: K } | { from: 'column'; column: string }) => void;
}) {
  const value = p.value.from === 'constant' ? `const:${p.value.kind}` : `col:${p.value.column}`;
  return (
    <label>
      Kind
      <select
        aria-label={p.label}
        value={value}
        onChange={(e) => {
          const v = e.target.value.slice(e.target.value.indexOf(':') + 1);
          const kind = p.kinds.find((k) => k === v);
          if (e.target.value.startsWith('col:')) p.onChange({ from: 'column', column: v });
          else if (kind) p.onChange({ from: 'constant', kind });
        }}
      >
        {p.kinds.map((k) => (
          <option key={k} value={`const:${k}`}>
            {p.all(k)}
          </option>
        ))}
        {p.columns.map((c) => (
          <option key={c} value={`col:${c}`}>
            From “{c}”
          </option>
        ))}
      </select>
    </label>
  );
}

const cell = (v: unknown) => {
  const s = typeof v === 'string' ? v : v === undefined ? '' : JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
};

/** The first rows of the file as they are, before any mapping. */
export function Preview({
  label,
  head,
  rows,
}: {
  readonly label: string;
  readonly head: readonly string[];
  readonly rows: readonly unknown[][];
}) {
  return (
    <table aria-label={label}>
      <thead>
        <tr>
          {head.map((c, i) => (
            <th key={i}>{c}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((v, j) => (
              <td key={j}>{cell(v)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type ColumnChoice<K> = {
  readonly from: 'column';
  readonly column: string;
  readonly values?: readonly (readonly [string, K | 'skip'])[] | undefined;
  readonly otherwise: K | 'skip';
};

/**
 * The kind column's distinct values, with counts, each mapped to one of the atlas's kinds (or left out); a value with no
 * row of its own takes its own kind where it names one, else the "other values" choice.
 */
export function ValueTable<K extends string>(p: {
  readonly label: string;
  readonly kinds: readonly K[];
  readonly counts: ValueCounts | undefined;
  readonly value: ColumnChoice<K>;
  readonly onChange: (v: { values: [string, K | 'skip'][]; otherwise: K | 'skip' }) => void;
}) {
  const rows = p.value.values ?? [];
  const options = [...p.kinds, 'skip' as const];
  const name = (k: K | 'skip') => (k === 'skip' ? 'Leave out' : k);
  const set = (v: string, to: string) => {
    const kind = options.find((k) => k === to);
    const rest = rows.filter(([from]) => from !== v).map(([a, b]): [string, K | 'skip'] => [a, b]);
    p.onChange({ values: kind === undefined ? rest : [...rest, [v, kind]], otherwise: p.value.otherwise });
  };
  if (!p.counts) return null;
  const kindOptions = options.map((k) => (
    <option key={k} value={k}>
      {name(k)}
    </option>
  ));
  return (
    <table className="value-table" aria-label={p.label}>
      <thead>
        <tr>
          <th>“{p.value.column}”</th>
          <th>Count</th>
          <th>Means</th>
        </tr>
      </thead>
      <tbody>
        {p.counts.values.map(([v, n]) => {
          const row = rows.find(([from]) => from === v);
          const own = p.kinds.find((k) => k === v);
          return (
            <tr key={v}>
              <td>{v}</td>
              <td>{n.toLocaleString('en-US')}</td>
              <td>
                <select aria-label={`${p.label}: ${v}`} value={row?.[1] ?? ''} onChange={(e) => set(v, e.target.value)}>
                  <option value="">{own ? own : `as other values (${name(p.value.otherwise)})`}</option>
                  {kindOptions}
                </select>
              </td>
            </tr>
          );
        })}
        <tr>
          <td colSpan={2}>{p.counts.more ? 'Other values (more than 50 distinct)' : 'Other values and none'}</td>
          <td>
            <select
              aria-label={`${p.label}: other values`}
              value={p.value.otherwise}
              onChange={(e) => {
                const kind = options.find((k) => k === e.target.value);
                if (kind) p.onChange({ values: rows.map(([a, b]) => [a, b]), otherwise: kind });
              }}
            >
              {kindOptions}
            </select>
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/**
 * The kind of every node (or edge): one kind for all, or read from a column, whose values get a table of guesses when it
 * is chosen and can be mapped one by one.
 */
export function KindMapping<K extends string>(p: {
  readonly label: string;
  readonly tableLabel: string;
  readonly kinds: readonly K[];
  readonly all: (k: K) => string;
  readonly columns: readonly string[];
  readonly counts: ReadonlyMap<string, ValueCounts>;
  /** The kind a value names, if any, and the kind of values with no row of their own. */
  readonly guess: (v: string) => K | undefined;
  readonly otherwise: K;
  readonly value: { readonly from: 'constant'; readonly kind: K } | ColumnChoice<K>;
  readonly onChange: (
    v: { from: 'constant'; kind: K } | { from: 'column'; column: string; values: [string, K | 'skip'][]; otherwise: K | 'skip' },
  ) => void;
}) {
  const { value } = p;
  return (
    <>
      <KindSelect
        label={p.label}
        kinds={p.kinds}
        all={p.all}
        columns={p.columns}
        value={value}
        onChange={(k) =>
          p.onChange(
            k.from === 'column' ? { ...k, values: guessValueTable(p.counts.get(k.column)!, p.guess, p.kinds), otherwise: p.otherwise } : k,
          )
        }
      />
      {value.from === 'column' && (
        <ValueTable
          label={p.tableLabel}
          kinds={p.kinds}
          counts={p.counts.get(value.column)}
          value={value}
          onChange={(t) => p.onChange({ from: 'column', column: value.column, ...t })}
        />
      )}
    </>
  );
}
