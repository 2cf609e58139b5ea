import { expect, type Page, test } from '@playwright/test';
import { consoleErrors, drawnCount, openApp, screenshot } from './driver';

const shownDatasets = async (page: Page) => Number((await page.getByRole('status').textContent())!.match(/Showing (\d+) of/)![1]);
const totalDatasets = async (page: Page) => Number((await page.getByRole('status').textContent())!.match(/of (\d+) datasets/)![1]);

test('the era select filters by generation and lives in the URL (reload, back, forward)', async ({ page }) => {
  await openApp(page);
  const total = await totalDatasets(page);
  await page.getByRole('combobox', { name: 'Era' }).selectOption('task-aggregation');
  await expect(page).toHaveURL(/era=task-aggregation/);
  const earlier = await shownDatasets(page);
  expect(earlier).toBeGreaterThan(0);
  expect(earlier).toBeLessThan(total);
  await page.reload();
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('combobox', { name: 'Era' })).toHaveValue('task-aggregation');
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^${`Showing ${earlier} of ${total} datasets`}`));
  await page.goBack();
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^${`Showing ${total} of ${total} datasets`}`));
  await page.goForward();
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^${`Showing ${earlier} of ${total} datasets`}`));
});

test("a facet value filters with the count it shows; hidden or dimmed is the user's choice", async ({ page }) => {
  await openApp(page);
  const before = await drawnCount(page);
  const modality = page.getByRole('group', { name: 'Modality' });
  const image = modality.getByRole('checkbox', { name: /^image/ });
  const expected = Number(
    await modality
      .locator('label')
      .filter({ has: page.getByRole('checkbox', { name: /^image/ }) })
      .locator('.count')
      .textContent(),
  );
  expect(expected).toBeGreaterThan(0);
  await image.check();
  await expect(page).toHaveURL(/f\.modality=image/);
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^Showing ${expected} of`));
  await expect.poll(() => drawnCount(page)).toBeLessThan(before);
  await screenshot(page, 'facet-image');
  await page.getByRole('combobox', { name: 'Filtered out' }).selectOption('dim');
  await expect.poll(() => drawnCount(page)).toBe(before);
  await screenshot(page, 'facet-image-dimmed');
});

test('search (Ctrl+K) finds a dataset fuzzily; Enter selects it and opens its details', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Control+k');
  const search = page.getByRole('searchbox', { name: 'Search' });
  await expect(search).toBeFocused();
  await search.fill('chatalpca');
  await expect(page.getByRole('option').first()).toContainText('ChatAlpaca');
  await search.press('Enter');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('ChatAlpaca');
  await expect(details).toContainText('Alpaca');
  await screenshot(page, 'search-chatalpaca');
});

test('lineage focus shows a lineage alone, or highlighted among the rest, and lives in the URL', async ({ page }) => {
  await openApp(page);
  const before = await drawnCount(page);
  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox', { name: 'Search' }).fill('ChatAlpaca');
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: 'Details' }).getByRole('button', { name: 'Focus lineage' }).click();
  await expect(page).toHaveURL(/focus=chatalpaca/);
  // alone: ChatAlpaca, Alpaca, Self-Instruct and its seed tasks, with the techniques and models joined to them
  await expect.poll(() => drawnCount(page)).toBeLessThan(before / 2);
  expect(await drawnCount(page)).toBeGreaterThanOrEqual(4);
  const bar = page.getByRole('group', { name: 'Subject' });
  await expect(bar).toContainText('the lineage of ChatAlpaca');
  await screenshot(page, 'lineage-chatalpaca');
  await bar.getByRole('checkbox', { name: 'Show the rest dimmed' }).check();
  await expect(page).toHaveURL(/context=dim/);
  await expect.poll(() => drawnCount(page)).toBe(before);
  // ChatAlpaca, Alpaca, Self-Instruct's seed tasks and Self-Instruct, whose method Alpaca follows: a lineage follows method reuse.
  await expect.poll(async () => Number(await page.getByTestId('canvas').getAttribute('data-lineage'))).toBeGreaterThanOrEqual(4);
  await screenshot(page, 'lineage-chatalpaca-dimmed');
  await bar.getByRole('button', { name: 'Show everything' }).click();
  await expect(page).not.toHaveURL(/focus=/);
  await expect.poll(() => drawnCount(page)).toBe(before);
});

test('the timeline layout draws a year axis with the InstructGPT watershed', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Layout' }).selectOption('timeline');
  await expect(page).toHaveURL(/layout=timeline/);
  const axis = page.getByTestId('time-axis');
  await expect(axis).toContainText('InstructGPT (2022-03)');
  await expect(axis).toContainText('2023');
  await screenshot(page, 'timeline');
});

test('the From and To range inputs narrow the release months', async ({ page }) => {
  await openApp(page);
  const total = await totalDatasets(page);
  const timeline = page.getByRole('group', { name: 'Timeline' });
  const to = timeline.getByRole('slider', { name: 'To' });
  await to.focus();
  for (let i = 0; i < 2; i++) await to.press('ArrowLeft');
  await expect(page).toHaveURL(/to=\d{4}-\d{2}/);
  expect(await shownDatasets(page)).toBeLessThan(total);
  const from = timeline.getByRole('slider', { name: 'From' });
  await from.focus();
  await from.press('ArrowRight');
  await expect(page).toHaveURL(/from=\d{4}-\d{2}/);
});

test('the dark theme applies to the whole window and persists in the URL', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page).toHaveURL(/theme=dark/);
  await expect(page.locator('.app')).toHaveAttribute('data-theme', 'dark');
  await screenshot(page, 'dark');
  expect(consoleErrors(page)).toEqual([]);
});

test('the zoom buttons zoom in and out by a step and fit the graph again, from the keyboard too', async ({ page }) => {
  await openApp(page);
  const zoom = async () => Number(await page.getByTestId('canvas').getAttribute('data-zoom'));
  await page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: 'Fit' }).click();
  const zoomGroup = page.getByRole('group', { name: 'Zoom' });
  const fitted = await zoom();
  await zoomGroup.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(zoom).toBeCloseTo(fitted * 1.25, 4);
  await zoomGroup.getByRole('button', { name: 'Zoom out' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect.poll(zoom).toBeCloseTo(fitted / 1.25, 4);
  await zoomGroup.getByRole('button', { name: 'Fit' }).click();
  await expect.poll(zoom).toBeCloseTo(fitted, 4);
});
