// App: holds the graph document (built-in or opened) and shows the explorer; a file that does not load leaves
// the current graph as it was and says why, naming the file, the field path and what was expected.
import { useCallback, useMemo, useState } from 'react';
import { sniffForeign } from '../src/import/sniff';
import { type ForeignCheck, type LoadIssue, formatIssue, loadGraph, type LoadResult, type SourceText } from '../src/schema/read';
import type { GraphDocument } from '../src/schema/document';
import { loadBuiltinGraph } from './data/builtin';
import { Explorer } from './Explorer';
import { type Message, MessageDialog } from './panels/MessageDialog';

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

  const openText = useCallback((name: string, text: string) => {
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
  const current = opened ?? { name: 'Survey graph (built in)', document: builtin.document!, serial: 0 };
  return (
    <>
      <Explorer key={current.serial} document={current.document} graphName={current.name} openText={openText} showMessage={setMessage} />
      <MessageDialog message={message} onClose={() => setMessage(null)} />
    </>
  );
}
