// App: holds the graph document (built-in or opened) and shows the explorer; a file that does not load leaves
// the current graph as it was and says why, naming the file, the field path and what was expected.
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { InputFile } from '../src/import/inputs';
import { sniffForeign } from '../src/import/sniff';
import { addLayer, datasetsPerLayer, type LayeredDocument, type LayerKind, layerKindOf, surveyLayer } from '../src/model/layers';
import {
  type ForeignCheck,
  type LoadIssue,
  formatIssue,
  loadGraph,
  type LoadResult,
  parseGraphFile,
  type SourceText,
} from '../src/schema/read';
import type { GraphDocument, GraphFile } from '../src/schema/document';
import { loadBuiltinGraph } from './data/builtin';
import { Explorer } from './Explorer';
import { type Message, MessageDialog } from './panels/MessageDialog';
import { pickFile } from './platform';

// The mapping step (issue 16) and the foreign-format parsers it needs load when another tool's graph is first opened.
const MappingDialog = lazy(() => import('./panels/MappingDialog').then((m) => ({ default: m.MappingDialog })));

export function LoadError({ issues }: { readonly issues: readonly LoadIssue[] }) {
  return (
    <main className="load-error" role="alert">
      <h1>The graph could not be loaded</h1>
      <p>
        {issues.length} problem{issues.length === 1 ? '' : 's'} in the graph files. Each line names the file, the field and what was
        expected:
      </p>
      <ul>
        {issues.slice(0, 50).map((i) => (
          <li key={formatIssue(i)}>
            <code>{formatIssue(i)}</code>
          </li>
        ))}
      </ul>
      {issues.length > 50 && <p>…and {issues.length - 50} more.</p>}
    </main>
  );
}

/**
 * Loads an opened file. A file another tool wrote (sniffed from its first bytes) brings in the foreign-format
 * parsers (GEXF, GraphML, CSV) with a dynamic import, so they stay out of the first download.
 */
async function loadOpened(source: SourceText): Promise<LoadResult> {
  let foreign: ForeignCheck | undefined;
  if (sniffForeign(source.file, source.text)) ({ foreignCheck: foreign } = await import('../src/import/load'));
  return loadGraph([source], foreign);
}

type LayerEntry = { readonly file: GraphFile; readonly name: string; readonly kind: LayerKind };
/** The survey graph with the layers added in order. */
const layersOf = (survey: GraphDocument, entries: readonly LayerEntry[]): LayeredDocument =>
  entries.reduce((l, e) => addLayer(l, e.file, e.name, e.kind), surveyLayer(survey));

export type OpenedGraph = { readonly name: string; readonly document: GraphDocument; readonly serial: number };

export function App() {
  const builtin = useMemo(() => loadBuiltinGraph(), []);
  const [opened, setOpened] = useState<OpenedGraph | null>(null);
  // A built-in file that does not load is left out and named; the rest of the survey graph opens.
  const [message, setMessage] = useState<Message | null>(() =>
    builtin.document && builtin.failed.length
      ? {
          kind: 'error',
          title: `${builtin.failed.length} built-in graph file${builtin.failed.length === 1 ? '' : 's'} left out`,
          body: builtin.failed.flatMap((f) => f.issues.slice(0, 5).map(formatIssue)).join('\n'),
        }
      : null,
  );

  // Another tool's graph goes to the mapping step; a CSV opened while another CSV waits there joins it (node list + edge list).
  const [mapping, setMapping] = useState<readonly InputFile[] | null>(null);

  // Graph files added as layers beside the survey graph: the catalogues' imports (issue 12) and other tools' graphs
  // (issue 16). A file opened again under the same name replaces its layer rather than adding a copy.
  const [layered, setLayered] = useState<{
    readonly entries: readonly LayerEntry[];
    readonly layers: LayeredDocument;
    readonly serial: number;
  } | null>(null);
  const addLayerFile = useCallback(
    (file: GraphFile, name: string, kind: LayerKind, notes: readonly string[] = []) => {
      const entries = [...(layered?.entries ?? []).filter((e) => e.name !== name), { file, name, kind }];
      const next = layersOf(builtin.document!, entries);
      const issues = next.issues.filter((i) => i.startsWith(`${name}: `));
      if (issues.length > 0)
        setMessage({
          kind: 'error',
          title: `${name}: ${issues.length} item(s) left out`,
          body: [...issues, ...notes].slice(0, 20).join('\n'),
        });
      else if (notes.length > 0)
        setMessage({ kind: 'info', title: `${name} opened beside the survey graph`, body: notes.slice(0, 20).join('\n') });
      setLayered({ entries, layers: next, serial: (layered?.serial ?? 0) + 1 });
      setOpened(null);
    },
    [builtin, layered],
  );
  // What the mapping step merges with or keeps apart from: the open layers, less a layer the same files would replace.
  const mappingName = mapping?.map((f) => f.name).join(' + ');
  const openForMapping = useMemo(() => {
    if (!mappingName || !builtin.document) return { nodes: [], edges: [], files: [] };
    const others = (layered?.entries ?? []).filter((e) => e.name !== mappingName);
    return others.length === layered?.entries.length ? layered.layers.document : layersOf(builtin.document, others).document;
  }, [mappingName, builtin, layered]);
  const addCatalogue = useCallback(
    (name: string, text: string) => {
      const r = parseGraphFile({ file: name, text });
      if (r.ok) addLayerFile(r.file, name, layerKindOf(r.file));
      else setMessage({ kind: 'error', title: `${name} could not be added`, body: r.issues.slice(0, 20).map(formatIssue).join('\n') });
    },
    [addLayerFile],
  );

  /**
   * Opens a graph the mapping step made from another tool's file as a layer beside the survey graph (and the layers
   * already open), its nodes merged with the open graph's or kept apart as the person chose; `notes` say what merged.
   */
  const openMapped = useCallback(
    (graph: GraphFile, name: string, notes: readonly string[]) => {
      setMapping(null);
      addLayerFile(graph, name, 'file', notes);
    },
    [addLayerFile],
  );

  const openText = useCallback((name: string, text: string) => {
    const format = sniffForeign(name, text);
    if (format) {
      setMapping((waiting) =>
        waiting?.length === 1 && format.startsWith('CSV') && /\.csv$/i.test(waiting[0]!.name) && waiting[0]!.name !== name
          ? [...waiting, { name, text }]
          : [{ name, text }],
      );
      return;
    }
    void loadOpened({ file: name, text }).then(
      (r) => {
        if (r.ok) setOpened((o) => ({ name, document: r.document, serial: (o?.serial ?? 0) + 1 }));
        else {
          const lines = r.issues.slice(0, 20).map(formatIssue);
          if (r.issues.length > 20) lines.push(`…and ${r.issues.length - 20} more`);
          setMessage({ kind: 'error', title: `${name} could not be opened`, body: lines.join('\n') });
        }
      },
      (e: Error) =>
        setMessage({
          kind: 'error',
          title: `${name} could not be opened`,
          body: `the reader for files from other tools did not load (${e.message})`,
        }),
    );
  }, []);

  if (!builtin.document && !opened) return <LoadError issues={builtin.failed.flatMap((f) => f.issues)} />;
  const current = opened ?? {
    name: layered ? `Survey graph with ${layered.layers.layers.length - 1} layer(s)` : 'Survey graph (built in)',
    document: layered?.layers.document ?? builtin.document!,
    serial: layered ? 1000 + layered.serial : 0,
  };
  const layerCounts = !opened && builtin.document ? datasetsPerLayer(layered?.layers ?? surveyLayer(builtin.document)) : undefined;
  return (
    <>
      <Explorer
        key={current.serial}
        document={current.document}
        graphName={current.name}
        openText={openText}
        showMessage={setMessage}
        layers={layerCounts}
        onAddCatalogue={addCatalogue}
        onAddLayer={addLayerFile}
        layered={opened ? undefined : layered?.layers}
      />
      <MessageDialog message={message} onClose={() => setMessage(null)} />
      {mapping && (
        <Suspense fallback={null}>
          <MappingDialog
            key={mapping.map((f) => f.name).join('\n')}
            files={mapping}
            open={openForMapping}
            onConfirm={openMapped}
            onCancel={() => setMapping(null)}
            onAddFile={() => void pickFile('.csv,text/csv').then((f) => f && openText(f.name, f.text))}
          />
        </Suspense>
      )}
    </>
  );
}
