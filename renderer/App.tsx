// App: holds the graph document (built-in or opened) and shows the explorer; a file that does not load leaves
// the current graph as it was and says why, naming the file, the field path and what was expected.
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { InputFile } from '../src/import/inputs';
import { sniffForeign } from '../src/import/sniff';
import { addLayer, datasetsPerLayer, type LayeredDocument, layerKindOf, surveyLayer } from '../src/model/layers';
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

  // Graph files added as layers beside the survey graph (issue 12): the catalogues' imports.
  const [layered, setLayered] = useState<{ readonly layers: LayeredDocument; readonly serial: number } | null>(null);
  const addLayerFile = useCallback(
    (file: GraphFile, name: string, kind: Parameters<typeof addLayer>[3]) => {
      setLayered((l) => {
        const base = l?.layers ?? surveyLayer(builtin.document!);
        const next = addLayer(base, file, name, kind);
        const issues = next.issues.slice(base.issues.length);
        if (issues.length > 0)
          setMessage({ kind: 'error', title: `${name}: ${issues.length} item(s) left out`, body: issues.slice(0, 20).join('\n') });
        return { layers: next, serial: (l?.serial ?? 0) + 1 };
      });
      setOpened(null);
    },
    [builtin],
  );
  const addCatalogue = useCallback(
    (name: string, text: string) => {
      const r = parseGraphFile({ file: name, text });
      if (r.ok) addLayerFile(r.file, name, layerKindOf(r.file));
      else setMessage({ kind: 'error', title: `${name} could not be added`, body: r.issues.slice(0, 20).map(formatIssue).join('\n') });
    },
    [addLayerFile],
  );

  /**
   * Opens a graph the mapping step made from another tool's file, in place of the current graph. Not yet as a layer
   * beside the survey graph (addLayer): a layer of source nodes linked to no dataset would not be drawn there.
   */
  const openMapped = useCallback((graph: GraphFile, name: string) => {
    setMapping(null);
    const r = loadGraph([{ file: name, text: JSON.stringify(graph) }]);
    if (r.ok) setOpened((o) => ({ name, document: r.document, serial: (o?.serial ?? 0) + 1 }));
    else setMessage({ kind: 'error', title: `${name} could not be opened`, body: r.issues.slice(0, 20).map(formatIssue).join('\n') });
  }, []);

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
            onConfirm={openMapped}
            onCancel={() => setMapping(null)}
            onAddFile={() => void pickFile('.csv,text/csv').then((f) => f && openText(f.name, f.text))}
          />
        </Suspense>
      )}
    </>
  );
}
