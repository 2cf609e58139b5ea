// Licences along lineage (issue 13): the Commercial use facet, the colouring by it (saved with the view and used by its
// figures), and the details of one dataset.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
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

test('colouring by licence is part of the view: saved, reopened, and exported with its legend', async ({ page }) => {
  test.slow(); // it composes a figure in the page and downloads it
  await openApp(page, 'layout=lineage&focus=alpaca');
  await page.getByRole('combobox', { name: 'Colour datasets by' }).selectOption('licence');
  await expect(page).toHaveURL(/colour=licence/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save view…' }).click();
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(saved).toMatchObject({ format: 'lineage-atlas/view', colourBy: 'licence', focus: 'alpaca', layout: 'lineage' });

  await page.goto('./');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-colour-by', 'kind');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open view…' }).click();
  await (await chooser).setFiles({ name: 'licence.view.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(saved)) });
  await expect(page.getByRole('combobox', { name: 'Colour datasets by' })).toHaveValue('licence');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-colour-by', 'licence');

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByTestId('figure-preview')).toBeVisible();
  const figure = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const svg = readFileSync(await (await figure).path(), 'utf8');
  // Alpaca declares CC BY-NC 4.0: its class is in the legend, and the datasets' kind is not.
  expect(svg).toMatch(/<g class="legend-licence" data-licence="non-commercial">/);
  expect(svg).not.toMatch(/<g class="legend-node" data-kind="dataset">/);
  expect(consoleErrors(page)).toEqual([]);
});
