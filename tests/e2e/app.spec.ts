import { expect, test } from '@playwright/test';
import { consoleErrors, drawnCount, openApp, screenshot } from './driver';

test('opens on the survey graph and draws it', async ({ page }) => {
  await openApp(page);
  const graph = page.getByRole('region', { name: 'Graph' });
  await expect(graph).toBeVisible();
  // The canvas draws the built-in graph: dozens of nodes, and a status line that counts the datasets.
  expect(await drawnCount(page)).toBeGreaterThan(20);
  await expect(page.getByRole('status')).toHaveText(
    /^Showing (\d+) of \1 datasets( · \d+ undated \(in the “undated” gutter of the time layouts\))?$/,
  );
  // cytoscape paints on canvases inside the region; the frame is not blank.
  const png = await graph.screenshot();
  expect(png.byteLength).toBeGreaterThan(20_000);
  await screenshot(page, 'app-default');
  expect(consoleErrors(page)).toEqual([]);
});
