// panels/Details: the selected node, its attributes with their sources, and its neighbours by edge kind.
import type { SetView } from '../state/useView';
import type { AtlasGraph } from '../../src/model/build';
import type { Citation } from '../../src/schema/citation';
import { EDGE_RULES } from '../../src/schema/edges';
import { NODE_STYLE } from '../../src/style/palette';
import type { ViewSpec } from '../../src/view/spec';

type Props = {
  readonly graph: AtlasGraph;
  readonly id: string | undefined;
  readonly view: ViewSpec;
  readonly setView: SetView;
  readonly onSelect: (id: string) => void;
};

export function CitationText({ graph, c }: { readonly graph: AtlasGraph; readonly c: Citation }) {
  if (c.kind === 'survey') return <span className="cite">Survey, {c.locator}{c.note ? ` (${c.note})` : ''}</span>;
  if (c.kind === 'reference')
    return (
      <span className="cite">
        {graph.hasNode(c.ref) ? graph.getNodeAttribute(c.ref, 'label') : c.ref}
        {c.locator ? `, ${c.locator}` : ''}
        {c.note ? ` (${c.note})` : ''}
      </span>
    );
  return (
    <span className="cite">
      <a href={c.url} target="_blank" rel="noreferrer noopener">
        {c.title}
      </a>
      {c.note ? ` (${c.note})` : ''}
    </span>
  );
}

export function Details({ graph, id, view, setView, onSelect }: Props) {
  if (!id || !graph.hasNode(id))
    return (
      <aside className="details" role="region" aria-label="Details">
        <p className="hint">Select a node to see where it comes from.</p>
      </aside>
    );
  const node = graph.getNodeAttributes(id);
  const groups = new Map<string, { id: string; label: string }[]>();
  graph.forEachEdge(id, (_e, a, s, t) => {
    const out = s === id;
    const other = out ? t : s;
    const heading = out ? EDGE_RULES[a.kind].reads : `${EDGE_RULES[a.kind].reads} (by)`;
    const list = groups.get(heading) ?? [];
    if (!list.some((x) => x.id === other)) list.push({ id: other, label: graph.getNodeAttribute(other, 'label') });
    groups.set(heading, list);
  });
  const focused = view.focus === id;
  return (
    <aside className="details" role="region" aria-label="Details">
      <p className="kind">{NODE_STYLE[node.kind].label}</p>
      <h2>{node.label}</h2>
      {node.description && <p>{node.description}</p>}
      <p className="sources">
        Source: {node.provenance.map((c, i) => <CitationText key={i} graph={graph} c={c} />)}
      </p>
      <button type="button" aria-pressed={focused} onClick={() => setView((v) => ({ ...v, focus: focused ? undefined : id }))}>
        {focused ? 'Clear lineage focus' : 'Focus lineage'}
      </button>
      {[...groups].map(([heading, list]) => (
        <section key={heading}>
          <h3>{heading}</h3>
          <ul>
            {list.map((n) => (
              <li key={n.id}>
                <button type="button" className="link" onClick={() => onSelect(n.id)}>
                  {n.label}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}
