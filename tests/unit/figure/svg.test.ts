import { describe, expect, it } from 'vitest';
import { canonicalJson, documentHash, figureSvg, figureWidthInches, FigureOptions, parseLength } from '../../../src/figure';
import { escapeXml, labelsLeftOut, placeLabels } from '../../../src/figure/svg';
import { defaultView } from '../../../src/view/spec';
import { miniFile, miniGraph } from '../../fixtures/mini';

const g = miniGraph();
const hash = documentHash(miniFile());

describe('figure/options', () => {
  it('rejects lengths that are not lengths or out of range', () => {
    expect(parseLength('wide')).toMatchObject({ ok: false, message: expect.stringMatching(/not a length/) });
    expect(parseLength('100in')).toMatchObject({ ok: false, message: expect.stringMatching(/outside/) });
    expect(() => figureWidthInches(FigureOptions.parse({ size: 'custom' }))).toThrow(/custom size needs a width/);
  });
  it('reads inches, points, millimetres and centimetres', () => {
    expect(parseLength('3.5in')).toEqual({ ok: true, inches: 3.5 });
    expect(parseLength('252pt')).toEqual({ ok: true, inches: 3.5 });
    expect(parseLength('88.9mm')).toMatchObject({ ok: true, inches: expect.closeTo(3.5, 6) });
    expect(parseLength('8.89 cm')).toMatchObject({ ok: true, inches: expect.closeTo(3.5, 6) });
    expect(figureWidthInches(FigureOptions.parse({ size: 'double' }))).toBe(7.16);
  });
});

describe('figure/hash', () => {
  it('does not depend on key order, and changes with the data', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
    const f = miniFile();
    expect(documentHash(f)).toMatch(/^sha256:[0-9a-f]{64}$/);
    f.nodes[0]!.label = 'Changed';
    expect(documentHash(f)).not.toBe(hash);
  });
});

describe('figure/svg', () => {
  it('rejects bad options', () => {
    expect(() => figureSvg(g, hash, defaultView(), { dpi: 72 } as never)).toThrow();
  });
  it('escapes XML', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });
  it('is sized in inches for a column, and carries the view and the data hash', () => {
    const svg = figureSvg(g, hash, { ...defaultView(), layout: 'timeline' }, { title: 'A & B' });
    expect(svg).toMatch(/<svg [^>]*width="3.5in"/);
    expect(svg).toContain('<title>A &amp; B</title>');
    const meta = JSON.parse(svg.match(/<metadata id="lineage-atlas-view">([^<]*)<\/metadata>/)![1]!.replace(/&quot;/g, '"'));
    expect(meta.dataHash).toBe(hash);
    expect(meta.view.layout).toBe('timeline');
    expect(svg).toContain('InstructGPT (2022-03)');
  });
  it('draws every visible node and edge, and a legend of the kinds shown only', () => {
    const svg = figureSvg(g, hash, defaultView());
    expect(svg.match(/data-node="/g)).toHaveLength(12);
    expect(svg.match(/data-edge="/g)).toHaveLength(9);
    expect(svg).toContain('>derived from<');
    expect(svg).not.toContain('>Reference<');
    const noLegend = figureSvg(g, hash, defaultView(), { legend: false });
    expect(noLegend).not.toContain('legend-node');
  });
  it('follows the filter: hidden elements are left out, dimmed ones drawn faint', () => {
    const view = { ...defaultView(), filter: { era: 'all' as const, facets: { pairingGroup: ['H-H'] } } };
    expect(figureSvg(g, hash, view).match(/data-node="/g)).toHaveLength(3);
    const dim = figureSvg(g, hash, { ...view, filterMode: 'dim' });
    expect(dim.match(/data-node="/g)).toHaveLength(12);
    expect(dim).toMatch(/data-node="alpaca" opacity="0.2"/);
  });
  it('is deterministic', () => {
    expect(figureSvg(g, hash, defaultView())).toBe(figureSvg(g, hash, defaultView()));
  });
  it('refuses a height with no room for the graph', () => {
    expect(() => figureSvg(g, hash, defaultView(), { height: 0.5, title: 'T', caption: 'A long caption '.repeat(20) })).toThrow(/no room/);
  });
});

describe('figure/svg.placeLabels', () => {
  const box = (b: readonly number[], c: readonly number[]) => b[0]! < c[2]! && c[0]! < b[2]! && b[1]! < c[3]! && c[1]! < b[3]!;
  it('puts a label below its node when there is room', () => {
    const at = placeLabels([{ id: 'a', at: { x: 50, y: 50 }, width: 30, lines: 1, rank: 1 }], 4, 7).get('a')!;
    expect(at.anchor).toBe('middle');
    expect(at.y).toBeGreaterThan(50);
  });
  it('never lets two labels overlap: it moves one aside, and leaves out what has no room', () => {
    const nodes = Array.from({ length: 12 }, (_, i) => ({ id: `n${i}`, at: { x: 50 + (i % 3) * 6, y: 50 + Math.floor(i / 3) * 6 }, width: 40, lines: 2, rank: 1 }));
    const placed = placeLabels(nodes, 3, 7);
    const boxes = [...placed.values()].filter((v) => v !== null).map((v) => v!.box);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(box(boxes[i]!, boxes[j]!)).toBe(false);
    expect([...placed.values()].some((v) => v === null)).toBe(true);
    expect(boxes.length).toBeGreaterThan(1);
  });
  it('keeps labels off the obstacles it is given (the title, the axis)', () => {
    const at = placeLabels([{ id: 'a', at: { x: 50, y: 50 }, width: 30, lines: 1, rank: 1 }], 4, 7, [[0, 54, 100, 100]]).get('a')!;
    expect(at.box[3]).toBeLessThanOrEqual(54);
  });
  it('gives the highlighted lineage room first', () => {
    // one slot, two claimants: the one in the lineage (rank 0) wins, whatever the input order
    const two = [
      { id: 'b', at: { x: 50, y: 50 }, width: 60, lines: 1, rank: 11 },
      { id: 'a', at: { x: 50, y: 50 }, width: 60, lines: 1, rank: 0 },
    ];
    const placed = placeLabels(two, 3, 7, [[-1e6, -1e6, 1e6, 40], [-1e6, 70, 1e6, 1e6], [-1e6, -1e6, 10, 1e6], [90, -1e6, 1e6, 1e6]]);
    expect(placed.get('a')).not.toBeNull();
    expect(placed.get('b')).toBeNull();
  });
});

describe('figure/svg: a figure of the survey graph', () => {
  it('reports the labels it left out in its <desc>, and the CLI reads them back', () => {
    const svg = figureSvg(g, hash, { ...defaultView(), layout: 'timeline' }, FigureOptions.parse({ size: 'custom', width: 1, fontSize: 9 }));
    const out = labelsLeftOut(svg);
    expect(out.length).toBeGreaterThan(0);
    for (const id of out) expect(g.hasNode(id)).toBe(true);
    expect(labelsLeftOut(figureSvg(g, hash, defaultView(), FigureOptions.parse({ size: 'double' })))).toEqual([]);
  });
});
