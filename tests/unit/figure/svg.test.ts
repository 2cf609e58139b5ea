import { describe, expect, it } from 'vitest';
import { canonicalJson, documentHash, figureSvg, figureWidthInches, FigureOptions, parseLength } from '../../../src/figure';
import { escapeXml } from '../../../src/figure/svg';
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
