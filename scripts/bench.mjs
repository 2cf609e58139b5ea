// npm run bench [sizes] [repeats]: the atlas beside plain cytoscape in headless Chromium, in one run (so the machine's
// noise hits both). Sizes: `survey` (the built-in graph), `merged` (the survey with the Data Provenance Collection added
// as a layer: `npm run import -- dpi` over ../shared/catalogues/data-provenance-collection, written to a temporary
// file, never into the repository) and synthetic node counts; by default survey,merged,3000,10000,50000. Each row:
// load, force layout in the worker, first draw (atlas and plain), the labels' frame, filter, search, focus, the
// longest main-thread task and the heap. Then cytoscape's WebGL renderer beside its canvas renderer on this
// machine's software GL (BENCH_WEBGL_SIZES, default 10000,50000; BENCH_WEBGL=0 skips it).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { importCatalogue } from './bench-catalogue.mjs';
import { CHROMIUM_BASE_ARGS } from './chromium-args.mjs';

const parse = (s) => (s === 'survey' || s === 'merged' ? s : Number(s));
const sizes = (process.argv[2] ?? 'survey,merged,3000,10000,50000').split(',').map(parse);
const repeatsArg = process.argv[3] ? Number(process.argv[3]) : undefined;
const repeatsFor = (n) => repeatsArg ?? (n === 'survey' || n === 'merged' || n <= 5000 ? 3 : 1);
/** Above this many drawn nodes the force layout is not run (a 50,000-node force layout takes many minutes here). */
const layoutUpTo = Number(process.env.BENCH_LAYOUT_UP_TO ?? 12000);
/** BENCH_SINGLE=1: every scene in the one cytoscape instance, as before canvas/stage's small instance (to compare). */
const single = process.env.BENCH_SINGLE === '1';
/** BENCH_NO_LAYER=1: every element drawn by cytoscape, as before canvas/layer (to compare). */
const noLayer = process.env.BENCH_NO_LAYER === '1';
/** BENCH_NO_REHEARSAL=1: no small scene drawn ahead in the small instance, as before canvas/stage rehearse (to compare). */
const noRehearsal = process.env.BENCH_NO_REHEARSAL === '1';
const webglSizes = (process.env.BENCH_WEBGL_SIZES ?? '10000,50000').split(',').map(parse);
const port = process.env.BENCH_PORT ?? '4174';
const CATALOGUE = process.env.BENCH_CATALOGUE ?? '../shared/catalogues/data-provenance-collection';
if (spawnSync('npx', ['vite', 'build', '--config', 'vite.bench.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' }).status !== 0)
  process.exit(1);

const catalogue = sizes.includes('merged') ? importCatalogue(CATALOGUE) : null;

const server = spawn(
  'npx',
  ['vite', 'preview', '--config', 'vite.bench.config.ts', '--host', '127.0.0.1', '--port', port, '--strictPort'],
  { stdio: 'ignore', detached: true },
);
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {
    /* already gone */
  }
};
/** CPU ms of the last run's phases (plain, draw, labels, filter, focus, focusDim), filled by the page's hooks. */
const cpu = new Map();
// The heap is read after a full garbage collection (bench/main.ts `heap`): what the page keeps, not what it has yet to collect.
const baseArgs = [...CHROMIUM_BASE_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'];

async function page(args) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: [...baseArgs, ...args] });
  const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (process.env.BENCH_DEBUG) p.on('console', (m) => console.log('page:', m.text()));
  await p.goto(`http://127.0.0.1:${port}/`);
  await p.waitForSelector('body[data-ready="true"]');
  if (catalogue) {
    // Served to the page, which fetches it (bench/main.ts loadCatalogue).
    await p.route('**/catalogue.json', (route) => route.fulfill({ body: catalogue, contentType: 'application/json' }));
    await p.evaluate(() => globalThis.loadCatalogue());
  }
  // The page's main thread's CPU time in each phase (Chrome's ThreadTime): on a loaded machine wall times stretch
  // with the wait for a core, CPU time much less, so atlas against plain in CPU time is the steadier ratio.
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('Performance.enable');
  const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
  const started = new Map();
  await p.exposeFunction('profileStart', async (phase) => void started.set(phase, await threadTime()));
  await p.exposeFunction('profileStop', async (phase) => void cpu.set(phase, (await threadTime()) - started.get(phase)));
  return { browser, page: p };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (Number.isNaN(x) ? '—' : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);
const ratio = (a, b) => (Number.isNaN(a) || Number.isNaN(b) || b === 0 ? '—' : `${(a / b).toFixed(2)}`);
const nameOf = (n) => (n === 'survey' ? 'survey (built in)' : n === 'merged' ? 'survey + Data Provenance Collection' : `synthetic ${n}`);
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

const started = Date.now();
try {
  await new Promise((r) => setTimeout(r, 2500));
  const { browser, page: p } = await page(['--disable-gpu']);
  console.log(`load average at the start: ${load()}`);
  // BENCH_HIDE=1: only the ways of hiding a filter's left-out elements from the big instance, each on a fresh one.
  if (process.env.BENCH_HIDE === '1') {
    const hideHead = [
      'graph',
      'filter',
      'method',
      'hidden',
      'kept',
      'filter painted',
      'longest task',
      'back painted',
      'longest task',
      'load avg',
    ];
    console.log(`\n| ${hideHead.join(' | ')} |\n|${hideHead.map(() => '---').join('|')}|`);
    const methods = process.env.BENCH_HIDE_METHODS?.split(',');
    for (const n of sizes)
      for (let i = 0; i < (repeatsArg ?? 1); i++) {
        const rows = await p.evaluate(([k, m]) => globalThis.runHideBench(k, m), [n, methods]);
        for (const r of rows)
          console.log(
            `| ${[nameOf(n), r.filter, r.method, r.hidden, r.kept, ms(r.hide), ms(r.hideLongest), ms(r.back), ms(r.backLongest), load()].join(' | ')} |`,
          );
      }
    await browser.close();
    console.log(`\nload average at the end: ${load()}; bench took ${((Date.now() - started) / 1000).toFixed(0)} s`);
    stop();
    process.exit(0);
  }
  const head = [
    'graph',
    'nodes',
    'edges',
    'drawn',
    'load',
    'layout (worker)',
    'first draw: plain',
    'atlas',
    'ratio',
    'CPU: plain',
    'atlas',
    'ratio',
    'labels',
    'filter: plain',
    'atlas',
    'ratio',
    'plain, result only',
    'search',
    'focus',
    'focus, rest dimmed',
    'longest task',
    'after load',
    'heap',
    'load avg',
  ];
  console.log(`\n| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
  // Each row is printed as soon as it is measured, so a run stopped early still reports what it has.
  // BENCH_WEBGL_ONLY=1: no main rows, only the WebGL comparison below.
  /** The pan table's rows, printed after the main table. */
  const pans = [];
  const rowSizes = process.env.BENCH_WEBGL_ONLY === '1' ? [] : sizes;
  for (const [at, n] of rowSizes.entries()) {
    const runs = [];
    for (let i = 0; i < repeatsFor(n); i++) {
      cpu.clear();
      const r = await p.evaluate(
        ([k, upTo, s1, s2, s3]) => globalThis.runBench(k, { layoutUpTo: upTo, single: s1, noLayer: s2, noRehearsal: s3 }),
        [n, layoutUpTo, single, noLayer, noRehearsal],
      );
      runs.push({ ...r, cpuPlain: cpu.get('plain') ?? NaN, cpuDraw: cpu.get('draw') ?? NaN, cpu: Object.fromEntries(cpu) });
    }
    // The catalogue's text (a 16.6 MB file) is the bench's input, not the atlas's: let go of once no
    // later row needs it, so that the rows after it (10,000 and 50,000 nodes) report the atlas's heap alone.
    if (n === 'merged' && !rowSizes.slice(at + 1).includes('merged')) await p.evaluate(() => globalThis.dropCatalogue());
    const m = (key) => median(runs.map((r) => r[key]));
    // BENCH_PHASES=1: each run's phases, and the main thread's CPU time in each (ms).
    if (process.env.BENCH_PHASES) for (const r of runs) console.log(JSON.stringify({ ...r.phases, cpu: r.cpu }));
    const r0 = runs[0];
    const name = `${nameOf(n)}${runs.length > 1 ? ` (median of ${runs.length})` : ''}`;
    const cells = [
      name,
      r0.n,
      r0.edges,
      `${r0.drawnNodes} + ${r0.drawnEdges}`,
      ms(m('load')),
      Number.isNaN(r0.layout) ? 'not run (grid)' : ms(m('layout')),
      ms(m('plainDraw')),
      ms(m('atlasDraw')),
      ratio(m('atlasDraw'), m('plainDraw')),
      ms(m('cpuPlain')),
      ms(m('cpuDraw')),
      ratio(m('cpuDraw'), m('cpuPlain')),
      ms(m('labels')),
      ms(m('plainFilter')),
      ms(m('atlasFilter')),
      ratio(m('atlasFilter'), m('plainFilter')),
      ms(m('plainResult')),
      ms(m('search')),
      ms(m('focus')),
      ms(m('focusDim')),
      ms(m('longest')),
      ms(m('longAfterLoad')),
      `${m('heapTotalMB').toFixed(0)} MB`,
      load(),
    ];
    console.log(`| ${cells.join(' | ')} |`);
    const pan = (key, part) => median(runs.map((r) => r[key][part]));
    pans.push(
      `| ${name} | ${['panEvery', 'panRest'].map((k) => `${ms(pan(k, 'frame'))} | ${ms(pan(k, 'longest'))} | ${ms(pan(k, 'placed'))}`).join(' | ')} |`,
    );
  }
  await browser.close();
  if (pans.length) {
    console.log('\nA pan of 30 frames over the whole graph (6 px a frame), the label pass following each frame (as before) or at rest');
    console.log("(canvas/relabel: each frame where a pass fits in one, else once the view has rested): the frames' mean");
    console.log('interval and the longest main-thread task while it moves, and when the labels are placed after the last move.\n');
    console.log('| graph | every frame: frame | longest task | labels placed | at rest: frame | longest task | labels placed |');
    console.log('|---|---|---|---|---|---|---|');
    for (const row of pans) console.log(row);
  }

  // cytoscape's WebGL renderer (3.31+) beside its canvas renderer, on this machine's software GL (SwiftShader).
  const WEBGL_LIMIT_S = Number(process.env.BENCH_WEBGL_LIMIT_S ?? 600);
  if (process.env.BENCH_WEBGL === '0') console.log('\nWebGL renderer: skipped (BENCH_WEBGL=0)');
  else {
    let b = null;
    const limit = setTimeout(() => void b?.close(), WEBGL_LIMIT_S * 1000);
    try {
      const opened = await page(['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist']);
      b = opened.browser;
      const q = opened.page;
      const gl = await q.evaluate(() => !!globalThis.document.createElement('canvas').getContext('webgl2'));
      if (!gl) console.log('\nWebGL renderer: no WebGL2 context in this Chromium, even on SwiftShader');
      else {
        console.log(`\nWebGL renderer against the canvas renderer, SwiftShader (software GL), load average ${load()}:`);
        console.log(
          '| graph | first draw: canvas | WebGL | filter: canvas | WebGL | focus, rest dimmed: canvas | WebGL | longest task after load: canvas | WebGL |',
        );
        console.log('|---|---|---|---|---|---|---|---|---|');
        for (const n of webglSizes) {
          const opts = { plain: false, layoutUpTo: 0 };
          const c = await q.evaluate(([k, o]) => globalThis.runBench(k, o), [n, opts]);
          const w = await q.evaluate(([k, o]) => globalThis.runBench(k, { ...o, webgl: true }), [n, opts]);
          const pair = (key) => `${ms(c[key])} | ${ms(w[key])}`;
          console.log(`| ${nameOf(n)} | ${pair('atlasDraw')} | ${pair('atlasFilter')} | ${pair('focusDim')} | ${pair('longAfterLoad')} |`);
        }
      }
      await b.close();
    } catch (e) {
      console.log(`\nWebGL renderer: could not be measured (${e.message.split('\n')[0]}; the phase ends after ${WEBGL_LIMIT_S} s)`);
    } finally {
      clearTimeout(limit);
    }
  }
  console.log(`\nload average at the end: ${load()}; bench took ${((Date.now() - started) / 1000).toFixed(0)} s`);
} finally {
  stop();
}
