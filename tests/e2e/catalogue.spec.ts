// The wider catalogue (issue 12), end to end in web mode: the Data Provenance Collection checkout (the shared
// snapshot, read from ../shared, never copied) chosen as a folder, imported in the page's worker, its report shown,
// added as a layer; the layer counts, the Layer facet, and a merged survey dataset's claims from both sources.
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { drawnCount, screenshot } from './driver';

const SNAPSHOT = fileURLToPath(new URL('../../../shared/catalogues/data-provenance-collection', import.meta.url));
const loadAverage = () => loadavg()[0]!.toFixed(1);
const num = (s: string | null) => Number((s ?? '').replace(/,/g, '').match(/\d+/)?.[0]);

test('adds the Data Provenance Collection as a layer beside the survey, merged and counted', async ({ page }) => {
  test.setTimeout(600_000);
  // Alpaca's descendants, so the merged graph draws Alpaca's lineage rather than 3,000 nodes.
  // (As the driver's openApp, with the long waits a loaded 2-core machine needs for the lineage layout's engine.)
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./?layout=lineage&focus=alpaca&direction=descendants&depth=1');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
  const layers = page.getByRole('region', { name: 'Layers' });
  await expect(layers).toContainText('Survey: 48 datasets');
  const before = await drawnCount(page);

  // The dialog closes on Escape, like the app's other dialogs.
  const dialog = page.getByRole('dialog', { name: 'Add catalogue' });
  await layers.getByRole('button', { name: 'Add catalogue…' }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await layers.getByRole('button', { name: 'Add catalogue…' }).click();
  const t0 = Date.now();
  await page.getByLabel('Catalogue folder').setInputFiles(SNAPSHOT);
  const report = page.getByLabel('Import report');
  await expect(report).toBeVisible({ timeout: 300_000 });
  // The time the page measured (files chosen to report, and its parts) is printed for the README; the test's own
  // clock adds Playwright's upload of the 310 files.
  const entries = report.locator('[data-count="entries"]');
  const timing = JSON.parse((await entries.getAttribute('data-timing'))!) as { total: number };
  const upload = Date.now() - t0;
  // The graph file follows the report (the page asks for it once the report is shown).
  await expect(entries).toHaveAttribute('data-timing', /"fileAfter"/, { timeout: 120_000 });
  console.log(
    `catalogue import in the page (ms): ${await entries.getAttribute('data-timing')}; ${upload} with the upload; load ${loadAverage()}`,
  );
  expect(timing.total).toBeGreaterThan(0);
  const count = async (k: string) => num(await report.locator(`[data-count="${k}"]`).textContent());
  expect(await count('entries')).toBe(2511);
  expect(await count('issues')).toBe(0);
  expect(await count('merged')).toBe(23);
  expect(await count('proposed')).toBeGreaterThan(0);
  const created = (await report.locator('[data-count="created"]').textContent())!.replace(/,/g, '').match(/\d+/g)!.map(Number);
  // Its default action has the focus, and Tab keeps the focus inside the dialog; Enter adds the layer.
  const add = page.getByRole('button', { name: 'Add as layer' });
  await expect(add).toBeFocused();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
  }
  await add.focus();
  await page.keyboard.press('Enter');

  // The footer counts the layer's datasets: those it created (datasets and collections), the survey's it merged,
  // and the few other survey datasets its edges reach (the file holds them so that it stands alone).
  const dpc = page.getByRole('region', { name: 'Layers' }).locator('[data-layer-kind="dpc"]');
  await expect(dpc).toHaveText(/^Data Provenance Collection: [\d,]+ datasets \([\d,]+ nodes\)$/, { timeout: 120_000 });
  const inLayer = num(await dpc.textContent());
  expect(inLayer).toBeGreaterThanOrEqual(created[0]! + created[1]! + 23);
  expect(inLayer).toBeLessThan(created[0]! + created[1]! + 48);
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-ready', 'true', { timeout: 300_000 });
  // The Layer facet counts the same.
  const facet = page.getByRole('group', { name: 'Layer' });
  await expect(facet).toContainText('Survey');
  await expect(facet.locator('label', { hasText: 'Data Provenance Collection' }).locator('.count')).toHaveText(String(inLayer));
  // Alpaca's Collection descendants (Bactrian-X, Baize…) join its lineage.
  await expect.poll(() => drawnCount(page), { timeout: 120_000 }).toBeGreaterThan(before + 5);
  // The view is framed again, as opening a graph frames it: every drawn node on screen, and the drawing fills the
  // canvas's width or height (the merged lineage is wider than the survey's, which the old framing cut off).
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          // Every node drawn, by cytoscape or by its canvas layer (the canvas's drawnAt), on screen.
          const el = document.querySelector<
            HTMLElement & { cy?: { width(): number; height(): number }; drawnAt?(): { x: number; y: number }[] }
          >('[data-testid="canvas"]')!;
          const cy = el.cy!;
          const at = el.drawnAt!();
          const [xs, ys] = [at.map((p) => p.x), at.map((p) => p.y)];
          const b = { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys), w: 0, h: 0 };
          [b.w, b.h] = [b.x2 - b.x1, b.y2 - b.y1];
          const inside = b.x1 >= -2 && b.y1 >= -2 && b.x2 <= cy.width() + 2 && b.y2 <= cy.height() + 2;
          return inside && Math.max(b.w / cy.width(), b.h / cy.height()) > 0.5
            ? 'framed'
            : `not framed: ${JSON.stringify(b)} in ${cy.width()} x ${cy.height()}`;
        }),
      { timeout: 60_000 },
    )
    .toBe('framed');

  // Alpaca, merged: the survey's claims and the Collection's side by side, each with its source.
  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox', { name: 'Search' }).fill('Alpaca');
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Alpaca');
  const disputed = details.locator('.claims .disputed');
  await expect(disputed.first()).toBeVisible();
  await expect(disputed.first()).toContainText('Data Provenance Collection');
  expect(await disputed.first().locator('dd').count()).toBeGreaterThanOrEqual(2);
  // Its size agrees: the card's 52,002 instances and the Collection's 52,002 dialogs (what it counted, shown).
  const size = details.locator('.claims > div', { has: page.locator('dt', { hasText: /^Size/ }) });
  await expect(size).toContainText('52,002 instances (dialogs)');
  await expect(size).not.toHaveClass(/disputed/);
  await screenshot(page, 'catalogue-alpaca-descendants');
  expect(errors).toEqual([]);
});
