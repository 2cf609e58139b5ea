// `npm run figure -- --layer FILE` (issue 12): an import opened as a layer beside the survey graph, as the app does,
// so a figure or a data export can show a survey dataset's lineage with the catalogue's datasets, and filter by layer.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { main as figure } from '../../../../main/cli/figure';
import { main as importCli } from '../../../../main/cli/import';

const CARDS = join(__dirname, '../../../../../shared/fixtures/hf-cards');
let dir: string;
let layer: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-fig-layer-'));
  layer = join(dir, 'cards.json');
  await importCli(['hf-cards', CARDS, '--out', layer]);
}, 60_000);

const rows = (base: string) =>
  Papa.parse<{ id: string; kind: string }>(readFileSync(`${base}.nodes.csv`, 'utf8'), { header: true, skipEmptyLines: true }).data;
const nodeIds = (base: string) => rows(base).map((r) => r.id);

describe('main/cli/figure --layer', () => {
  it('refuses a layer that is not a graph file, naming it', async () => {
    writeFileSync(join(dir, 'bad.json'), '{"format":"lineage-atlas/graph","version":1,"nodes":[{}],"edges":[]}');
    await expect(figure(['--layer', join(dir, 'bad.json'), '--out', join(dir, 'x.svg')])).rejects.toThrow(/--layer .*bad\.json:\n.*nodes/);
    await expect(figure(['--layer', join(dir, 'missing.json'), '--out', join(dir, 'x.svg')])).rejects.toThrow(
      /--layer .*missing\.json: .*ENOENT/,
    );
  });

  it('adds the layer beside the survey graph, and the Layer facet selects its datasets', async () => {
    const without = join(dir, 'survey');
    await figure(['--format', 'csv', '--filtered', 'hide', '--out', `${without}.csv`]);
    const survey = nodeIds(without);
    expect(survey).not.toContain('squad-es');
    const withCards = join(dir, 'cards');
    await figure(['--layer', layer, '--format', 'csv', '--facet', 'layer=cards', '--filtered', 'hide', '--out', `${withCards}.csv`]);
    const cards = nodeIds(withCards);
    expect(cards).toContain('squad-es');
    expect(cards).toContain('squad');
    // Exactly the layer's datasets pass the facet.
    const layerDatasets = (JSON.parse(readFileSync(layer, 'utf8')) as { nodes: { id: string; kind: string }[] }).nodes
      .filter((n) => n.kind === 'dataset')
      .map((n) => n.id)
      .sort();
    expect(
      rows(withCards)
        .filter((r) => r.kind === 'dataset')
        .map((r) => r.id)
        .sort(),
    ).toEqual(layerDatasets);
  }, 120_000);
});
