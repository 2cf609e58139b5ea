// One scene for canvas and figure: a view with a traced path, opened from the URL, exported as SVG through the
// Export dialog; the figure draws exactly the canvas's nodes (techniques and models as marks) and highlight.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { FIGURE_THEMES } from '../../src/style/palette';
import { consoleErrors, openApp } from './driver';

/** Every built-in node's kind, read from the graph files the app bundles. */
const kinds = (): Map<string, string> => {
  const dir = new URL('../../graph-data/', import.meta.url);
  const out = new Map<string, string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json') && n !== 'graph.schema.json'))
    for (const n of JSON.parse(readFileSync(new URL(f, dir), 'utf8')).nodes ?? []) out.set(n.id, n.kind);
  return out;
};

const ids = (attr: string | null) => (attr ? attr.split(' ').filter(Boolean).sort() : []);

test('the exported figure holds exactly the canvas’s drawn nodes and highlight for a traced path', async ({ page }) => {
  test.slow(); // it composes a figure in the page and downloads it: 38 s on a loaded 2-core machine
  await openApp(page, 'layout=timeline&trace=self-instruct,chatalpaca');
  const canvas = page.getByTestId('canvas');
  await expect(canvas).toHaveAttribute('data-highlight', /chatalpaca/);
  const drawn = ids(await canvas.getAttribute('data-drawn'));
  const highlight = ids(await canvas.getAttribute('data-highlight'));
  expect(highlight).toEqual(expect.arrayContaining(['self-instruct', 'alpaca', 'chatalpaca']));
  expect(drawn).toEqual(expect.arrayContaining(highlight));
  expect(Number(await canvas.getAttribute('data-nodes'))).toBe(drawn.length);

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByTestId('figure-preview')).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Export/ }).click();
  const svg = readFileSync(await (await download).path(), 'utf8');

  // Read the figure as a browser does: each node a <g class="node" data-id>, the highlighted ones ringed in the
  // figure theme's focus colour (the theme is in the figure's metadata).
  const figure = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const meta = JSON.parse(doc.getElementById('lineage-atlas-view')!.textContent!);
    const nodes = [...doc.querySelectorAll('g.node[data-id]')].map((g) => ({
      id: g.getAttribute('data-id')!,
      stroke: g.firstElementChild!.getAttribute('stroke'),
    }));
    return { theme: meta.options.theme as string, trace: meta.view.trace, nodes };
  }, svg);
  expect(figure.trace).toEqual({ from: 'self-instruct', to: 'chatalpaca' });
  const focus = FIGURE_THEMES[figure.theme as keyof typeof FIGURE_THEMES].focus;
  const svgNodes = figure.nodes.map((n) => n.id).sort();
  const svgHighlight = figure.nodes
    .filter((n) => n.stroke === focus)
    .map((n) => n.id)
    .sort();

  // Techniques and models are drawn as short tags under the datasets that use them, not as nodes.
  const kind = kinds();
  const asMarks = drawn.filter((id) => ['technique', 'model'].includes(kind.get(id)!));
  expect(asMarks.length).toBeGreaterThan(0);
  expect(svgNodes).toEqual(drawn.filter((id) => !asMarks.includes(id)));
  expect(svgHighlight).toEqual(highlight);
  expect(consoleErrors(page)).toEqual([]);
});
