// panels/Details: "what is this, where did it come from, and who says so?" for the selected node: every attribute
// with its sources (disagreements side by side), the survey's own statements, references with BibTeX, lineage
// with a depth control, a path to another dataset, and neighbours grouped by edge kind.
import { useMemo } from 'react';
import type { AtlasGraph } from '../../src/model/build';
import { CLAIM_FIELD_LABEL, claimsOf, claimValueText } from '../../src/queries/claims';
import { DISAGREEMENT_WORDS, disagreementsOf } from '../../src/queries/disagreements';
import { ancestors, descendants } from '../../src/queries/lineage';
import { neighbourGroups } from '../../src/queries/neighbours';
import type { Citation } from '../../src/schema/citation';
import { edgeReading } from '../../src/schema/edges';
import type { DatasetNode, GraphNode } from '../../src/schema/nodes';
import { GENERATION_NAME, NODE_STYLE } from '../../src/style/palette';
import { setDepth, toggleFocus } from '../../src/view/intents';
import { Depth, type ViewSpec } from '../../src/view/spec';
import type { SetView } from '../state/useView';
import { LicenceDetails } from './LicenceDetails';
import { References } from './References';
import { Sources } from './Sources';
import { SurveyDisagreements } from './SurveyDisagreements';

type Props = {
  readonly graph: AtlasGraph;
  readonly id: string | undefined;
  readonly view: ViewSpec;
  readonly setView: SetView;
  readonly onSelect: (id: string) => void;
  readonly tracing: string | null;
  /** Whether a lineage path joins the node to the traced one (null when not tracing). */
  readonly traceFound: boolean | null;
  readonly onTrace: (target: string | null) => void;
  /** Whether the node is among those picked by hand, and how to pick or unpick it (as a shift-click does). */
  readonly picked?: boolean;
  readonly onPick?: (id: string) => void;
};

function Claims({
  graph,
  node,
  disputed,
}: {
  readonly graph: AtlasGraph;
  readonly node: GraphNode;
  readonly disputed: ReadonlySet<string>;
}) {
  const rows = claimsOf(node);
  if (rows.length === 0) return null;
  return (
    <dl className="claims">
      {rows.map(({ field, claims }) => (
        <div key={field} className={disputed.has(field) ? 'disputed' : undefined}>
          <dt>
            {CLAIM_FIELD_LABEL[field]}
            {disputed.has(field) && <span className="badge">sources disagree</span>}
          </dt>
          {claims.map((c, i) => (
            <dd key={i}>
              {field === 'homepage' ? (
                <a href={claimValueText(c.value)} target="_blank" rel="noreferrer noopener">
                  {claimValueText(c.value)}
                </a>
              ) : (
                <strong>{claimValueText(c.value)}</strong>
              )}{' '}
              {c.note && <span className="cite-note">({c.note}) </span>}
              <Sources graph={graph} cites={c.provenance} />
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
}

function SurveyFacts({ graph, d }: { readonly graph: AtlasGraph; readonly d: DatasetNode }) {
  const rows: [string, string, readonly Citation[]][] = [
    ['Purpose', d.taxonomy.purpose, d.taxonomy.provenance],
    ['Modality', d.taxonomy.modality.join(' + '), d.taxonomy.provenance],
    ['Generation', d.taxonomy.generation ? GENERATION_NAME[d.taxonomy.generation].name : 'unknown (no date)', d.taxonomy.provenance],
  ];
  // Values an importer inferred by a rule are marked so, with the rule (issue 12).
  if (d.taxonomy.construction) rows.push(['Construction', d.taxonomy.construction, d.taxonomy.provenance]);
  for (const i of d.taxonomy.inferred ?? []) {
    const row = rows.find(([k]) => k.toLowerCase() === i.facet);
    if (row) row[1] = `${row[1]} (inferred: ${i.rule})`;
  }
  if (d.table1) {
    const t = d.table1;
    rows.push(['Table 1 row', t.name, t.provenance], ['Construction method', t.constructionMethod, t.provenance]);
    if (t.group ?? t.groupCell) rows.push(['Pairing group', t.group?.join(', ') ?? t.groupCell!, t.provenance]);
    if (t.instPreparation) rows.push(['Instruction preparation', t.instPreparation, t.provenance]);
    if (t.respGeneration) rows.push(['Response generation', t.respGeneration, t.provenance]);
    if (t.note) rows.push(['Note', t.note, t.provenance]);
  }
  if (d.figure2)
    rows.push(
      ['Demonstration data (Figure 2)', d.figure2.demonstrationPreparation, d.figure2.provenance],
      ['Preference annotation (Figure 2)', d.figure2.preferenceAnnotation.join(', '), d.figure2.provenance],
    );
  if (d.multimodal) rows.push(['Multimodal approach', d.multimodal.approach, d.multimodal.provenance]);
  return (
    <dl className="survey-facts">
      {rows.map(([k, v, cites]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>
            {v} <Sources graph={graph} cites={cites} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function Details({ graph, id, view, setView, onSelect, tracing, traceFound, onTrace, picked = false, onPick }: Props) {
  const node = id && graph.hasNode(id) ? graph.getNodeAttributes(id) : null;
  const disagreements = useMemo(() => (node ? disagreementsOf(graph, node.id) : []), [graph, node]);
  const lineage = useMemo(() => {
    if (!node) return null;
    const depth = view.depth === 'all' ? Infinity : view.depth;
    return { up: [...ancestors(graph, node.id, { depth })], down: [...descendants(graph, node.id, { depth })] };
  }, [graph, node, view.depth]);
  const datasets = useMemo(
    () =>
      graph
        .filterNodes((_i, n) => n.kind === 'dataset')
        .sort((a, b) => graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label'))),
    [graph],
  );

  if (!node || !lineage)
    return (
      <aside className="details" role="region" aria-label="Details">
        <p className="hint">Select a node to see what it is, where it came from, and who says so.</p>
      </aside>
    );

  const groups = neighbourGroups(graph, node.id);
  const disputedFields = new Set(disagreements.flatMap((d) => (d.kind === 'attribute' ? [d.field] : [])));
  const disputedEdges = disagreements.flatMap((d) => (d.kind === 'edge' ? [d] : []));
  const focused = view.focus === node.id;
  const link = (other: string) => (
    <button type="button" className="link" onClick={() => onSelect(other)}>
      {graph.getNodeAttribute(other, 'label')}
    </button>
  );

  return (
    <aside className="details" role="region" aria-label="Details">
      <p className="kind">{NODE_STYLE[node.kind].label}</p>
      <h2>{node.label}</h2>
      {node.aliases && <p className="aliases">Also: {node.aliases.join(', ')}</p>}
      {node.description && <p>{node.description}</p>}
      <p className="sources-line">
        Source: <Sources graph={graph} cites={node.provenance} />
      </p>
      {node.kind === 'dataset' && (
        <section>
          <h3>What the survey says</h3>
          <SurveyFacts graph={graph} d={node} />
        </section>
      )}
      <SurveyDisagreements graph={graph} node={node} />
      <Claims graph={graph} node={node} disputed={disputedFields} />
      {node.kind === 'dataset' && <LicenceDetails graph={graph} id={node.id} />}
      {disputedEdges.length > 0 && (
        <section className="disputed">
          <h3>
            Disputed links <span className="badge">sources disagree</span>
          </h3>
          <ul>
            {disputedEdges.map((d) => {
              const a = graph.getEdgeAttributes(d.edge);
              return (
                <li key={d.edge}>
                  {edgeReading(a.kind, 'out')} {link(graph.target(d.edge))} — <Sources graph={graph} cites={a.provenance} />. Disputed
                  {d.disagreementKind && <span className="badge kind">{DISAGREEMENT_WORDS[d.disagreementKind]}</span>}: {d.note}{' '}
                  <Sources graph={graph} cites={d.provenance} />
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <References graph={graph} id={node.id} />
      <section>
        <h3>Lineage</h3>
        <div className="lineage-controls">
          <button type="button" aria-pressed={focused} onClick={() => setView(toggleFocus(node.id))}>
            {focused ? 'Clear lineage focus' : 'Focus lineage'}
          </button>
          {onPick && (
            <button
              type="button"
              aria-pressed={picked}
              onClick={() => onPick(node.id)}
              title="Shift- or Ctrl-click on the graph does the same"
            >
              {picked ? 'Unpick' : 'Pick for a selection'}
            </button>
          )}
          <label>
            Depth{' '}
            <select
              aria-label="Lineage depth"
              value={String(view.depth)}
              onChange={(e) => setView(setDepth(Depth.parse(e.target.value === 'all' ? 'all' : Number(e.target.value))))}
            >
              <option value="1">1</option>
              <option value="2">2</option>
              <option value="all">all</option>
            </select>
          </label>
        </div>
        <p className="lineage-list">
          Built from:{' '}
          {lineage.up.length
            ? lineage.up.map(([a], i) => (
                <span key={a}>
                  {i > 0 && ', '}
                  {link(a)}
                </span>
              ))
            : 'nothing recorded'}
        </p>
        <p className="lineage-list">
          Built on it:{' '}
          {lineage.down.length
            ? lineage.down.map(([a], i) => (
                <span key={a}>
                  {i > 0 && ', '}
                  {link(a)}
                </span>
              ))
            : 'nothing recorded'}
        </p>
        {node.kind === 'dataset' && (
          <label className="trace">
            Trace path to{' '}
            <select aria-label="Trace path to" value={tracing ?? ''} onChange={(e) => onTrace(e.target.value || null)}>
              <option value="">—</option>
              {datasets
                .filter((d) => d !== node.id)
                .map((d) => (
                  <option key={d} value={d}>
                    {graph.getNodeAttribute(d, 'label')}
                  </option>
                ))}
            </select>
          </label>
        )}
        {traceFound === false && <p className="note">No derived-from or aggregates path joins them.</p>}
        {traceFound === true && <p className="note">The path is highlighted on the graph.</p>}
      </section>
      {groups.map((group) => (
        <section key={`${group.kind}-${group.direction}`}>
          <h3>{group.heading}</h3>
          <ul>
            {group.nodes.map((n) => (
              <li key={n.id}>{link(n.id)}</li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}
