// main/node/svg-check: main renders only an SVG that holds what a composed figure holds (issue 17: figure:save
// rendered page-made SVG, and both renderers read local images named in it).
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../main/handlers';
import { loadGraphFolder } from '../../../main/node/graph-data';
import { checkFigureSvg, SVG_LIMITS } from '../../../main/node/svg-check';
import { composeFigure, FigureOptions } from '../../../src/figure';
import { LAYOUTS, prepareLayout } from '../../../src/layout';
import { buildGraph } from '../../../src/model/build';
import { sceneOf } from '../../../src/view/scene';
import { defaultView, parseView } from '../../../src/view/spec';
import { miniFile } from '../../fixtures/mini';
import { loadGraph } from '../../../src/import/load';

const svg = (inner: string, attrs = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1in" height="1in" viewBox="0 0 72 72"${attrs}>${inner}</svg>`;
const refused = (s: string) => {
  const r = checkFigureSvg(s);
  return r.ok ? 'accepted' : r.message.replace(/^the figure's SVG was refused: /, '');
};

describe('main/node/svg-check.checkFigureSvg', () => {
  it('refuses what is not an SVG, and an SVG past the limits', () => {
    expect(refused('')).toMatch(/^not well-formed XML/);
    expect(refused('<svg')).toMatch(/^not well-formed XML/);
    expect(refused('<html xmlns="http://www.w3.org/1999/xhtml"/>')).toBe('the root element is not an SVG <svg>');
    expect(refused(svg('<g>'.repeat(40) + '</g>'.repeat(40)))).toBe('elements nested more than 32 deep');
    const small = { ...SVG_LIMITS, elements: 100, chars: 5000 };
    expect(checkFigureSvg(svg('<rect/>'.repeat(99)), small).ok).toBe(true);
    expect(checkFigureSvg(svg('<rect/>'.repeat(100)), small)).toEqual({
      ok: false,
      message: "the figure's SVG was refused: more than 100 elements",
    });
    expect(checkFigureSvg(' '.repeat(5001), small)).toEqual({
      ok: false,
      message: "the figure's SVG was refused: 5,001 characters (at most 5,000)",
    });
    expect(SVG_LIMITS).toEqual({ chars: 30_000_000, elements: 500_000, depth: 32 });
  });
  it.each([
    ['a script', svg('<script>alert(1)</script>'), '<script> is not an element a figure is drawn with (line 1)'],
    [
      'a local image',
      svg('<image href="file:///etc/passwd" width="9" height="9"/>'),
      '<image> is not an element a figure is drawn with (line 1)',
    ],
    ['a use of another file', svg('<use href="other.svg#x"/>'), '<use> is not an element a figure is drawn with (line 1)'],
    ['a foreign object', svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'), /^<foreignObject>/],
    ['a style sheet', svg('<style>@import url(http://x/y.css);</style>'), /^<style>/],
    ['an element of another namespace', svg('<x:rect xmlns:x="urn:x"/>'), /^<x:rect> is not/],
    ['an event handler', svg('<rect onload="alert(1)"/>'), '<rect> has the attribute "onload", which a figure does not use (line 1)'],
    ['a style attribute', svg('<rect style="fill:url(http://x)"/>'), /^<rect> has the attribute "style"/],
    ['an xlink', svg('<path xlink:href="#a" xmlns:xlink="http://www.w3.org/1999/xlink"/>'), /^<path> has the attribute "xlink:href"/],
    [
      'a fill from a URL',
      svg('<rect fill="url(http://x/p.svg#g)"/>'),
      '<rect fill="url(http://x/p.svg#g)"> points outside the figure (line 1)',
    ],
    ['a marker from a file', svg('<line marker-end="url(file:///m.svg#a)"/>'), /^<line marker-end=.* points outside the figure/],
    ['a javascript: value', svg('<rect class="javascript:alert(1)"/>'), /points outside the figure/],
    ['another root namespace', svg('', ' xmlns:evil="urn:e"'), /^<svg> has the attribute "xmlns:evil"/],
    [
      'a document type with entities',
      `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg('<text>&x;</text>')}`,
      /document type|not well-formed/,
    ],
    ['a processing instruction', svg('<?xml-stylesheet href="http://x/s.css"?>'), 'a xml-stylesheet node inside <svg>'],
  ])('refuses %s', (_what, text, why) => {
    expect(refused(text)).toMatch(why);
  });
  it('accepts text that merely reads like markup or a URL: labels are text, never interpreted', () => {
    expect(refused(svg('<text x="1" y="2">&lt;script&gt; javascript:alert(1) url(http://x) &amp;</text><desc>file:///etc</desc>'))).toBe(
      'accepted',
    );
    expect(refused(svg('<g data-id="javascript:x"><path d="M0,0 L1,1" marker-end="url(#arrow-derived-from)"/></g>'))).toBe('accepted');
  });
});

describe('every figure the core composes passes the check', () => {
  it.each(LAYOUTS)('%s, in each theme, with a title, caption and legend', { timeout: 120_000 }, async (layout) => {
    const loaded = await loadGraphFolder('graph-data');
    if (!loaded.ok) throw new Error('graph-data did not load');
    const graph = buildGraph(loaded.document);
    await prepareLayout(layout);
    const view = parseView({ ...defaultView(), layout, focus: layout === 'lineage' ? 'alpaca' : undefined });
    if (!view.ok) throw new Error(view.message);
    for (const theme of ['print', 'light', 'dark'] as const) {
      const o = FigureOptions.parse({ theme, title: 'A <title> & "quotes"', caption: 'url(http://x) javascript:y', size: 'double' });
      const f = composeFigure(graph, sceneOf(graph, view.view), o, { dataHash: 'sha256:0' });
      expect(refused(f.svg)).toBe('accepted');
    }
  });
  it('a graph of hostile labels, too', async () => {
    const file = miniFile();
    file.nodes[1]!.label = '<script>alert(1)</script> url(http://x) javascript:y';
    const loaded = loadGraph([{ file: 'h.json', text: JSON.stringify(file) }]);
    if (!loaded.ok) throw new Error(loaded.issues[0]!.message);
    const graph = buildGraph(loaded.document);
    const f = composeFigure(graph, sceneOf(graph, { ...defaultView(), layout: 'timeline' }), FigureOptions.parse({}), { dataHash: 'x' });
    expect(f.svg).toContain('&lt;script&gt;');
    expect(refused(f.svg)).toBe('accepted');
  });
});

describe('main/handlers figure:save', () => {
  it('refuses a page-made SVG that is not a figure before any dialog, renderer or write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-svg-'));
    const asked: string[] = [];
    const h = createHandlers(
      { open: async () => null, openFolder: async () => null, save: async (o) => (asked.push(o.title), join(dir, 'f.png')) },
      { list: () => [], set: async () => undefined },
      () => dir,
    );
    for (const format of ['svg', 'png', 'pdf'] as const) {
      const r = await h['figure:save']({
        svg: svg('<image href="file:///etc/passwd" width="72" height="72"/>'),
        widthPt: 72,
        heightPt: 72,
        dataHash: 'x',
        format,
        options: FigureOptions.parse({}),
        title: 't',
        suggestedName: 'f',
        view: defaultView(),
      });
      expect(r).toEqual({ ok: false, message: "the figure's SVG was refused: <image> is not an element a figure is drawn with (line 1)" });
    }
    expect(asked).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });
});
