// node scripts/bench-profile.mjs [size] [phase]: a CPU profile (Chrome DevTools protocol) of the atlas's main thread
// on the bench page during one phase (plain, draw, filter, focus or focusDim; default draw), with each function's self
// time and its total time (itself and what it called), to find where first draw, filter and focus spend it.
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { importCatalogue } from './bench-catalogue.mjs';
import { CHROMIUM_BASE_ARGS } from './chromium-args.mjs';

const size = ['survey', 'merged'].includes(process.argv[2]) ? process.argv[2] : Number(process.argv[2] ?? 10000);
const phase = process.argv[3] ?? 'draw';
const port = process.env.BENCH_PORT ?? '4174';
// BENCH_OUT: another build directory than the bench's, so a profile can be taken while `npm run bench` serves its own.
const outDir = process.env.BENCH_OUT ? ['--outDir', process.env.BENCH_OUT] : [];
// The merged graph: the survey with the Data Provenance Collection added, imported as `npm run bench` imports it.
const catalogue =
  size === 'merged' ? importCatalogue(process.env.BENCH_CATALOGUE ?? '../shared/catalogues/data-provenance-collection') : null;
if (
  spawnSync('npx', ['vite', 'build', '--config', 'vite.bench.config.ts', '--logLevel', 'warn', '--minify', 'false', ...outDir], {
    stdio: 'inherit',
  }).status !== 0
)
  process.exit(1);
const server = spawn(
  'npx',
  ['vite', 'preview', '--config', 'vite.bench.config.ts', '--host', '127.0.0.1', '--port', port, '--strictPort', ...outDir],
  { stdio: 'ignore', detached: true },
);
try {
  await new Promise((r) => setTimeout(r, 2500));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [...CHROMIUM_BASE_ARGS, '--disable-gpu'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (m) => console.log('page:', m.text()));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector('body[data-ready="true"]');
  if (catalogue) {
    await page.route('**/catalogue.json', (route) => route.fulfill({ body: catalogue, contentType: 'application/json' }));
    await page.evaluate(() => globalThis.loadCatalogue());
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  let profile = null;
  await page.exposeFunction('profileStart', async (p) => void (p === phase && (await cdp.send('Profiler.start'))));
  await page.exposeFunction('profileStop', async (p) => {
    if (p === phase && !profile) profile = (await cdp.send('Profiler.stop')).profile;
  });
  const result = await page.evaluate(([k, p]) => globalThis.runBench(k, { plain: p === 'plain' }), [size, phase]);
  console.log(JSON.stringify(result.phases));
  if (!profile) throw new Error(`bench-profile: no phase "${phase}"`);
  writeFileSync(`/tmp/profile-${size}-${phase}.cpuprofile`, JSON.stringify(profile));
  // Self time per node from the samples; total time adds each sample to every distinct function on its stack.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const self = new Map();
  const total = new Map();
  profile.samples.forEach((id, i) => {
    const t = (profile.timeDeltas[i] ?? 0) / 1000;
    const k = keyOf(byId.get(id));
    self.set(k, (self.get(k) ?? 0) + t);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = keyOf(byId.get(at));
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + t);
    }
  });
  const top = Number(process.env.TOP ?? 40);
  const print = (title, m) => {
    console.log(`\n${title}`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${v.toFixed(0).padStart(7)} ms  ${k}`);
  };
  print(`${phase} at ${size}: self time`, self);
  print(`${phase} at ${size}: total time`, total);
  await browser.close();
} finally {
  try {
    process.kill(-server.pid);
  } catch {
    /* gone */
  }
}
