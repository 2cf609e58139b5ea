// npm run import: catalogues into a graph file in our own format, resolved against the built-in survey graph,
// with a report of what was read, merged and left unresolved. Subcommands are one small table.
//   npm run import -- dpi <checkout> --out dpc.json
//   npm run import -- hf-cards <dir|README.md> --out cards.json
//   npm run import -- graph lineage.gexf --out lineage.json      (another tool's graph, through a mapping)
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCatalogueGraph, type ImportReport } from '../../src/import/catalogue/build';
import { GraphFile } from '../../src/schema/document';
import { formatIssue } from '../../src/schema/read';
import { readAliases, readCardFiles, readDpcCheckout, snapshotCommit, type ReadCatalogue } from '../node/catalogue';
import { writeFileAtomic } from '../node/files';
import { IMPORT_GRAPH_HELP, ImportError, importGraph } from './import-graph';
import { loadGraphFolder } from '../node/graph-data';

export class CliError extends Error {}

type Subcommand = { readonly help: string; readonly run: (argv: string[]) => Promise<string> };

const catalogue =
  (title: string, read: (path: string) => Promise<ReadCatalogue>) =>
  async (argv: string[]): Promise<string> => {
    const { values: a, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string' }, graph: { type: 'string' }, json: { type: 'boolean' } },
    });
    if (positionals.length !== 1 || !a.out) throw new CliError('give one folder (or file) and --out FILE');
    const started = performance.now();
    const graphDir = a.graph ?? fileURLToPath(new URL('../../graph-data', import.meta.url));
    const survey = await loadGraphFolder(graphDir);
    if (!survey.ok) throw new CliError(`the survey graph is invalid:\n${survey.issues.map(formatIssue).join('\n')}`);
    const aliases = await readAliases(graphDir);
    const t0 = performance.now();
    const got = await read(resolve(positionals[0]!));
    const t1 = performance.now();
    const { file, report } = buildCatalogueGraph({ title, ...got }, survey.document, aliases);
    const t2 = performance.now();
    const checked = GraphFile.safeParse(file);
    if (!checked.success) throw new CliError(`the import produced an invalid graph file (a bug): ${checked.error.issues[0]?.message}`);
    const t3 = performance.now();
    await writeFileAtomic(a.out, `${JSON.stringify(file)}\n`);
    const end = performance.now();
    const phases = { survey: t0 - started, read: t1 - t0, build: t2 - t1, check: t3 - t2, write: end - t3 };
    const ms = end - started;
    return a.json
      ? JSON.stringify(
          { ...report, ms: Math.round(ms), phases: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v)])) },
          null,
          1,
        )
      : reportText(report, a.out, ms, phases);
  };

/** The subcommands, one row each. */
export const SUBCOMMANDS: Readonly<Record<string, Subcommand>> = {
  dpi: {
    help: 'dpi <checkout> --out FILE     the Data Provenance Collection (data_summaries*/)',
    run: catalogue('Data Provenance Collection', async (dir) => readDpcCheckout(dir, await snapshotCommit(dir))),
  },
  'hf-cards': {
    help: 'hf-cards <dir|file> --out FILE   Hugging Face dataset cards (<id>/README.md)',
    run: catalogue('Hugging Face dataset cards', readCardFiles),
  },
  graph: { help: IMPORT_GRAPH_HELP, run: importGraph },
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function reportText(r: ImportReport, out: string, ms: number, phases?: Readonly<Record<string, number>>): string {
  const lines = [
    `wrote ${out} in ${seconds(ms)}`,
    ...(phases
      ? [
          `  ${Object.entries(phases)
            .map(([k, v]) => `${k} ${seconds(v)}`)
            .join(', ')}`,
        ]
      : []),
    `files read: ${r.filesRead}; entries read: ${r.entriesRead}; files not imported: ${r.issues.length}`,
    ...r.issues.map((i) => `  ${i.file}: ${i.message}`),
    `nodes created: ${r.nodesCreated.datasets} datasets, ${r.nodesCreated.collections} collections, ${r.nodesCreated.models} models, ${r.nodesCreated.sources} free-text sources, ${r.nodesCreated.references} references`,
    `merged with the survey graph: ${r.mergedWithSurvey.length}`,
    ...r.mergedWithSurvey.map((m) => `  ${m.entry} -> ${m.id} (by ${m.by})`),
    `derived-from names: ${r.derivedFrom.names}; resolved to a node: ${r.derivedFrom.resolved}; left as free-text sources: ${r.derivedFrom.freeText}`,
    `proposed matches (not merged; for a person to confirm): ${r.proposed.length}`,
    ...r.proposed.map((p) => `  "${p.name}" (${p.from}) ~ ${p.candidates.join(', ')}: ${p.reason}`),
    `language names without an ISO 639 code (left out): ${r.unknownLanguages.length ? r.unknownLanguages.join(', ') : 'none'}`,
    `lineage edges dropped to keep lineage acyclic: ${r.cyclesBroken.length}`,
    ...r.cyclesBroken.map((c) => `  ${c}`),
  ];
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<string> {
  const [name, ...rest] = argv;
  const usage = `Usage: npm run import -- <subcommand> ...\n${Object.values(SUBCOMMANDS)
    .map((s) => `  ${s.help}`)
    .join('\n')}`;
  if (name === undefined || name === '--help' || name === '-h') return usage;
  const sub = Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
  if (!sub) throw new CliError(`no subcommand "${name}" (${Object.keys(SUBCOMMANDS).join(', ')})\n${usage}`);
  return sub.run(rest);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (msg) => console.log(msg),
    (e: unknown) => {
      console.error(e instanceof CliError || e instanceof ImportError || e instanceof TypeError ? `import: ${(e as Error).message}` : e);
      process.exit(2);
    },
  );
}
