// data/builtin: the curated survey graph, bundled at build time as raw text and parsed by the core.
import { loadGraph, type LoadResult } from '../../src/schema/read';

const files = import.meta.glob<string>(['../../graph-data/*.json', '!../../graph-data/graph.schema.json'], {
  eager: true,
  query: '?raw',
  import: 'default',
});

export function loadBuiltinGraph(): LoadResult {
  const sources = Object.entries(files)
    .map(([path, text]) => ({ file: path.replace(/^(\.\.\/)+/, ''), text }))
    .sort((a, b) => a.file.localeCompare(b.file));
  return loadGraph(sources);
}
