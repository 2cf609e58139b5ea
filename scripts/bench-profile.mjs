// node scripts/bench-profile.mjs [size] [phase]: a CPU profile (Chrome DevTools protocol) of the atlas's main thread
// on the bench page, self time summed per function, to find where first draw, filter and focus spend it.
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const size = process.argv[2] === 'survey' ? 'survey' : Number(process.argv[2] ?? 10000);
const port = process.env.BENCH_PORT ?? '4174';
if (
  spawnSync('npx', ['vite', 'build', '--config', 'vite.bench.config.ts', '--logLevel', 'warn', '--minify', 'false'], { stdio: 'inherit' })
    .status !== 0
)
  process.exit(1);
const server = spawn(
  'npx',
  ['vite', 'preview', '--config', 'vite.bench.config.ts', '--host', '127.0.0.1', '--port', port, '--strictPort'],
  {
    stdio: 'ignore',
    detached: true,
  },
);
try {
  await new Promise((r) => setTimeout(r, 2500));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (m) => console.log('page:', m.text()));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector('body[data-ready="true"]');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await page.evaluate((k) => globalThis.runBench(k, { plain: false }), size);
  const { profile } = await cdp.send('Profiler.stop');
  console.log(JSON.stringify(result));
  writeFileSync(`/tmp/profile-${size}.cpuprofile`, JSON.stringify(profile));
  // Self time per node, from the samples and their time deltas.
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byFn = new Map();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + (self.get(n.id) ?? 0));
  }
  const top = [...byFn].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40));
  for (const [k, v] of top) console.log(`${v.toFixed(0).padStart(7)} ms  ${k}`);
  await browser.close();
} finally {
  try {
    process.kill(-server.pid);
  } catch {
    /* gone */
  }
}
