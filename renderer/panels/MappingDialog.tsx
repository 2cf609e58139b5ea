// panels/MappingDialog: the mapping step of issue 16. A graph another tool wrote (GEXF, GraphML, Cytoscape.js or
// graphology JSON, a CSV node list and edge list) shows its first rows and the guessed meaning of each attribute; the
// person confirms or changes it, sees what will import and what will not (with the element or row), and the mapping
// is remembered for the next file with the same attributes. Loaded on first use (a dynamic import in App).
import { useEffect, useMemo, useRef, useState } from 'react';
import { EDGE_KINDS } from '../../src/schema/edges';
import { NODE_KINDS } from '../../src/schema/nodes';
import type { GraphDocument, GraphFile } from '../../src/schema/document';
import aliasTable from '../../graph-data/aliases.json';
import { AliasTable } from '../../src/import/catalogue/aliases';
import { type InputFile, problemLines, readInputs } from '../../src/import/inputs';
import { attributeNames, type GraphMapping, guessMapping, mappingSignature, NODE_FIELDS, type NodeField } from '../../src/import/mapping';
import { type LayerMode, planLines, planMappedLayer } from '../../src/import/mapped-layer';
import { toGraphFile } from '../../src/import/to-graph';
import { allValueCounts, guessEdgeKind, guessNodeKind, guessValueTable } from '../../src/import/value-guess';
import { KindSelect, Preview, ValueTable } from './MappingParts';
import { recallMapping, rememberMapping } from './mapping-store';

// The curated alias table the wider catalogue resolves names with (graph-data/aliases.json), checked on first use.
const ALIASES = AliasTable.safeParse(aliasTable).data?.aliases ?? [];

type Props = {
  readonly files: readonly InputFile[];
  /** The graph open now, which the file's nodes are merged with or kept apart from. */
  readonly open: GraphDocument;
  /** The mapped graph file, named after its files, ready to add as a layer; `merged` says what joined the open graph. */
  readonly onConfirm: (graph: GraphFile, name: string, merged: readonly string[]) => void;
  readonly onCancel: () => void;
  /** Asks for the other half of a CSV node list and edge list. */
  readonly onAddFile: () => void;
};

const FIELD_LABEL: Record<NodeField, string> = {
  label: 'Label',
  released: 'Release date',
  modality: 'Modality',
  purpose: 'Purpose',
  generation: 'Generation',
  homepage: 'Homepage (URL)',
  license: 'Licence',
};

export function MappingDialog({ files, open, onConfirm, onCancel, onAddFile }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const read = useMemo(() => readInputs(files), [files]);
  const graphs = useMemo(() => (read.ok ? read.inputs.map((i) => i.foreign) : []), [read]);
  const signature = useMemo(() => mappingSignature(graphs), [graphs]);
  const names = useMemo(() => attributeNames(graphs), [graphs]);
  const counts = useMemo(() => allValueCounts(graphs, names), [graphs, names]);
  const remembered = useMemo(() => recallMapping(signature), [signature]);
  // The caller keys this dialog by its files, so new files start from their own remembered or guessed mapping.
  const [mapping, setMapping] = useState<GraphMapping>(() => remembered ?? guessMapping(graphs));
  const result = useMemo(() => (read.ok ? toGraphFile(read.inputs, mapping) : null), [read, mapping]);
  const [mode, setMode] = useState<LayerMode>('apart');
  // What a merge would join, shown beside the choice so the person decides knowing it.
  const merging = useMemo(() => (result ? planMappedLayer(result.graph, open, ALIASES, 'merge') : null), [result, open]);
  const name = files.map((f) => f.name).join(' + ');

  useEffect(() => {
    const d = ref.current!;
    if (!d.open) d.showModal();
  }, []);

  if (!read.ok)
    return (
      <dialog ref={ref} className="message-dialog error" role="alertdialog" aria-label={`${name} could not be opened`} onClose={onCancel}>
        <h2>{name} could not be opened</h2>
        <pre>{read.message}</pre>
        <div className="dialog-buttons">
          <button type="button" className="primary" autoFocus onClick={onCancel}>
            OK
          </button>
        </div>
      </dialog>
    );

  const formats = read.inputs.map((i) => i.foreign.format);
  const csvHalf = formats.length === 1 && formats[0]!.startsWith('CSV');
  const setNodes = (patch: Partial<GraphMapping['nodes']>) => setMapping((m) => ({ ...m, nodes: { ...m.nodes, ...patch } }));
  const setEdgeKind = (kind: GraphMapping['edges']['kind']) => setMapping((m) => ({ ...m, edges: { ...m.edges, kind } }));
  const firstNodes = [...graphs.flatMap((g) => [...g.graph.nodes].slice(0, 5))].slice(0, 5);
  const firstEdges = graphs.flatMap((g) => g.graph.edges.slice(0, 5)).slice(0, 5);
  const nodeCols = names.nodes.filter((c) => c !== 'id').slice(0, 7); // a CSV's id column is the id shown first
  const edgeCols = names.edges.slice(0, 5);

  return (
    <dialog ref={ref} className="mapping-dialog" aria-label={`Map ${name}`} onClose={onCancel}>
      <form method="dialog" onSubmit={(e) => e.preventDefault()}>
        <h2>Map {name}</h2>
        <p className="mapping-intro">
          {formats.join(' + ')}: {graphs.reduce((n, g) => n + g.graph.order, 0)} nodes, {graphs.reduce((n, g) => n + g.graph.size, 0)}{' '}
          edges. Say what each attribute means; every imported fact will cite {name} and its element or row.
          {remembered
            ? ' The mapping last used for files with these attributes is filled in.'
            : ' The defaults are guessed from the names.'}
        </p>
        {csvHalf && (
          <p>
            <button type="button" onClick={onAddFile}>
              {formats[0] === 'CSV node list' ? 'Add the edge list…' : 'Add the node list…'}
            </button>
          </p>
        )}
        <div className="mapping-body">
          <fieldset className="mapping-fields">
            <legend>Nodes</legend>
            <KindSelect
              label="Node kind"
              kinds={NODE_KINDS}
              all={(k) => `All ${k === 'dataset' ? 'datasets' : `${k}s`}`}
              columns={names.nodes}
              value={mapping.nodes.kind}
              onChange={(kind) =>
                setNodes({
                  kind:
                    kind.from === 'column'
                      ? { ...kind, values: guessValueTable(counts.nodes.get(kind.column)!, guessNodeKind, NODE_KINDS), otherwise: 'source' }
                      : kind,
                })
              }
            />
            {mapping.nodes.kind.from === 'column' && (
              <ValueTable
                label="Node kinds"
                kinds={NODE_KINDS}
                counts={counts.nodes.get(mapping.nodes.kind.column)}
                value={mapping.nodes.kind}
                onChange={(t) => setNodes({ kind: { ...mapping.nodes.kind, ...t } })}
              />
            )}
            {NODE_FIELDS.map((f) => (
              <label key={f}>
                {FIELD_LABEL[f]}
                <select
                  aria-label={FIELD_LABEL[f]}
                  value={mapping.nodes[f] ?? ''}
                  onChange={(e) => setNodes({ [f]: e.target.value || undefined })}
                >
                  <option value="">{f === 'label' ? '(the id)' : '(none)'}</option>
                  {names.nodes.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
          <fieldset className="mapping-fields">
            <legend>Edges</legend>
            <KindSelect
              label="Edge kind"
              kinds={EDGE_KINDS}
              all={(k) => `All ${k}`}
              columns={names.edges}
              value={mapping.edges.kind}
              onChange={(k) =>
                setEdgeKind(
                  k.from === 'column'
                    ? { ...k, values: guessValueTable(counts.edges.get(k.column)!, guessEdgeKind, EDGE_KINDS), otherwise: 'derived-from' }
                    : k,
                )
              }
            />
            {mapping.edges.kind.from === 'column' && (
              <ValueTable
                label="Edge kinds"
                kinds={EDGE_KINDS}
                counts={counts.edges.get(mapping.edges.kind.column)}
                value={mapping.edges.kind}
                onChange={(t) => setEdgeKind({ ...mapping.edges.kind, ...t })}
              />
            )}
          </fieldset>
          <div className="mapping-preview">
            <Preview
              label="First nodes"
              head={['id', ...nodeCols]}
              rows={firstNodes.map(([id, a]) => [id, ...nodeCols.map((c) => a.get(c))])}
            />
            <Preview
              label="First edges"
              head={['source', 'target', ...edgeCols]}
              rows={firstEdges.map((e) => [e.source, e.target, ...edgeCols.map((c) => e.attributes.get(c))])}
            />
          </div>
        </div>
        <fieldset className="mapping-layer">
          <legend>Beside the survey graph</legend>
          <label>
            <input type="radio" name="layer-mode" checked={mode === 'apart'} onChange={() => setMode('apart')} />
            Keep apart
          </label>
          <label>
            <input type="radio" name="layer-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
            Merge with the survey graph by name/URL ({merging?.merged.length ?? 0} node{merging?.merged.length === 1 ? '' : 's'} match)
          </label>
        </fieldset>
        {result && (
          <div className="mapping-result" role="status">
            <p>
              {result.graph.nodes.length} nodes and {result.graph.edges.length} edges will import
              {result.problems.length ? `; ${result.problems.length} not as they are:` : '; everything maps.'}
            </p>
            {result.problems.length > 0 && <pre aria-label="Not mapped">{problemLines(result.problems, 100).join('\n')}</pre>}
          </div>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="primary"
            disabled={!result || result.graph.nodes.length === 0}
            onClick={() => {
              rememberMapping(signature, mapping);
              const plan = mode === 'merge' ? merging! : planMappedLayer(result!.graph, open, ALIASES, 'apart');
              onConfirm(plan.file, name, planLines(plan, open));
            }}
          >
            Open {result?.graph.nodes.length ?? 0} nodes
          </button>
        </div>
      </form>
    </dialog>
  );
}
