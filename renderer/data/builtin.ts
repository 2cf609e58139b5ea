// data/builtin: the curated survey graph, bundled at build time as raw text and parsed by the core.
import { loadGraphPartial, type PartialLoad } from '../../src/schema/read';

const files = import.meta.glob<string>(
  ['../../graph-data/*.json', '!../../graph-data/graph.schema.json', '!../../graph-data/licence-terms.json'],
  {
    eager: true,
    query: '?raw',
    import: 'default',
  },
);

/** The built-in graph of every file that is whole: one broken file costs its own data, and is named, not the atlas. */
export function loadBuiltinGraph(): PartialLoad {
  const sources = Object.entries(files)
    .map(([path, text]) => ({ file: path.replace(/^(\.\.\/)+/, ''), text }))
    .sort((a, b) => a.file.localeCompare(b.file));
  return loadGraphPartial(sources);
}
