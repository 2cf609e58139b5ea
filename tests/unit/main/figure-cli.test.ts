// The headless figure command, with its outputs checked by independent parsers (rsvg-convert, pdfinfo, pdftoppm).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../main/cli/figure';
import { miniText } from '../../fixtures/mini';

let dir: string;
let graphDir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-fig-'));
  graphDir = mkdtempSync(join(tmpdir(), 'atlas-graph-'));
  writeFileSync(join(graphDir, 'mini.json'), miniText());
});
const run = (...args: string[]) => main(['--graph', graphDir, ...args]);

describe('main/cli/figure', () => {
  it('rejects bad flags with a readable message', async () => {
    await expect(run('--format', 'gif')).rejects.toThrow(/--format gif: expected one of svg, png, pdf/);
    await expect(run('--width', 'wide')).rejects.toThrow(/--width: "wide" is not a length/);
    await expect(run('--facet', 'colour=red')).rejects.toThrow(/--facet colour=red/);
    await expect(run('--layout', 'circle')).rejects.toThrow(/view flags are not valid/);
    await expect(run('--focus', 'nope', '--out', join(dir, 'x.svg'))).rejects.toThrow(/--focus nope: no such node/);
    await expect(run('--view', join(dir, 'missing.view.json'))).rejects.toThrow('missing.view.json: cannot be read (ENOENT)');
  });

  it('reads --view like every other file: a BOM skipped, UTF-16 and Latin-1 named and refused', async () => {
    const view = '{"format":"lineage-atlas/view","layout":"timeline","focus":"alpacá"}';
    writeFileSync(join(dir, 'wide.view.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(view, 'utf16le')]));
    await expect(run('--view', join(dir, 'wide.view.json'))).rejects.toThrow(/^wide\.view\.json: the file is in UTF-16 \(little-endian\)/);
    writeFileSync(join(dir, 'latin.view.json'), Buffer.from(view, 'latin1'));
    await expect(run('--view', join(dir, 'latin.view.json'))).rejects.toThrow(/^latin\.view\.json: not UTF-8 text: byte 0xE1 at line 1/);
    writeFileSync(
      join(dir, 'bom.view.json'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(view.replace('alpacá', 'alpaca'))]),
    );
    expect(await run('--view', join(dir, 'bom.view.json'), '--format', 'bib', '--out', join(dir, 'bom.bib'))).toMatch(/wrote .*bom\.bib/);
  });

  it('writes an SVG that rsvg-convert renders', async () => {
    const out = join(dir, 'fig.svg');
    expect(await run('--layout', 'timeline', '--out', out)).toMatch(/wrote .*fig\.svg \(svg/);
    execFileSync('rsvg-convert', [out, '-o', join(dir, 'fig-rsvg.png')]);
    expect(readFileSync(join(dir, 'fig-rsvg.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('writes a PNG whose pixel width is the width times the DPI, with the DPI recorded', async () => {
    const out = join(dir, 'fig.png');
    await run('--width', '3.5in', '--dpi', '600', '--out', out);
    const png = readFileSync(out);
    expect(png.readUInt32BE(16)).toBe(3.5 * 600); // IHDR width
    const phys = png.indexOf('pHYs');
    expect(phys).toBeGreaterThan(0);
    expect(png.readUInt32BE(phys + 4)).toBe(Math.round(600 / 0.0254));
  });

  it('writes a vector PDF, page sized to the figure, fonts embedded, the view in its metadata', async () => {
    const out = join(dir, 'fig.pdf');
    const viewFile = join(dir, 'fig.view.json');
    writeFileSync(viewFile, JSON.stringify({ layout: 'lineage', focus: 'alpaca' }));
    await run('--view', viewFile, '--size', 'double', '--title', 'Lineage', '--out', out);
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+515\.52 x [\d.]+ pts/); // 7.16in
    expect(info).toMatch(/Subject:\s+Lineage Atlas view; data sha256:[0-9a-f]{64}/);
    expect(info).toMatch(/Keywords:.*"focus":"alpaca"/);
    const fonts = execFileSync('pdffonts', [out], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans\s+CID TrueType\s+Identity-H\s+yes/);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('ChatAlpaca');
    execFileSync('pdftoppm', ['-png', '-r', '50', '-singlefile', out, join(dir, 'page')]);
    expect(readFileSync(join(dir, 'page.png')).subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('main/cli/figure data exports, read back by networkx', () => {
  const networkx = (code: string) => execFileSync('python3', ['-c', `import networkx as nx\n${code}`], { encoding: 'utf8' }).trim();

  it('GEXF and GraphML come back with the same nodes, edges and attributes', async () => {
    await run('--format', 'gexf', '--out', join(dir, 'v.gexf'));
    await run('--format', 'graphml', '--out', join(dir, 'v.graphml'));
    for (const [reader, file] of [
      ['read_gexf', 'v.gexf'],
      ['read_graphml', 'v.graphml'],
    ] as const) {
      const out = networkx(
        `g = nx.${reader}(${JSON.stringify(join(dir, file))})\nprint(g.number_of_nodes(), g.number_of_edges(), g.nodes['alpaca']['license'], g.nodes['alpaca']['kind'])`,
      );
      expect(out).toBe('12 9 CC-BY-NC-4.0 dataset');
    }
  });

  it('CSV writes a node list and an edge list', async () => {
    expect(await run('--format', 'csv', '--out', join(dir, 'v.csv'))).toMatch(/v\.nodes\.csv[\s\S]*v\.edges\.csv/);
    expect(readFileSync(join(dir, 'v.nodes.csv'), 'utf8').trim().split('\r\n')).toHaveLength(13);
  });
});
