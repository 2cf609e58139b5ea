// npm run bench: time to first draw and to apply a filter, the atlas's canvas path beside plain cytoscape,
// on synthetic graphs of 1,000 and 5,000 nodes, in headless Chromium, in the same run (so noise hits both).
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const sizes = (process.argv[2] ?? 'survey,1000,5000').split(',').map((s) => (s === 'survey' ? s : Number(s)));
const repeats = Number(process.argv[3] ?? 3);
if (spawnSync('npx', ['vite', 'build', '--config', 'vite.bench.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const server = spawn('npx', ['vite', 'preview', '--config', 'vite.bench.config.ts', '--host', '127.0.0.1', '--port', '4174', '--strictPort'], { stdio: 'ignore', detached: true });
const stop = () => { try { process.kill(-server.pid); } catch { /* already gone */ } };
try {
  await new Promise((r) => setTimeout(r, 2500));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (process.env.BENCH_DEBUG) page.on('console', (m) => console.log('page:', m.text()));
  await page.goto('http://127.0.0.1:4174/');
  await page.waitForSelector('body[data-ready="true"]');
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ms = (x) => `${x.toFixed(0)} ms`.padStart(9);
  console.log(`median of ${repeats} runs, ms          nodes   edges    load  layout | first draw: plain   atlas | filter: plain   atlas`);
  for (const n of sizes) {
    const runs = [];
    for (let i = 0; i < repeats; i++) runs.push(await page.evaluate((k) => globalThis.runBench(k), n));
    const m = (key) => median(runs.map((r) => r[key]));
    console.log(
      `${n === 'survey' ? 'survey graph (built in)' : 'synthetic              '}           ${String(runs[0].n).padStart(6)} ${String(runs[0].edges).padStart(7)} ${ms(m('load'))}${ms(m('layout'))} |            ${ms(m('plainDraw'))}${ms(m('atlasDraw'))} |        ${ms(m('plainFilter'))}${ms(m('atlasFilter'))}`,
    );
  }
  await browser.close();
} finally {
  stop();
}
