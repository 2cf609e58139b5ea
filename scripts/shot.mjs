// Dev helper: screenshot the built web app (out/web, served by vite preview) at a query. Usage: node scripts/shot.mjs out.png "layout=timeline"
import { chromium } from 'playwright-core';
import { CHROMIUM_BASE_ARGS } from './chromium-args.mjs';
const [out = '/tmp/shot.png', query = '', w = '1400', h = '900'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [...CHROMIUM_BASE_ARGS, '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
await page.goto(`http://127.0.0.1:${process.env.PORT || 4173}/${query ? `?${query}` : ''}`);
await page.waitForSelector('[data-ready="true"]', { timeout: 20000 }).catch(() => console.error('not ready'));
await page.waitForTimeout(600);
await page.screenshot({ path: out });
await browser.close();
