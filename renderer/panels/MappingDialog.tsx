// panels/MappingDialog: the mapping step of issue 16. A graph another tool wrote (GEXF, GraphML, Cytoscape.js or
// graphology JSON, a CSV node list and edge list) shows its first rows and the guessed meaning of each attribute; the
// person confirms or changes it, sees what will import and what will not (with the element or row), and the mapping
// is remembered for the next file with the same attributes. Loaded on first use (a dynamic import in App). The files are
// read, and each mapping applied, in a worker (foreign/useForeign): a large file never freezes the window.
import { useEffect, useRef, useState } from 'react';
import { EDGE_KINDS } from '../../src/schema/edges';
import { NODE_KINDS } from '../../src/schema/nodes';
import type { GraphDocument, GraphFile } from '../../src/schema/document';
import type { InputFile } from '../../src/import/inputs';
import { type GraphMapping, NODE_FIELDS, type NodeField } from '../../src/import/mapping';
import type { LayerMode } from '../../src/import/mapped-layer';
import { guessEdgeKind, guessNodeKind } from '../../src/import/value-guess';
import { useForeign } from '../foreign/useForeign';
import { KindMapping, Preview } from './MappingParts';

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
  const { read, remembered, mapping, setMapping, mapped, confirm, confirming } = useForeign(files, open);
  const [mode, setMode] = useState<LayerMode>('apart');
  const [failed, setFailed] = useState<string | null>(null);
  const name = files.map((f) => f.name).join(' + ');

  useEffect(() => {
    const d = ref.current!;
    if (!d.open) d.showModal();
  }, [read.state]);

  if (read.state === 'failed' || failed !== null)
    return (
      <dialog ref={ref} className="message-dialog error" role="alertdialog" aria-label={`${name} could not be opened`} onClose={onCancel}>
        <h2>{name} could not be opened</h2>
        <pre>{read.state === 'failed' ? read.message : failed}</pre>
        <div className="dialog-buttons">
          <button type="button" className="primary" autoFocus onClick={onCancel}>
            OK
          </button>
        </div>
      </dialog>
    );
  if (read.state === 'reading' || !mapping) {
    const size = files.reduce((n, f) => n + f.text.length, 0);
    return (
      <dialog ref={ref} className="mapping-dialog" aria-label={`Map ${name}`} aria-busy="true" onClose={onCancel}>
        <h2>Map {name}</h2>
        <p role="status">
          Reading {name} ({(size / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })} million characters)…
        </p>
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </dialog>
    );
  }

  const { formats, names, counts } = read;
  const csvHalf = formats.length === 1 && formats[0]!.startsWith('CSV');
  const setNodes = (patch: Partial<GraphMapping['nodes']>) => setMapping((m) => m && { ...m, nodes: { ...m.nodes, ...patch } });
  const setEdgeKind = (kind: GraphMapping['edges']['kind']) => setMapping((m) => m && { ...m, edges: { ...m.edges, kind } });

  return (
    <dialog ref={ref} className="mapping-dialog" aria-label={`Map ${name}`} onClose={onCancel}>
      <form method="dialog" onSubmit={(e) => e.preventDefault()}>
        <h2>Map {name}</h2>
        <p className="mapping-intro">
          {formats.join(' + ')}: {read.nodes} nodes, {read.edges} edges. Say what each attribute means; every imported fact will cite {name}{' '}
          and its element or row.
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
            <KindMapping
              label="Node kind"
              tableLabel="Node kinds"
              kinds={NODE_KINDS}
              all={(k) => `All ${k === 'dataset' ? 'datasets' : `${k}s`}`}
              columns={names.nodes}
              counts={counts.nodes}
              guess={guessNodeKind}
              otherwise="source"
              value={mapping.nodes.kind}
              onChange={(kind) => setNodes({ kind })}
            />
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
            <KindMapping
              label="Edge kind"
              tableLabel="Edge kinds"
              kinds={EDGE_KINDS}
              all={(k) => `All ${k}`}
              columns={names.edges}
              counts={counts.edges}
              guess={guessEdgeKind}
              otherwise="derived-from"
              value={mapping.edges.kind}
              onChange={setEdgeKind}
            />
          </fieldset>
          <div className="mapping-preview">
            <Preview label="First nodes" head={['id', ...read.nodeCols]} rows={read.firstNodes} />
            <Preview label="First edges" head={['source', 'target', ...read.edgeCols]} rows={read.firstEdges} />
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
            Merge with the survey graph by name/URL ({mapped?.merged ?? 0} node{mapped?.merged === 1 ? '' : 's'} match)
          </label>
        </fieldset>
        {mapped && (
          <div className="mapping-result" role="status">
            <p>
              {mapped.nodes} nodes and {mapped.edges} edges will import
              {mapped.problemCount ? `; ${mapped.problemCount} not as they are:` : '; everything maps.'}
            </p>
            {mapped.problemCount > 0 && <pre aria-label="Not mapped">{mapped.problems.join('\n')}</pre>}
          </div>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="primary"
            disabled={!mapped || mapped.nodes === 0 || confirming}
            onClick={() => void confirm(mode).then((r) => ('file' in r ? onConfirm(r.file, name, r.lines) : setFailed(r.message)))}
          >
            Open {mapped?.nodes ?? 0} nodes
          </button>
        </div>
      </form>
    </dialog>
  );
}
