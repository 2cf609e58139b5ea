// Licences along lineage (issue 13): the Commercial use facet, the colouring by it, and the details of one dataset.
import { expect, test } from '@playwright/test';
import { consoleErrors, drawnCount, openApp, screenshot } from './driver';

test('filters and colours datasets by commercial use, and explains what Code Alpaca inherits', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  const facet = page.getByRole('group', { name: 'Commercial use' });
  await expect(facet).toBeVisible();
  const conflict = facet.locator('label', { hasText: 'Conflict' });
  const count = Number(await conflict.locator('.count').textContent());
  expect(count).toBeGreaterThan(0);
  await conflict.getByRole('checkbox').check();
  await expect.poll(() => page.getByRole('status').textContent()).toMatch(new RegExp(`Showing ${count} `));

  await page.getByRole('combobox', { name: 'Colour datasets by' }).selectOption('licence');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-colour-by', 'licence');
  await expect(page.locator('.legend-licence[data-licence="conflict"]')).toHaveText(`Conflict (${count})`);
  expect(await drawnCount(page)).toBeGreaterThan(0);

  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox', { name: 'Search' }).fill('Code Alpaca');
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Licences along lineage' });
  await expect(details).toContainText('CC BY 4.0');
  await expect(details).toContainText('via text-davinci-003');
  await expect(details.locator('.conflicts')).toContainText('compete with OpenAI');
  await screenshot(page, 'licences');
  expect(consoleErrors(page)).toEqual([]);
});
