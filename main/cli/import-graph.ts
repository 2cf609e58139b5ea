// npm run import -- graph: another tool's graph (GEXF, GraphML, Cytoscape.js or graphology JSON, a CSV node list and
// edge list) made a Lineage Atlas graph file through a mapping, headless; what could not be mapped is listed.
//   npm run import -- graph lineage.gexf --map lineage.mapping.json --out lineage.json
//   npm run import -- graph nodes.csv edges.csv --print-map > mapping.json   (the guessed mapping, to edit)
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { problemLines, readInputs } from '../../src/import/inputs';
import { guessMapping, parseMapping } from '../../src/import/mapping';
import { toGraphFile } from '../../src/import/to-graph';
import { readTextFile, writeFileAtomic } from '../node/files';

export const IMPORT_GRAPH_HELP = `Usage: npm run import -- graph FILE [EDGES.csv] [options]
  FILE                a GEXF, GraphML, Cytoscape.js JSON or graphology JSON file, or a CSV node list (with its edge list)
  --map FILE          the mapping (JSON, format "lineage-atlas/graph-mapping"); default: the one guessed from the names
  --out FILE          where to write the graph file (required unless --print-map)
  --print-map         print the mapping that would be used, to edit and pass back with --map`;

export class ImportError extends Error {}

/** Runs the subcommand; returns what to print. Throws ImportError with a message naming the file at fault. */
export async function importGraph(argv: string[]): Promise<string> {
  const { values: a, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: { map: { type: 'string' }, out: { type: 'string' }, 'print-map': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (a.help) return IMPORT_GRAPH_HELP;
  if (positionals.length === 0) throw new ImportError(`no file given\n${IMPORT_GRAPH_HELP}`);
  if (!a.out && !a['print-map']) throw new ImportError('--out FILE is required (or --print-map)');
  const files = [];
  for (const path of positionals) {
    const r = await readTextFile(path);
    if (!r.ok) throw new ImportError(r.message);
    files.push({ name: basename(path), text: r.value });
  }
  const read = readInputs(files);
  if (!read.ok) throw new ImportError(read.message);
  let mapping = guessMapping(read.inputs.map((i) => i.foreign));
  if (a.map) {
    const text = await readTextFile(a.map);
    if (!text.ok) throw new ImportError(text.message);
    const parsed = parseMapping(text.value);
    if (!parsed.ok) throw new ImportError(`${basename(a.map)}: ${parsed.message}`);
    mapping = parsed.mapping;
  }
  if (a['print-map']) return JSON.stringify(mapping, null, 2);
  const r = toGraphFile(read.inputs, mapping);
  try {
    await writeFileAtomic(a.out!, `${JSON.stringify(r.graph, null, 2)}\n`);
  } catch (e) {
    throw new ImportError(`cannot write ${a.out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const head = `wrote ${a.out}: ${r.graph.nodes.length} nodes, ${r.graph.edges.length} edges from ${files.map((f) => f.name).join(' + ')}`;
  if (r.problems.length === 0) return `${head}; everything mapped`;
  return [`${head}; ${r.problems.length} not mapped as they are:`, ...problemLines(r.problems, 200).map((l) => `  ${l}`)].join('\n');
}
