// import/load: schema/read's parse and load with graphs other tools wrote recognised, read with their own
// parsers and refused with one message (import/foreign). The renderer uses schema/read and loads those
// parsers only when such a file is opened. It sits above schema/ so that foreign-file detection calls the
// schema, not the reverse.
import { foreignGraphMessage, readForeign } from './foreign';
import {
  type ForeignCheck,
  type LoadIssue,
  loadGraph as loadWith,
  loadGraphPartial as loadPartialWith,
  type LoadResult,
  type PartialLoad,
  parseGraphFile as parseWith,
  type SourceText,
} from '../schema/read';
import type { GraphFile } from '../schema/document';

export * from '../schema/read';

/** import/foreign's reading of a file, as schema/read's check: the format, size and writer of another tool's graph. */
export const foreignCheck: ForeignCheck = (file, text, json) => {
  const f = readForeign(file, text, json);
  return f ? (f.ok ? foreignGraphMessage(f.foreign) : f.message) : null;
};

/** Parse one file's text, recognising foreign graphs. Never throws. */
export const parseGraphFile = (source: SourceText): { ok: true; file: GraphFile } | { ok: false; issues: LoadIssue[] } =>
  parseWith(source, foreignCheck);

/** Parse every file, merge them, and run the cross-checks, recognising foreign graphs. Never throws. */
export const loadGraph = (sources: readonly SourceText[]): LoadResult => loadWith(sources, foreignCheck);

/** Load what is valid, recognising foreign graphs: see schema/read's loadGraphPartial. Never throws. */
export const loadGraphPartial = (sources: readonly SourceText[]): PartialLoad => loadPartialWith(sources, foreignCheck);
