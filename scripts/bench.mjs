// npm run bench [sizes] [repeats]: the atlas beside plain cytoscape on the survey graph and synthetic graphs (by
// default 3,000 nodes standing in for the merged catalogue, 10,000 and 50,000), in headless Chromium, in one run
// (so the machine's noise hits both): load, force layout in the worker, first draw, filter, search, focus, the
// longest main-thread task and the heap; then cytoscape's WebGL renderer at 3,000 nodes on software rendering.
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_BASE_ARGS } from './chromium-args.mjs';

const sizes = (process.argv[2] ?? 'survey,3000,10000,50000').split(',').map((s) => (s === 'survey' ? s : Number(s)));
const repeatsArg = process.argv[3] ? Number(process.argv[3]) : undefined;
const repeatsFor = (n) => repeatsArg ?? (n === 'survey' || n <= 5000 ? 3 : 1);
const port = process.env.BENCH_PORT ?? '4174';
if (spawnSync('npx', ['vite', 'build', '--config', 'vite.bench.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' }).status !== 0)
  process.exit(1);
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
const baseArgs = [...CHROMIUM_BASE_ARGS, '--enable-precise-memory-info'];

async function page(args) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: [...baseArgs, ...args] });
  const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (process.env.BENCH_DEBUG) p.on('console', (m) => console.log('page:', m.text()));
  await p.goto(`http://127.0.0.1:${port}/`);
  await p.waitForSelector('body[data-ready="true"]');
  return { browser, page: p };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (Number.isNaN(x) ? '—' : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);
const ratio = (a, b) => (Number.isNaN(a) || Number.isNaN(b) || b === 0 ? '—' : `${(a / b).toFixed(2)}`);

const started = Date.now();
try {
  await new Promise((r) => setTimeout(r, 2500));
  const { browser, page: p } = await page(['--disable-gpu']);
  const head = [
    'graph',
    'nodes',
    'edges',
    'load',
    'layout (worker)',
    'first draw: plain',
    'atlas',
    'ratio',
    'filter: plain',
    'atlas',
    'ratio',
    'search',
    'focus',
    'longest task',
    'after load',
    'heap',
  ];
  console.log(`\n| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
  // Each row is printed as soon as it is measured, so a run stopped early still reports what it has.
  for (const n of sizes) {
    const runs = [];
    for (let i = 0; i < repeatsFor(n); i++) runs.push(await p.evaluate((k) => globalThis.runBench(k), n));
    const m = (key) => median(runs.map((r) => r[key]));
    if (process.env.BENCH_PHASES) for (const r of runs) console.log(JSON.stringify(r.phases));
    const name = `${n === 'survey' ? 'survey (built in)' : `synthetic ${n}`}${runs.length > 1 ? ` (median of ${runs.length})` : ''}`;
    console.log(
      `| ${name} | ${runs[0].n} | ${runs[0].edges} | ${ms(m('load'))} | ${ms(m('layout'))} | ${ms(m('plainDraw'))} | ${ms(m('atlasDraw'))} | ${ratio(m('atlasDraw'), m('plainDraw'))} | ${ms(m('plainFilter'))} | ${ms(m('atlasFilter'))} | ${ratio(m('atlasFilter'), m('plainFilter'))} | ${ms(m('search'))} | ${ms(m('focus'))} | ${ms(m('longest'))} | ${ms(m('longAfterLoad'))} | ${m('heapTotalMB').toFixed(0)} MB |`,
    );
  }
  await browser.close();

  // cytoscape's WebGL renderer (3.31+), on this machine's software GL (SwiftShader): first draw at 3,000 nodes.
  let webgl = null;
  let b = null;
  const WEBGL_LIMIT_S = 120;
  const limit = setTimeout(() => void b?.close(), WEBGL_LIMIT_S * 1000);
  if (process.env.BENCH_WEBGL === '0') webgl = 'skipped';
  else
    try {
      const opened = await page(['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist']);
      b = opened.browser;
      const q = opened.page;
      const gl = await q.evaluate(() => !!globalThis.document.createElement('canvas').getContext('webgl2'));
      const canvas = await q.evaluate(() => globalThis.runBench(3000, { plain: false }));
      console.log(`\nWebGL phase: canvas renderer at 3,000 nodes in the SwiftShader browser: first draw ${ms(canvas.atlasDraw)}`);
      const wgl = gl ? await q.evaluate(() => globalThis.runBench(3000, { plain: false, webgl: true })) : null;
      webgl = { gl, canvas, wgl };
      await b.close();
    } catch (e) {
      webgl = { error: `${e.message.split('\n')[0]} (the phase is ended after ${WEBGL_LIMIT_S} s)` };
    } finally {
      clearTimeout(limit);
    }

  if (webgl === 'skipped') console.log('\nWebGL renderer: skipped (BENCH_WEBGL=0)');
  else if (webgl?.error) console.log(`\nWebGL renderer: could not be measured (${webgl.error})`);
  else if (!webgl.gl) console.log('\nWebGL renderer: no WebGL2 context in this Chromium, even on SwiftShader');
  else
    console.log(
      `\nWebGL renderer (SwiftShader), 3,000 nodes: first draw ${ms(webgl.wgl.atlasDraw)} against ${ms(webgl.canvas.atlasDraw)} on canvas (ratio ${ratio(webgl.wgl.atlasDraw, webgl.canvas.atlasDraw)}); filter ${ms(webgl.wgl.atlasFilter)} against ${ms(webgl.canvas.atlasFilter)}; focus ${ms(webgl.wgl.focus)} against ${ms(webgl.canvas.focus)}`,
    );
  console.log(`\nbench took ${((Date.now() - started) / 1000).toFixed(0)} s`);
} finally {
  stop();
}
