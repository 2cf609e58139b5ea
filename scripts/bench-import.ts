// npm run bench:import [repeats] [checkout]: times each phase of importing the Data Provenance Collection, as
// "Add catalogue…" runs it, over the shared snapshot (../shared/catalogues/data-provenance-collection, read at run
// time) or the checkout given. Phases: list and read the files, parse the summaries, resolve identities, build the
// graph file, the schema check of the file (the CLI's), the structured clone between the worker and the page, and
// the layer merge beside the survey graph. The first run is cold (the JIT has not seen the code); the median of
// the runs after it is the warm figure. Wall and CPU time both: the load average is printed, for this machine is shared.
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildCatalogueGraph } from '../src/import/catalogue/build';
import { readPickedCatalogue } from '../src/import/catalogue/files';
import { resolveEntries } from '../src/import/catalogue/resolve';
import { GraphFile } from '../src/schema/document';
import { addLayer, surveyLayer } from '../src/model/layers';
import { readAliases, readPickedFolder } from '../main/node/catalogue';
import { loadGraphFolder } from '../main/node/graph-data';

const repeats = Math.max(1, Number(process.argv[2] ?? 5));
const checkout = process.argv[3] ?? fileURLToPath(new URL('../../shared/catalogues/data-provenance-collection', import.meta.url));
const graphDir = fileURLToPath(new URL('../graph-data', import.meta.url));
const survey = await loadGraphFolder(graphDir);
if (!survey.ok) throw new Error('bench-import: the built-in graph does not load (npm run validate-data says why)');
const surveyDoc = survey.document;
const aliases = await readAliases(graphDir);

const PHASES = ['list + read', 'parse summaries', 'identity', 'build', 'schema check', 'structured clone', 'layer merge'] as const;
type Phase = (typeof PHASES)[number];

type Times = Record<Phase, { wall: number; cpu: number }>;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function once(): Promise<{ ms: Times; counts: string }> {
  const ms = {} as Times;
  let t = performance.now();
  let c = cpuMs();
  const lap = (p: Phase) => {
    const [now, cpu] = [performance.now(), cpuMs()];
    ms[p] = { wall: now - t, cpu: cpu - c };
    [t, c] = [now, cpu];
  };
  const files = await readPickedFolder(checkout);
  lap('list + read');
  const picked = readPickedCatalogue(files);
  if (!picked.ok) throw new Error(`bench-import: ${picked.message}`);
  lap('parse summaries');
  const resolved = resolveEntries(picked.input, surveyDoc, aliases);
  lap('identity');
  const { file, report } = buildCatalogueGraph(picked.input, surveyDoc, aliases, resolved);
  lap('build');
  const checked = GraphFile.safeParse(file);
  if (!checked.success) throw new Error(`bench-import: the import is not a valid graph file: ${checked.error.issues[0]?.message}`);
  lap('schema check');
  structuredClone({ file, report });
  lap('structured clone');
  const layered = addLayer(surveyLayer(surveyDoc), file, 'Data Provenance Collection', 'dpc');
  lap('layer merge');
  const counts =
    `${files.length} files, ${report.entriesRead.toLocaleString('en')} entries, ${file.nodes.length.toLocaleString('en')} nodes, ` +
    `${file.edges.length.toLocaleString('en')} edges; merged graph ${layered.document.nodes.length.toLocaleString('en')} nodes`;
  return { ms, counts };
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const s = (x: number) => `${(x / 1000).toFixed(2)} s`;

console.log(`bench-import: ${checkout}\nload average before: ${load()} (1, 5, 15 min)`);
const runs: Times[] = [];
let counts = '';
for (let i = 0; i < repeats; i++) {
  const r = await once();
  runs.push(r.ms);
  counts = r.counts;
}
console.log(`${counts}\n`);
const warm = runs.length > 1 ? runs.slice(1) : runs;
const cell = (r: Times, p: Phase | 'total', k: 'wall' | 'cpu', of: Times[] = [r]) =>
  s(median(of.map((x) => (p === 'total' ? PHASES.reduce((a, q) => a + x[q][k], 0) : x[p][k]))));
console.log(`| phase | cold wall | cold CPU | warm wall | warm CPU |\n|---|---|---|---|---|`);
for (const p of [...PHASES, 'total' as const])
  console.log(
    `| ${p} | ${cell(runs[0]!, p, 'wall')} | ${cell(runs[0]!, p, 'cpu')} | ${cell(runs[0]!, p, 'wall', warm)} | ${cell(runs[0]!, p, 'cpu', warm)} |`,
  );
console.log(`\ncold: the first run; warm: the median of the ${warm.length} after it. CPU: the process's user + system time (all threads).`);
console.log(`\nload average after: ${load()}`);
