// import/foreign: recognise graph files written by other tools (Gephi, networkx, igraph, Cytoscape,
// graphology, sigma.js), read them with a real XML or CSV parser, and say plainly why the atlas cannot show
// them: their nodes have no kind (dataset, technique, ...) and their facts no source, and the atlas invents
// neither. One module reads each format (./gexf, ./graphml, ./graphology-json, ./cyjs, ./csv) into
// ./builder's Maps; this one picks the reader and says what came of it.
import type { ErrorCode } from '../errors';
import { Builder, type ForeignGraphData, ForeignReadError, clip } from './builder';
import { readCsv } from './csv';
import { readCytoscape } from './cyjs';
import { readGexf } from './gexf';
import { readGraphml } from './graphml';
import { readGraphologyJson } from './graphology-json';
import { checkJsonNesting, FOREIGN_LIMITS, ForeignLimitError } from '../schema/limits';
import { type ForeignFormat, type Json, jsonOf, sniffForeign } from './sniff';

export { type Attributes, type ForeignEdge, type ForeignGraphData, ForeignReadError, type ReadNote } from './builder';
export { FOREIGN_FORMATS, type ForeignFormat, sniffForeign } from './sniff';

/** A foreign graph as read: its format, who wrote it where the file says, and its nodes and edges. */
export type ForeignGraph = {
  readonly format: ForeignFormat;
  readonly writer?: string | undefined;
  readonly graph: ForeignGraphData;
};

export type Recognised =
  | { readonly ok: true; readonly foreign: ForeignGraph }
  | {
      readonly ok: false;
      readonly format: ForeignFormat;
      /** Which failure: the file's (unreadable, past a limit) or, as `reader-defect`, this module's. */
      readonly code: ErrorCode | 'reader-defect';
      readonly message: string;
    };

/**
 * Read a foreign graph with its format's parser. Never throws: a file that cannot be read says why, naming
 * the element or field. `json` is the text already parsed, where the caller has parsed it.
 */
export function readForeign(name: string, text: string, json: unknown = jsonOf(text)): Recognised | null {
  const format = sniffForeign(name, text, json);
  if (!format) return null;
  const refuse = (code: ErrorCode | 'reader-defect', why: string): Recognised => ({
    ok: false,
    format,
    code,
    message: `looks like ${format} but cannot be read (${why})`,
  });
  if (text.length > FOREIGN_LIMITS.chars)
    return {
      ok: false,
      format,
      code: 'limit-exceeded',
      message: `a ${format} file of ${(text.length / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })} million characters: the atlas reads other tools' graphs up to ${FOREIGN_LIMITS.chars / 1e6} million`,
    };
  try {
    const b = new Builder(format);
    let writer: string | undefined;
    switch (format) {
      case 'GEXF':
        writer = readGexf(text, b);
        break;
      case 'GraphML':
        readGraphml(text, b);
        break;
      case 'graphology JSON':
        checkJsonNesting(text);
        writer = readGraphologyJson(json as Json, b);
        break;
      case 'Cytoscape.js JSON':
        checkJsonNesting(text);
        writer = readCytoscape(json as Json, b);
        break;
      case 'CSV node list':
      case 'CSV edge list':
        readCsv(format, text, b);
        break;
    }
    return { ok: true, foreign: { format, writer: writer ? clip(writer) : undefined, graph: b.done() } };
  } catch (e) {
    if (e instanceof ForeignReadError || e instanceof ForeignLimitError) return refuse(e.code, e.message);
    // Anything else is a defect of this module: say so rather than show a JavaScript error as the file's fault.
    return refuse('reader-defect', `the reader failed on it: ${String((e as Error)?.message ?? e).slice(0, 200)}`);
  }
}

/** The one message a person sees when they open a foreign graph (the file's name is shown beside it). */
export function foreignGraphMessage(f: ForeignGraph): string {
  const size = `${f.graph.order} node${f.graph.order === 1 ? '' : 's'}, ${f.graph.size} edge${f.graph.size === 1 ? '' : 's'}`;
  return (
    `a ${f.format} graph (${size}${f.writer ? `, written by ${f.writer}` : ''}), not a Lineage Atlas graph. ` +
    'Its nodes have no kind (dataset, technique, source, model, reference) and its facts no sources, and the atlas does not invent them. ' +
    'Open a lineage-atlas/graph file (README: "How to add a dataset"); the atlas writes GEXF, GraphML, CSV and Cytoscape.js JSON for other tools (Export data…).'
  );
}
