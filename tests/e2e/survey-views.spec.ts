// The survey's own artefacts as views, and everything about one dataset.
import { expect, test } from '@playwright/test';
import { openApp, screenshot } from './driver';

test('the table of datasets follows the filters, sorts, and shares the selection with the graph', async ({ page }) => {
  await openApp(page, 'show=table');
  const table = page.getByRole('table', { name: 'Datasets' });
  await expect(table).toBeVisible();
  const total = Number((await page.getByRole('status').textContent())!.match(/of (\d+)/)![1]);
  await expect(table.locator('tbody tr')).toHaveCount(total);
  // Follows the graph's filters.
  await page.getByRole('combobox', { name: 'Era' }).selectOption('task-aggregation');
  const shown = Number((await page.getByRole('status').textContent())!.match(/Showing (\d+)/)![1]);
  await expect(table.locator('tbody tr')).toHaveCount(shown);
  await page.getByRole('combobox', { name: 'Era' }).selectOption('all');
  // Sorts by a column, both ways.
  const header = table.getByRole('columnheader', { name: /Dataset/ });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const first = await table.locator('tbody tr th').first().textContent();
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  expect(await table.locator('tbody tr th').first().textContent()).not.toBe(first);
  // Filters by text, and selecting a row selects the node.
  await page.getByRole('searchbox', { name: 'Filter table' }).fill('ChatAlpaca');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await table.locator('tbody tr').first().click();
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('ChatAlpaca');
  await expect(table.locator('tbody tr').first()).toHaveAttribute('aria-selected', 'true');
  await screenshot(page, 'table');
  // And back: a node picked by search is the selected row.
  await page.getByRole('searchbox', { name: 'Filter table' }).fill('');
  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox', { name: 'Search' }).fill('Alpaca');
  await page.keyboard.press('Enter');
  await expect(table.locator('tr[aria-selected="true"] th')).toHaveText('Alpaca');
});

test("the details panel shows the survey's statements with their source, and the lineage with a depth control", async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox', { name: 'Search' }).fill('ChatAlpaca');
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('What the survey says');
  await expect(details).toContainText('Survey, Table 1');
  await expect(details).toContainText('Built from:');
  await expect(details.getByRole('button', { name: 'Alpaca', exact: true }).first()).toBeVisible();
  await details.getByRole('combobox', { name: 'Lineage depth' }).selectOption('1');
  await expect(page).toHaveURL(/depth=1/);
  await details.getByRole('button', { name: 'Alpaca', exact: true }).first().click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Alpaca');
  await screenshot(page, 'details-alpaca');
});

test('trace path to another dataset highlights the path on the canvas', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox', { name: 'Search' }).fill('ChatAlpaca');
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Details' });
  await details.getByRole('combobox', { name: 'Trace path to' }).selectOption({ label: 'Self-Instruct' });
  await expect(details).toContainText('The path is highlighted on the graph.');
  await expect.poll(async () => Number(await page.getByTestId('canvas').getAttribute('data-lineage'))).toBeGreaterThanOrEqual(3);
  await screenshot(page, 'trace-path');
});
