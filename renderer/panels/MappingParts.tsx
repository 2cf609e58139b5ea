// panels/MappingParts: the pieces of the mapping dialog (issue 16): the kind choice (one kind for all, or read from an
// attribute) and the preview of a file's first rows as they are.

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
