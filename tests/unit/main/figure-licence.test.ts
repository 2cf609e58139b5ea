// The figure command colours datasets by commercial use (issue 13) and writes the licence audit of a view.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../main/cli/figure';
import { LICENCE_COLOR, NODE_STYLE } from '../../../src/style/palette';
import { miniFile, miniText } from '../../fixtures/mini';

let dir: string;
let graphDir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-lic-'));
  graphDir = mkdtempSync(join(tmpdir(), 'atlas-lic-graph-'));
  writeFileSync(join(graphDir, 'mini.json'), miniText());
});
const run = (...args: string[]) => main(['--graph', graphDir, ...args]);
const fillOf = (svg: string, id: string) => svg.match(new RegExp(`<g class="node" data-id="${id}"[^>]*>.*? fill="([^"]+)"`))?.[1];

describe('main/cli/figure --colour-by licence', () => {
  it('refuses a colouring it does not know', async () => {
    await expect(run('--colour-by', 'mood', '--out', join(dir, 'x.svg'))).rejects.toThrow(/colourBy/);
  });
  it("fills each dataset with its commercial use's colour and explains the classes in the legend", async () => {
    const out = join(dir, 'lic.svg');
    await run('--layout', 'timeline', '--colour-by', 'licence', '--out', out);
    const svg = readFileSync(out, 'utf8');
    // The mini graph: Alpaca declares CC BY-NC 4.0, and ChatAlpaca is derived from it.
    expect(fillOf(svg, 'alpaca')).toBe(LICENCE_COLOR['non-commercial']);
    expect(fillOf(svg, 'chatalpaca')).toBe(LICENCE_COLOR['non-commercial']);
    expect(fillOf(svg, 'dolly-15k')).toBe(LICENCE_COLOR.unspecified);
    expect(svg).toMatch(/<g class="legend-licence" data-licence="non-commercial">/);
    expect(svg).not.toMatch(/<g class="legend-node" data-kind="dataset">/);
    await run('--layout', 'timeline', '--out', out);
    expect(fillOf(readFileSync(out, 'utf8'), 'alpaca')).toBe(NODE_STYLE.dataset.color);
  });
  it('colours by licence from a saved view (--view), and carries the colouring in the figure', async () => {
    const view = join(dir, 'licence.view.json');
    writeFileSync(view, JSON.stringify({ format: 'lineage-atlas/view', layout: 'timeline', colourBy: 'licence' }));
    const out = join(dir, 'from-view.svg');
    await run('--view', view, '--out', out);
    const svg = readFileSync(out, 'utf8');
    expect(fillOf(svg, 'alpaca')).toBe(LICENCE_COLOR['non-commercial']);
    expect(svg).toMatch(/<g class="legend-licence" data-licence="non-commercial">/);
    expect(svg).toContain('&quot;colourBy&quot;:&quot;licence&quot;');
    // A flag still overrides the view.
    await run('--view', view, '--colour-by', 'kind', '--out', out);
    expect(fillOf(readFileSync(out, 'utf8'), 'alpaca')).toBe(NODE_STYLE.dataset.color);
  });
  it('writes the licence audit of the view, one row per dataset', async () => {
    const out = join(dir, 'audit.csv');
    expect(await run('--format', 'licences-csv', '--out', out)).toMatch(/audit\.csv \(licences-csv/);
    const rows = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r.dataset).sort()).toEqual(
      miniFile()
        .nodes.filter((n) => n.kind === 'dataset')
        .map((n) => n.id)
        .sort(),
    );
  });
});
