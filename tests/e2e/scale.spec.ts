// Scale: a 10,000-node graph opened through the Open button, as a person does; the layout runs in a worker,
// so the page answers a search while it runs, and the time from choosing the file to the drawn graph is measured.
import { expect, type Page, test } from '@playwright/test';
import { syntheticGraph } from '../../bench/synthetic';
import { openApp, screenshot } from './driver';

const chooseFile = async (page: Page, name: string, text: string) => {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open graph…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
};

test('a 10,000-node graph file opens through the Open button and answers a search while its layout runs', async ({ page }) => {
  test.setTimeout(240_000);
  const file = syntheticGraph(10_000);
  const datasets = file.nodes.filter((n) => n.kind === 'dataset').length;
  await openApp(page);
  const t0 = Date.now();
  await chooseFile(page, 'synthetic-10k.json', JSON.stringify(file));
  const status = page.getByRole('status').filter({ hasText: 'datasets' });
  await expect(status).toHaveText(`Showing ${datasets} of ${datasets} datasets`, { timeout: 120_000 });
  await expect(page.getByText('synthetic-10k.json')).toBeVisible();
  const drawn = Date.now() - t0;
  // The force layout of 10,000 nodes takes many seconds in the worker; the page answers meanwhile.
  const progress = page.getByRole('progressbar', { name: 'Layout progress' });
  await expect(progress).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search' });
  const t1 = Date.now();
  await search.fill('Dataset 4242');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText('Dataset 4242');
  const answered = Date.now() - t1;
  await expect(progress).toBeVisible();
  await screenshot(page, 'scale-10k-search-while-layout');
  test.info().annotations.push({
    type: 'timing',
    description: `file to drawn graph with status line: ${drawn} ms; search answered in ${answered} ms while the layout ran`,
  });
  console.log(`scale: file to drawn graph with status line ${drawn} ms; search answered in ${answered} ms while the layout ran`);
  // Cancel stops the layout and leaves the graph drawn where it was. On a quiet machine the layout may have
  // finished by now: then there is nothing to cancel, and the finished layout is what is drawn.
  const cancel = page.getByRole('button', { name: 'Cancel' });
  const stillRunning = await cancel.click({ timeout: 2_000 }).then(
    () => true,
    () => false,
  );
  await expect(progress).toHaveCount(0, { timeout: 120_000 });
  if (stillRunning) await expect(page.getByText('force layout cancelled')).toBeVisible();
  await expect(status).toHaveText(`Showing ${datasets} of ${datasets} datasets`);
});
