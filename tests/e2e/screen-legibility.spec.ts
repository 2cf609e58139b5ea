// The legibility views on screen, as a researcher first sees them, at two window sizes: the labels the label grid
// keeps never overlap, and the fitted view holds the whole scene. And a hand-made selection shown alone.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { defaultView, viewToQuery } from '../../src/view/spec';
import { LEGIBILITY_VIEWS } from '../legibility/views';
import { drawnCount, screenshot } from './driver';

const WINDOWS = [
  { width: 1400, height: 900 },
  { width: 1280, height: 720 },
] as const;

/** The views whose every node must carry a label on screen: a lineage is read name by name. */
const EVERY_LABEL = new Set(['alpaca-lineage', 'self-instruct-descendants']);

// Graphviz (WebAssembly) loads on first use of the lineage layout: slow on a busy machine, so these tests wait longer.
test.setTimeout(120_000);

/** Opens the app at a view and waits for its first drawing; returns the console errors seen, as they come. */
async function open(page: Page, q: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`./?${q}`);
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  return errors;
}

const query = (patch: object) => new URLSearchParams(viewToQuery({ ...defaultView(), ...patch })).toString();

/** Waits until the view has stopped moving (the fit, a late re-fit when fonts load) and its labels are chosen. */
async function settled(page: Page): Promise<void> {
  const canvas = page.getByTestId('canvas');
  let last = '';
  await expect
    .poll(
      async () => {
        const now = `${await canvas.getAttribute('data-zoom')}|${await canvas.getAttribute('data-labels')}`;
        const same = now === last && !now.includes('null');
        last = now;
        return same;
      },
      { intervals: [300], timeout: 30_000 },
    )
    .toBe(true);
}

type Box = { x1: number; y1: number; x2: number; y2: number };
type Measured = { width: number; height: number; shapes: Box; labels: { id: string; box: Box }[]; drawn: number; ids: string[] };

/** Boxes on screen, from cytoscape (the canvas cannot be read): the drawn nodes' shapes and each kept label. */
const measure = (page: Page): Promise<Measured> =>
  page.evaluate(() => {
    type El = { id(): string; renderedBoundingBox(o?: object): Box };
    const cy = (document.querySelector('[data-testid="canvas"]') as unknown as { cy: any }).cy; // eslint-disable-line @typescript-eslint/no-explicit-any
    const drawn = cy.nodes().not('.hidden');
    const labelOnly = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };
    return {
      width: cy.width(),
      height: cy.height(),
      shapes: drawn.renderedBoundingBox({ includeLabels: false, includeEdges: false, includeOverlays: false }),
      labels: drawn.filter('.labelled').map((n: El) => ({ id: n.id(), box: n.renderedBoundingBox(labelOnly) })),
      drawn: drawn.length,
      ids: drawn.map((n: El) => n.id()),
    };
  });

const overlap = (a: Box, b: Box, slack = 0.5) => a.x1 < b.x2 - slack && b.x1 < a.x2 - slack && a.y1 < b.y2 - slack && b.y1 < a.y2 - slack;

for (const size of WINDOWS)
  for (const [name, patch] of Object.entries(LEGIBILITY_VIEWS))
    test(`on screen at ${size.width}x${size.height}: ${name} is fitted whole, its labels apart`, async ({ page }) => {
      await page.setViewportSize(size);
      const errors = await open(page, query(patch));
      await settled(page);
      const m = await measure(page);
      await screenshot(page, `screen-${name}-${size.width}x${size.height}`);
      expect(m.drawn).toBeGreaterThan(0);
      // The fitted view holds every drawn node.
      expect(m.shapes.x1).toBeGreaterThanOrEqual(0);
      expect(m.shapes.y1).toBeGreaterThanOrEqual(0);
      expect(m.shapes.x2).toBeLessThanOrEqual(m.width);
      expect(m.shapes.y2).toBeLessThanOrEqual(m.height);
      // A layered lineage fills the window's height, not a short wide strip across its middle (the whole graph's
      // used 40% of it, the undated column's labels and the months' columns making the drawing wide and low).
      if (patch.layout === 'lineage') expect((m.shapes.y2 - m.shapes.y1) / m.height, 'height of the window used').toBeGreaterThan(0.5);
      // The time axis's year ticks are named inside the view, not cut off at its edges.
      const ticks = await page.locator('[data-testid="time-axis"] text.tick-label').evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          const o = (e as SVGTextElement).ownerSVGElement!.getBoundingClientRect();
          return { text: e.textContent, left: r.left - o.left, right: r.right - o.left, width: o.width };
        }),
      );
      for (const t of ticks) {
        expect(t.left, `tick ${t.text}`).toBeGreaterThanOrEqual(0);
        expect(t.right, `tick ${t.text}`).toBeLessThanOrEqual(t.width);
      }
      // No two tick names print over each other ("earlier" and "2022" did at 1280x720), and a generation's name is whole.
      const byLeft = [...ticks].sort((a, b) => a.left - b.left);
      for (let i = 1; i < byLeft.length; i++)
        expect(byLeft[i]!.left, `tick ${byLeft[i]!.text}`).toBeGreaterThanOrEqual(byLeft[i - 1]!.right);
      const bands = await page.locator('[data-testid="time-axis"] text.band-label').evaluateAll((els) =>
        els.map((e) => ({
          text: e.textContent,
          left: e.getBoundingClientRect().left - (e as SVGTextElement).ownerSVGElement!.getBoundingClientRect().left,
        })),
      );
      for (const b of bands) expect(b.left, `generation ${b.text}`).toBeGreaterThanOrEqual(0);
      // Labels are shown, and no two kept labels overlap.
      expect(m.labels.length).toBeGreaterThan(0);
      for (const l of m.labels) {
        expect(l.box.x1, `label of ${l.id}`).toBeGreaterThanOrEqual(0);
        expect(l.box.x2, `label of ${l.id}`).toBeLessThanOrEqual(m.width);
      }
      // In a lineage, every node is labelled (on whichever side has room), and none is named as left out.
      if (EVERY_LABEL.has(name)) {
        expect(m.labels.map((l) => l.id).sort(), 'nodes without a label').toEqual([...m.ids].sort());
        for (const l of m.labels) {
          expect(l.box.y1, `label of ${l.id}`).toBeGreaterThanOrEqual(0);
          expect(l.box.y2, `label of ${l.id}`).toBeLessThanOrEqual(m.height);
        }
        await expect(page.getByTestId('canvas')).not.toHaveAttribute('data-unlabelled');
      }
      const clashes = m.labels.flatMap((a, i) =>
        m.labels.slice(i + 1).flatMap((b) => (overlap(a.box, b.box) ? [`${a.id} / ${b.id}`] : [])),
      );
      expect(clashes).toEqual([]);
      expect(errors).toEqual([]);
    });

/** Lineages in the timeline layout, where a month's stack of datasets once left some of them unlabelled. */
const TIMELINE_LINEAGES = {
  'alpaca-lineage': { layout: 'timeline', focus: 'alpaca', direction: 'both', depth: 'all' },
  'self-instruct-descendants': { layout: 'timeline', focus: 'self-instruct', direction: 'descendants' },
} as const;

for (const size of WINDOWS)
  for (const [name, patch] of Object.entries(TIMELINE_LINEAGES))
    test(`on screen at ${size.width}x${size.height}: the timeline's ${name} labels every node, apart`, async ({ page }) => {
      await page.setViewportSize(size);
      const errors = await open(page, query(patch));
      await settled(page);
      const m = await measure(page);
      await screenshot(page, `screen-timeline-${name}-${size.width}x${size.height}`);
      expect(m.drawn).toBeGreaterThan(0);
      await expect(page.getByTestId('canvas')).not.toHaveAttribute('data-unlabelled');
      expect(m.labels.map((l) => l.id).sort(), 'nodes without a label').toEqual([...m.ids].sort());
      for (const l of m.labels) {
        expect(l.box.x1, `label of ${l.id}`).toBeGreaterThanOrEqual(0);
        expect(l.box.x2, `label of ${l.id}`).toBeLessThanOrEqual(m.width);
        expect(l.box.y1, `label of ${l.id}`).toBeGreaterThanOrEqual(0);
        expect(l.box.y2, `label of ${l.id}`).toBeLessThanOrEqual(m.height);
      }
      const clashes = m.labels.flatMap((a, i) =>
        m.labels.slice(i + 1).flatMap((b) => (overlap(a.box, b.box) ? [`${a.id} / ${b.id}`] : [])),
      );
      expect(clashes).toEqual([]);
      expect(errors).toEqual([]);
    });

test("on screen at 1280x720: the timeline's InstructGPT era keeps its labels clear of the Show switch and the zoom buttons", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const errors = await open(page, query({ layout: 'timeline', filter: { era: 'instructgpt', facets: {} } }));
  await settled(page);
  const m = await measure(page);
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  const controls = await Promise.all(
    ['Show', 'Zoom'].map(async (name) => {
      const b = (await page.getByRole('group', { name, exact: true }).boundingBox())!;
      // With 2 px to spare around each, as the label grid keeps.
      const box = { x1: b.x - canvas.x - 2, y1: b.y - canvas.y - 2, x2: b.x + b.width - canvas.x + 2, y2: b.y + b.height - canvas.y + 2 };
      return { name, box };
    }),
  );
  expect(m.labels.length).toBeGreaterThan(0);
  const under = m.labels.flatMap((l) => controls.flatMap((c) => (overlap(l.box, c.box) ? [`${l.id} under ${c.name}`] : [])));
  expect(under).toEqual([]);
  expect(errors).toEqual([]);
});

for (const size of WINDOWS)
  for (const layout of ['timeline', 'lineage'] as const)
    test(`on screen at ${size.width}x${size.height}: the ${layout} layout's InstructGPT marker is clear of the controls and the graph`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await open(page, query({ layout }));
      await settled(page);
      const marker = page.locator('[data-testid="time-axis"] .watershed-label');
      await expect(marker).toHaveText('InstructGPT (2022-03)');
      const box = async (l: ReturnType<Page['locator']>): Promise<Box> => {
        const b = (await l.boundingBox())!;
        return { x1: b.x, y1: b.y, x2: b.x + b.width, y2: b.y + b.height };
      };
      const label = await box(marker);
      const canvas = await box(page.getByTestId('canvas'));
      // Inside the canvas, clear of the Show switch and the zoom buttons above it.
      expect(label.x1).toBeGreaterThanOrEqual(canvas.x1);
      expect(label.x2).toBeLessThanOrEqual(canvas.x2);
      expect(label.y1).toBeGreaterThanOrEqual(canvas.y1);
      expect(label.y2).toBeLessThanOrEqual(canvas.y2);
      for (const name of ['Show', 'Zoom'])
        expect(overlap(label, await box(page.getByRole('group', { name }))), `the ${name} controls cover the marker`).toBe(false);
      // No drawn node and no kept label over it (cytoscape's boxes are in the canvas's pixels).
      const covers: { id: string; box: Box }[] = await page.evaluate(() => {
        const cy = (document.querySelector('[data-testid="canvas"]') as unknown as { cy: any }).cy; // eslint-disable-line @typescript-eslint/no-explicit-any
        const whole = { includeNodes: true, includeEdges: false, includeLabels: true, includeOverlays: false };
        return cy
          .nodes()
          .not('.hidden')
          .map((n: { id(): string; renderedBoundingBox(o: object): Box }) => ({ id: n.id(), box: n.renderedBoundingBox(whole) }));
      });
      const shifted = (b: Box): Box => ({ x1: b.x1 + canvas.x1, y1: b.y1 + canvas.y1, x2: b.x2 + canvas.x1, y2: b.y2 + canvas.y1 });
      expect(covers.length).toBeGreaterThan(0);
      expect(covers.filter((c) => overlap(label, shifted(c.box))).map((c) => c.id)).toEqual([]);
    });

test('a hand-made selection: shift- and Ctrl-click pick nodes, "Show selection only" shows them alone, Back undoes it', async ({
  page,
}) => {
  await open(page, 'layout=lineage');
  await settled(page);
  const before = await drawnCount(page);
  const canvas = page.getByTestId('canvas');
  const at = async (id: string) => {
    const p = await page.evaluate((nid) => {
      const cy = (document.querySelector('[data-testid="canvas"]') as unknown as { cy: any }).cy; // eslint-disable-line @typescript-eslint/no-explicit-any
      return cy.$id(nid).renderedPosition() as { x: number; y: number };
    }, id);
    const box = (await canvas.boundingBox())!;
    return { x: box.x + p.x, y: box.y + p.y };
  };
  /** Where a node is once it stays put: the first pick opens the picks bar above the canvas, which moves the graph down. */
  const still = async (id: string) => {
    let last = await at(id);
    await expect
      .poll(
        async () => {
          const now = await at(id);
          const same = Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5;
          last = now;
          return same;
        },
        { intervals: [200] },
      )
      .toBe(true);
    return last;
  };
  for (const [i, [id, key]] of (
    [
      ['alpaca', 'Shift'],
      ['dolly-15k', 'Control'],
    ] as const
  ).entries()) {
    const p = await still(id);
    await page.keyboard.down(key);
    await page.mouse.click(p.x, p.y);
    await page.keyboard.up(key);
    await expect(canvas).toHaveAttribute('data-picked', String(i + 1));
  }
  await expect(canvas).toHaveAttribute('data-picked', '2');
  const picks = page.getByRole('group', { name: 'Picked nodes' });
  await expect(picks).toContainText('2 picked (Alpaca, Databricks-dolly-15k)');
  await expect(page).not.toHaveURL(/selection=/); // picking alone changes no view
  await picks.getByRole('button', { name: 'Show selection only' }).click();
  await expect(page).toHaveURL(/selection=alpaca%2Cdolly-15k|selection=alpaca,dolly-15k/);
  const bar = page.getByRole('group', { name: 'Subject' });
  await expect(bar).toContainText('Showing 2 selected nodes: Alpaca, Databricks-dolly-15k');
  await expect.poll(() => drawnCount(page)).toBeLessThan(before);
  await expect(canvas).toHaveAttribute('data-picked', '0');
  await settled(page);
  const m = await measure(page);
  expect(m.drawn).toBeLessThan(before);
  expect(m.shapes.x1).toBeGreaterThanOrEqual(0);
  expect(m.shapes.x2).toBeLessThanOrEqual(m.width);
  await screenshot(page, 'selection-alone');
  // The export draws the same scene: the selection, and nothing outside it.
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByTestId('figure-preview')).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const svg = readFileSync(await (await download).path(), 'utf8');
  expect(svg).toMatch(/<g class="node" data-id="alpaca"/);
  expect(svg).toMatch(/<g class="node" data-id="dolly-15k"/);
  expect(svg).not.toMatch(/data-id="self-instruct"/);
  await page.keyboard.press('Escape');
  await page.goBack();
  await expect(page).not.toHaveURL(/selection=/);
  await expect.poll(() => drawnCount(page)).toBe(before);
  // The details panel picks too, for the keyboard.
  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox', { name: 'Search' }).fill('ChatAlpaca');
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: 'Details' }).getByRole('button', { name: 'Pick for a selection' }).click();
  await expect(canvas).toHaveAttribute('data-picked', '1');
});
