// npm run import -- SUBCOMMAND: bring other data into the atlas's own graph format, headless. One row per subcommand.
//   npm run import -- graph lineage.gexf --out lineage.json      (issue 16: another tool's graph, through a mapping)
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMPORT_GRAPH_HELP, ImportError, importGraph } from './import-graph';

const SUBCOMMANDS: Readonly<Record<string, { readonly run: (argv: string[]) => Promise<string>; readonly help: string }>> = {
  graph: { run: importGraph, help: IMPORT_GRAPH_HELP },
};

const usage = () =>
  `Usage: npm run import -- SUBCOMMAND ...\n\n${Object.values(SUBCOMMANDS)
    .map((s) => s.help)
    .join('\n\n')}`;

export async function main(argv: string[]): Promise<string> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') return usage();
  const sub = Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
  if (!sub) throw new ImportError(`no subcommand "${name}" (${Object.keys(SUBCOMMANDS).join(', ')})`);
  return sub.run(rest);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (msg) => console.log(msg),
    (e: unknown) => {
      console.error(e instanceof ImportError || e instanceof TypeError ? `import: ${(e as Error).message}` : e);
      process.exit(2);
    },
  );
}
