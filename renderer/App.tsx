// App: loads the built-in graph and shows the explorer, or a readable message when the data is broken.
import { useMemo } from 'react';
import { type LoadIssue, formatIssue } from '../src/schema/load';
import { loadBuiltinGraph } from './data/builtin';
import { Explorer } from './Explorer';

export function LoadError({ issues }: { readonly issues: readonly LoadIssue[] }) {
  return (
    <main className="load-error" role="alert">
      <h1>The graph could not be loaded</h1>
      <p>
        {issues.length} problem{issues.length === 1 ? '' : 's'} in the graph files. Each line names the file, the field and what
        was expected:
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

export function App() {
  const result = useMemo(() => loadBuiltinGraph(), []);
  if (!result.ok) return <LoadError issues={result.issues} />;
  return <Explorer document={result.document} />;
}
