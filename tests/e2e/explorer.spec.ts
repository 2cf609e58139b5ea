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
  const canvasSize = () => page.getByTestId('canvas').evaluate((e) => `${e.clientWidth} x ${e.clientHeight}`);
  const size = await canvasSize();
  await image.check();
  await expect(page).toHaveURL(/f\.modality=image/);
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^Showing ${expected} of`));
  await expect.poll(() => drawnCount(page)).toBeLessThan(before);
  // The canvas keeps its size: the legend keeps the room of the unfiltered view's kinds, the status bar one line.
  await expect(page.getByRole('group', { name: 'Legend' }).getByRole('listitem')).not.toHaveCount(0);
  expect(await canvasSize()).toBe(size);
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

test('a filter, a focus and a layout change each frame what is shown, animated; Back returns to the view as it was framed', async ({
  page,
}) => {
  await openApp(page, 'layout=timeline');
  /** The viewport, whether every drawn node is inside it, and the zooms the canvas animated to since `forget`. */
  const state = () =>
    page.evaluate(() => {
      const cy = (document.querySelector('[data-testid="canvas"]') as unknown as { cy: any }).cy; // eslint-disable-line @typescript-eslint/no-explicit-any
      const w = window as unknown as { animatedTo?: number[] };
      if (!cy.scratch('spied')) {
        // Every animation the canvas starts goes through cy.animate: record where each goes.
        const animate = cy.animate.bind(cy);
        cy.animate = (to: { zoom?: number }, options: object) => (w.animatedTo!.push(to.zoom ?? NaN), animate(to, options));
        cy.scratch('spied', true);
      }
      const animated = [...(w.animatedTo ??= [])];
      const b = cy.nodes().renderedBoundingBox({ includeLabels: false, includeEdges: false, includeOverlays: false });
      const inside = b.x1 >= -1 && b.y1 >= -1 && b.x2 <= cy.width() + 1 && b.y2 <= cy.height() + 1;
      return { zoom: cy.zoom() as number, x: cy.pan().x as number, y: cy.pan().y as number, inside, animated };
    });
  const forget = () => page.evaluate(() => void ((window as unknown as { animatedTo?: number[] }).animatedTo = []));
  /** The state once the viewport has stopped moving. */
  const still = async () => {
    let last = '';
    await expect
      .poll(
        async () => {
          const now = await state();
          const same = `${now.zoom}|${now.x}|${now.y}` === last;
          last = `${now.zoom}|${now.x}|${now.y}`;
          return same;
        },
        { intervals: [300] },
      )
      .toBe(true);
    return state();
  };
  const zoomIn = page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: 'Zoom in' });
  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox', { name: 'Search' }).fill('Alpaca');
  await page.keyboard.press('Enter');
  const changes: [string, () => Promise<unknown>][] = [
    ['a filter', () => page.getByRole('combobox', { name: 'Era' }).selectOption('instructgpt')],
    ['a focus', () => page.getByRole('region', { name: 'Details' }).getByRole('button', { name: 'Focus lineage' }).click()],
    [
      'a layout change',
      async () => {
        await page.getByRole('combobox', { name: 'Layout' }).selectOption('lineage');
        // Drawn once Graphviz has loaded (WebAssembly, on first use): its edges follow their routes.
        await expect(page.getByTestId('canvas')).not.toHaveAttribute('data-routed', '0', { timeout: 30_000 });
      },
    ],
  ];
  for (const [what, change] of changes) {
    // The user's own viewport: zoomed in, part of the graph off screen.
    await zoomIn.click();
    await zoomIn.click();
    const mine = await still();
    expect(mine.inside, `zoomed in before ${what}`).toBe(false);
    const url = page.url();
    await forget();
    await change();
    await expect(page).not.toHaveURL(url);
    const framed = await still();
    expect(framed.inside, `${what} frames what is shown`).toBe(true);
    expect(framed.zoom, `${what} frames what is shown`).not.toBeCloseTo(mine.zoom, 3);
    expect(framed.animated, `${what}: the framing is animated`).toContainEqual(framed.zoom);
    await forget();
    await page.goBack();
    await expect(page).toHaveURL(url);
    const back = await still();
    expect(back.animated, `Back after ${what}: animated`).toContainEqual(mine.zoom);
    expect([back.zoom, back.x, back.y], `Back after ${what} returns to the viewport left`).toEqual([mine.zoom, mine.x, mine.y]);
  }
  expect(consoleErrors(page)).toEqual([]);
});
