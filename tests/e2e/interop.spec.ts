// Issue 16 in web mode: a graph another tool wrote, opened by the Open button or dropped on the window, shows the
// mapping step; confirmed, it opens as a layer beside the survey graph (kept apart, or merged by name and URL), its
// nodes are drawn beside the survey's, the footer counts each layer, and the details panel cites the file and the
// element or row. Opened again, the file replaces its layer.
import { expect as baseExpect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { consoleErrors, drawnCount, openApp, screenshot } from './driver';

// Parsing, mapping and laying out a few hundred nodes takes seconds on a loaded 2-core machine.
const expect = baseExpect.configure({ timeout: 20_000 });
const shared = (name: string) => readFileSync(new URL(`../../../shared/fixtures/interop/${name}`, import.meta.url), 'utf8');
const ours = (name: string) => readFileSync(new URL(`../fixtures/interop16/${name}`, import.meta.url), 'utf8');

const openByButton = async (page: Page, files: { name: string; text: string }[]) => {
  for (const f of files) {
    const chooser = page.waitForEvent('filechooser');
    if (f === files[0]) await page.getByRole('button', { name: 'Open graph…' }).click();
    else await page.getByRole('button', { name: /Add the (edge|node) list…/ }).click();
    await (await chooser).setFiles({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text) });
  }
};
const drop = async (page: Page, files: { name: string; text: string }[]) => {
  const transfer = await page.evaluateHandle((fs) => {
    const dt = new DataTransfer();
    for (const f of fs) dt.items.add(new File([f.text], f.name));
    return dt;
  }, files);
  await page.dispatchEvent('.graph', 'drop', { dataTransfer: transfer });
};

/** Confirms the mapping step (kept apart, or merged), then finds `label` by search and reads the details panel. */
const confirmAndCheck = async (
  page: Page,
  survey: number,
  c: { title: string; nodes: number; label: string; cited: RegExp; renamed?: boolean },
  merge?: { merged: number; datasets: number },
) => {
  const { title, nodes, label, cited } = c;
  const dialog = page.getByRole('dialog', { name: `Map ${title}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText(`${nodes} nodes and`);
  if (merge) await dialog.getByLabel(/Merge with the survey graph by name\/URL/).check();
  await dialog.getByRole('button', { name: `Open ${nodes} nodes` }).click();
  await expect(dialog).toBeHidden();
  if (merge || c.renamed) {
    const note = page.getByRole('dialog', { name: `${title} opened beside the survey graph` });
    await expect(note).toContainText(merge ? 'merged with' : 'kept apart as');
    await note.getByRole('button', { name: 'OK' }).click();
  }
  await expect(page.locator('.graph-name')).toHaveText('Survey graph with 1 layer(s)');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-ready', 'true');
  // The survey's nodes and the file's, side by side; merged nodes are drawn once.
  // Above 400 drawn nodes the layout runs in the worker, with progress, before the canvas draws them (celegans: 419).
  await expect.poll(() => drawnCount(page), { timeout: 60_000 }).toBe(survey + nodes - (merge?.merged ?? 0));
  const layers = page.getByRole('region', { name: 'Layers' });
  await expect(layers).toContainText('Survey: 48 datasets');
  await expect(layers).toContainText(`${title}: ${merge?.datasets ?? 0} datasets (${nodes} nodes)`);
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill(label);
  await search.press('Enter');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(label);
  await expect(details).toContainText(cited);
};

const CASES = [
  { files: ['Les Miserables.gexf'], nodes: 77, label: 'Myriel', cited: /Les Miserables\.gexf, <node id="0">/ },
  { files: ['spotify-veronica-espinoza.gexf'], nodes: 189, label: 'Elton John', cited: /<node id="Elton John">/ },
  { files: ['GoT.graphml'], nodes: 126, label: 'DAENERYS', cited: /GoT\.graphml, <node id="n2">/ },
  {
    files: ['genemania-cytoscape.json'],
    nodes: 31,
    label: 'H__sapiens__1_-Hs:5285773',
    cited: /genemania-cytoscape\.json, elements\[0\] \(id "296"\)/,
  },
  { files: ['celegans-graphology.json'], nodes: 306, label: '1', cited: /celegans-graphology\.json, nodes\[0\] \(key "0"\)/ },
  { files: ['padgett-nodes.csv', 'padgett-edges.csv'], nodes: 16, label: 'Medici', cited: /padgett-nodes\.csv, row 10/ },
] as const;

for (const c of CASES) {
  test(`${c.files.join(' + ')}: by the Open button, then dropped (the mapping remembered)`, async ({ page }) => {
    test.setTimeout(240_000); // two mappings and two layouts of the survey with the file, on a loaded 2-core machine
    await openApp(page);
    const survey = await drawnCount(page);
    const files = c.files.map((name) => ({ name, text: shared(name) }));
    const title = c.files.join(' + ');
    await openByButton(page, files);
    await confirmAndCheck(page, survey, { ...c, title });
    await screenshot(page, `interop-${c.files[0].replace(/\W+/g, '-')}`);
    // Dropped again, the file replaces its own layer: the survey's nodes and one copy of the file's.
    await drop(page, files);
    await expect(page.getByRole('dialog', { name: `Map ${title}` })).toContainText('The mapping last used for files with these attributes');
    await confirmAndCheck(page, survey, { ...c, title });
    expect(consoleErrors(page)).toEqual([]);
  });
}

test('a CSV with dates and edge types: the mapping step lists what it cannot map by row, the rest opens', async ({ page }) => {
  test.slow();
  await openApp(page);
  const survey = await drawnCount(page);
  await drop(page, [
    { name: 'dated-nodes.csv', text: ours('dated-nodes.csv') },
    { name: 'dated-edges.csv', text: ours('dated-edges.csv') },
  ]);
  const dialog = page.getByRole('dialog', { name: 'Map dated-nodes.csv + dated-edges.csv' });
  await expect(dialog.getByLabel('Not mapped')).toContainText('dated-edges.csv row 5: left out: its target "unknown-node" is not a node');
  await expect(dialog.getByLabel('Release date')).toHaveValue('date');
  await expect(dialog).toContainText('Merge with the survey graph by name/URL (2 nodes match)');
  await screenshot(page, 'interop-mapping-step');
  // Merged by their GitHub URLs, the file's Self-Instruct and Alpaca are the survey's, which now cite the file too.
  const title = 'dated-nodes.csv + dated-edges.csv';
  await confirmAndCheck(page, survey, { title, nodes: 4, label: 'Alpaca', cited: /dated-nodes\.csv, row 3/ }, { merged: 2, datasets: 2 });
});

test('malformed files of each format are refused naming the file and the element or row; the graph stays', async ({ page }) => {
  await openApp(page);
  const status = await page.getByRole('status').textContent();
  const broken = [
    ['cut.gexf', '<gexf><graph><nodes><node id="a"/></nodes><edges><edge source="a"', /cut\.gexf: .*not well-formed XML/],
    ['no-id.graphml', '<graphml><graph><node/></graph></graphml>', /no-id\.graphml: .*<node> 1 id: expected a non-empty string/],
    ['bad.cyjs', '{"elements":{"nodes":[{"data":{"id":""}}]}}', /bad\.cyjs: .*elements\[0\]\.data\.id/],
    ['g.json', '{"nodes":[{"key":"a"}],"edges":[{"source":"a","target":"zz"}]}', /g\.json: .*edges\[0\]\.target: "zz" is not a node/],
    ['e.csv', 'source,target\n"a,b\n', /e\.csv: .*row 2: Quoted field unterminated/],
  ] as const;
  for (const [name, text, message] of broken) {
    await drop(page, [{ name, text }]);
    const dialog = page.getByRole('alertdialog', { name: `${name} could not be opened` });
    await expect(dialog).toContainText(message);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(page.getByRole('status')).toHaveText(status!);
  }
});

test('the web Open dialog accepts every format the README lists', async ({ page }) => {
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open graph…' }).click();
  const accept = await (await chooser).element().getAttribute('accept');
  for (const ext of ['.json', '.gexf', '.graphml', '.csv', '.cyjs']) expect(accept).toContain(ext);
});

test('the confirmed mapping is saved with the view, and the view restores it with localStorage cleared', async ({ page }) => {
  test.slow();
  await openApp(page);
  const file = [{ name: 'dated-nodes.csv', text: ours('dated-nodes.csv') }];
  const dialog = page.getByRole('dialog', { name: 'Map dated-nodes.csv' });
  await drop(page, file);
  await expect(dialog.getByLabel('Node kind', { exact: true })).toHaveValue('col:type'); // guessed: the type column holds the atlas's kinds
  await dialog.getByLabel('Node kind', { exact: true }).selectOption('const:model');
  await dialog.getByRole('button', { name: /^Open \d+ nodes$/ }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('dialog', { name: 'dated-nodes.csv opened beside the survey graph' }).getByRole('button', { name: 'OK' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save view…' }).click();
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(saved.mappings).toHaveLength(1);
  expect(saved.mappings[0].mapping.nodes.kind).toEqual({ from: 'constant', kind: 'model' });
  // A new session with localStorage cleared guesses again...
  await page.evaluate(() => window.localStorage.clear());
  await openApp(page);
  await drop(page, file);
  await expect(dialog.getByLabel('Node kind', { exact: true })).toHaveValue('col:type');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  // ...until the saved view is opened: then the same file opens with the mapping confirmed before.
  await drop(page, [{ name: 'mapped.view.json', text: JSON.stringify(saved) }]);
  await drop(page, file);
  await expect(dialog).toContainText('The mapping last used for files with these attributes');
  await expect(dialog.getByLabel('Node kind', { exact: true })).toHaveValue('const:model');
  expect(consoleErrors(page)).toEqual([]);
});

test('a kind column in the file’s own words: the value table guesses each value, and a change is applied', async ({ page }) => {
  test.slow();
  await openApp(page);
  const survey = await drawnCount(page);
  await drop(page, [
    { name: 'own-words-nodes.csv', text: ours('own-words-nodes.csv') },
    { name: 'own-words-edges.csv', text: ours('own-words-edges.csv') },
  ]);
  const title = 'own-words-nodes.csv + own-words-edges.csv';
  const dialog = page.getByRole('dialog', { name: `Map ${title}` });
  const nodeKinds = dialog.getByRole('table', { name: 'Node kinds' });
  await expect(nodeKinds.getByRole('row', { name: /corpus 2/ }).getByRole('combobox')).toHaveValue('source');
  await expect(nodeKinds.getByRole('row', { name: /paper 1/ }).getByRole('combobox')).toHaveValue('reference');
  await expect(dialog.getByRole('table', { name: 'Edge kinds' }).getByLabel('Edge kinds: based on')).toHaveValue('derived-from');
  await expect(dialog.getByLabel('Not mapped')).toContainText('reference node needs a BibTeX entry');
  await page.setViewportSize({ width: 1400, height: 900 });
  await screenshot(page, 'interop-value-table');
  // The paper left out by choice: it is no longer a problem, and five nodes import.
  await nodeKinds.getByLabel('Node kinds: paper').selectOption('skip');
  await expect(dialog.getByLabel('Not mapped')).toContainText('the mapping skips nodes of this kind');
  await confirmAndCheck(page, survey, {
    title,
    nodes: 5,
    label: 'Colossal Clean Crawled Corpus',
    cited: /own-words-nodes\.csv, row 3/,
    renamed: true,
  });
  await screenshot(page, 'interop-value-layer');
});

test('a large GEXF is read in a worker: the window answers while it parses', async ({ page }) => {
  test.slow();
  await openApp(page);
  // 20,000 nodes and 20,000 edges, about 3 MB: parsed on the page, this blocked it for seconds.
  const n = 20_000;
  const nodes = Array.from(
    { length: n },
    (_, i) => `<node id="n${i}" label="Node ${i}"><attvalues><attvalue for="t" value="corpus"/></attvalues></node>`,
  );
  const edges = Array.from({ length: n - 1 }, (_, i) => `<edge id="e${i}" source="n${i + 1}" target="n${i >> 1}"/>`); // a tree
  const text = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
<attributes class="node"><attribute id="t" title="type" type="string"/></attributes>
<nodes>${nodes.join('\n')}</nodes><edges>${edges.join('\n')}</edges></graph></gexf>`;
  expect(text.length).toBeGreaterThan(2_500_000);
  // Long tasks on the page's main thread, from here on.
  await page.evaluate(() => {
    const w = window as Window & { longTasks?: number[] };
    w.longTasks = [];
    new PerformanceObserver((l) => w.longTasks!.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  });
  await drop(page, [{ name: 'large.gexf', text }]);
  const dialog = page.getByRole('dialog', { name: 'Map large.gexf' });
  await expect(dialog).toBeVisible();
  // The page answers while the worker parses: a timer round trip, timed from the test.
  const t0 = Date.now();
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  expect(Date.now() - t0).toBeLessThan(1_000);
  await expect(dialog.getByRole('status')).toContainText(`${n} nodes and ${n - 1} edges will import`, { timeout: 90_000 });
  await expect(dialog.getByLabel('Node kind', { exact: true })).toHaveValue('col:type'); // "corpus" guessed as source data
  const longest = await page.evaluate(() => Math.max(0, ...(window as Window & { longTasks?: number[] }).longTasks!));
  console.log(`large.gexf: longest task on the page ${Math.round(longest)} ms`);
  expect(longest).toBeLessThan(1_500);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(consoleErrors(page)).toEqual([]);
});
