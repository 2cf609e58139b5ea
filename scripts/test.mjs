// npm test: unit tests (Vitest), then the built renderer end to end (Playwright, Chromium), then one total line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const step = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const readJson = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);

/** A Chromium for Playwright: $CHROMIUM_PATH, Debian's, or Playwright's own (downloaded if need be). */
async function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p) => p && existsSync(p));
  if (found) return found;
  const { chromium } = await import('playwright-core');
  if (existsSync(chromium.executablePath())) return chromium.executablePath();
  console.log("No Chromium found; downloading Playwright's own (npx playwright install chromium)...");
  if (step('npx', ['playwright', 'install', 'chromium']) === 0 && existsSync(chromium.executablePath())) return chromium.executablePath();
  return null;
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

// 1. Unit tests.
const unitStatus = step('npx', ['vitest', 'run']);
const unit = readJson('test-results/vitest.json');
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
}
if (unitStatus !== 0 && (!unit || unit.numFailedTests === 0)) broken = true;

// 2. End-to-end tests on the built renderer.
const chromium = await findChromium();
if (!chromium) {
  console.error(
    'No Chromium for the end-to-end tests, and Playwright could not download one. Install one: ' +
      '`sudo apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium binary.',
  );
  broken = true;
} else if (step('npx', ['electron-vite', 'build']) !== 0 || step('npx', ['vite', 'build', '--config', 'vite.web.config.ts']) !== 0) {
  console.error('The build failed; the end-to-end tests did not run.');
  broken = true;
} else {
  const e2eStatus = step('npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium });
  const e2e = readJson('test-results/playwright.json');
  if (e2e) {
    totals.passed += e2e.stats.expected + e2e.stats.flaky;
    totals.failed += e2e.stats.unexpected;
    totals.skipped += e2e.stats.skipped;
    for (const line of skippedWithReasons(e2e)) console.log(line);
  }
  if (e2eStatus !== 0 && (!e2e || e2e.stats.unexpected === 0)) broken = true;
}

if (broken) console.error('A test suite could not run to completion (see above).');
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || broken ? 1 : 0);

/** "skipped: <file> › <title>: <reason>" for each skipped Playwright test, from its skip annotation. */
function skippedWithReasons(report) {
  const out = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? [])
        if (t.status === 'skipped' || t.results?.every((r) => r.status === 'skipped')) {
          const reason = [...(t.annotations ?? []), ...(t.results ?? []).flatMap((r) => r.annotations ?? [])].find(
            (a) => a.type === 'skip',
          )?.description;
          out.push(`skipped: ${spec.file} › ${spec.title}: ${reason ?? 'no reason given'}`);
        }
    for (const s of suite.suites ?? []) walk(s);
  };
  for (const s of report.suites ?? []) walk(s);
  return out;
}
