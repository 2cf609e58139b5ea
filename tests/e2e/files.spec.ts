// Web mode's file handling: open with a file input, save as downloads, drop onto the window.
import { expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { miniText } from '../fixtures/mini';
import { openApp, screenshot } from './driver';

const chooseFile = async (page: Page, button: string, name: string, text: string) => {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
};

/** Drops a file on the window, as a person drags one from their file manager. */
const dropFile = async (page: Page, name: string, text: string, type: string) => {
  const transfer = await page.evaluateHandle(
    ([n, t, m]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], n, { type: m }));
      return dt;
    },
    [name, text, type] as const,
  );
  await page.dispatchEvent('.graph', 'drop', { dataTransfer: transfer });
};

test('a broken graph file opens an error naming the file, field and expectation; the graph stays', async ({ page }) => {
  await openApp(page);
  const status = await page.getByRole('status').textContent();
  await chooseFile(page, 'Open graph…', 'broken.json', miniText().replace('"2023-03-13"', '"last spring"'));
  const dialog = page.getByRole('alertdialog', { name: 'broken.json could not be opened' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('broken.json: nodes[1] (alpaca).released[0].value: a date as YYYY-MM or YYYY-MM-DD');
  await screenshot(page, 'open-broken-file');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('status')).toHaveText(status!);
});

test('a valid graph file replaces the graph', async ({ page }) => {
  await openApp(page);
  await chooseFile(page, 'Open graph…', 'mini.json', miniText());
  await expect(page.getByRole('status')).toHaveText('Showing 6 of 6 datasets');
  await expect(page.getByText('mini.json')).toBeVisible();
});

test('a saved view reopens exactly: filters, era, focus, layout, zoom and pan', async ({ page }) => {
  await openApp(page, 'era=instructgpt&f.modality=text&layout=timeline&focus=alpaca&depth=2');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save view…' }).click();
  const file = await (await download).path();
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved).toMatchObject({
    format: 'lineage-atlas/view',
    filter: { era: 'instructgpt', facets: { modality: ['text'] } },
    layout: 'timeline',
    focus: 'alpaca',
    depth: 2,
  });
  expect(saved.viewport.zoom).toBeGreaterThan(0);

  await page.goto('./');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-ready', 'true');
  await chooseFile(page, 'Open view…', 'x.view.json', JSON.stringify({ ...saved, viewport: { zoom: 0.5, pan: { x: 40, y: 30 } } }));
  await expect(page).toHaveURL(/era=instructgpt.*f\.modality=text.*focus=alpaca.*depth=2.*layout=timeline/);
  await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('timeline');
});

test('dropping a view file on the window opens it', async ({ page }) => {
  await openApp(page);
  await dropFile(page, 'dropped.view.json', JSON.stringify({ layout: 'timeline', theme: 'dark' }), 'application/json');
  await expect(page).toHaveURL(/layout=timeline/);
  await expect(page.locator('.app')).toHaveAttribute('data-theme', 'dark');
});

test('the export dialog previews the figure and downloads SVG and PNG', async ({ page }) => {
  await openApp(page, 'layout=timeline');
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByTestId('figure-preview')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Fine-tuning datasets by release');
  await dialog.getByRole('combobox', { name: 'Size' }).selectOption('double');
  await screenshot(page, 'export-dialog');
  let download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const svg = readFileSync(await (await download).path(), 'utf8');
  expect(svg).toMatch(/<svg [^>]*width="7.16in"/);
  expect(svg).toContain('Fine-tuning datasets by release');

  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption('png');
  await dialog.getByRole('combobox', { name: 'Resolution' }).selectOption('150');
  download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const png = readFileSync(await (await download).path());
  expect(png.readUInt32BE(16)).toBe(Math.round(3.5 * 150));

  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption('gexf');
  download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toContain('<gexf version="1.3"');
});
