import { beforeAll, describe, expect, it } from 'vitest';
import { prepareLayout } from '../../../src/layout';
import {
  canonicalJson,
  composeFigure,
  documentHash,
  escapeXml,
  figureOf,
  figureWidthInches,
  FigureOptions,
  parseLength,
} from '../../../src/figure';
import { placeLabels, segmentHitsBox } from '../../../src/figure/labels';
import { sceneOf } from '../../../src/view/scene';
import { defaultView, type ViewSpec } from '../../../src/view/spec';
import { miniFile, miniGraph } from '../../fixtures/mini';

const g = miniGraph();
beforeAll(() => prepareLayout('lineage')); // Graphviz, for the layered lineage
const hash = documentHash(miniFile());
const view = (patch: Partial<ViewSpec>): ViewSpec => ({ ...defaultView(), ...patch });
const ids = (svg: string, cls: 'node' | 'edge') =>
  [...svg.matchAll(new RegExp(`<g class="${cls}" data-id="([^"]*)"`, 'g'))].map((m) => m[1]);

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

describe('figure/compose', () => {
  it('rejects bad options', () => {
    expect(() => figureOf(g, hash, defaultView(), { dpi: 72 } as never)).toThrow();
  });
  it('escapes XML, and drops the characters XML forbids', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    expect(escapeXml('a\u0000b\u001bc\uFFFEd\uD800e')).toBe('abcde');
    expect(escapeXml('😀')).toBe('😀');
  });
  it('is sized in inches for a column, returns its size, and carries the view and the data hash', () => {
    const f = figureOf(g, hash, view({ layout: 'timeline' }), { title: 'A & B' });
    expect(f.svg).toMatch(/<svg [^>]*width="3.5in"/);
    expect(f.widthPt).toBe(252);
    expect(f.svg).toContain(`viewBox="0 0 252 ${Math.round(f.heightPt * 100) / 100}"`);
    expect(f.svg).toContain('<title>A &amp; B</title>');
    const meta = JSON.parse(f.svg.match(/<metadata id="lineage-atlas-view">([^<]*)<\/metadata>/)![1]!.replace(/&quot;/g, '"'));
    expect(meta.dataHash).toBe(hash);
    expect(f.dataHash).toBe(hash);
    expect(meta.view.layout).toBe('timeline');
    expect(f.svg).toContain('InstructGPT (2022-03)');
    expect(f.svg).toContain('<g class="axis" data-axis="time">');
  });
  it('groups each node with its label and each edge with its path, as Graphviz writes SVG', () => {
    const f = figureOf(g, hash, defaultView(), { size: 'double', marks: false });
    const scene = sceneOf(g, defaultView());
    expect(ids(f.svg, 'node')).toEqual(scene.nodes);
    expect(ids(f.svg, 'edge')).toEqual(scene.edges);
    expect(f.nodes).toEqual(scene.nodes);
    expect(f.svg).toMatch(/<g class="node" data-id="alpaca" data-kind="dataset"><rect [^>]*\/><text [^>]*>Alpaca<\/text><\/g>/);
    expect(f.svg).toMatch(
      /<g class="edge" data-id="alpaca\|derived-from\|self-instruct" data-kind="derived-from"><path d="M[\d.]+,[\d.]+ L[\d.]+,[\d.]+"/,
    );
    expect(f.svg).toContain('<g class="legend">');
    expect(f.svg).toContain('>derived from<');
    expect(f.svg).not.toContain('>Reference<');
    expect(figureOf(g, hash, defaultView(), { legend: false }).svg).not.toContain('class="legend');
  });
  it("sets a single column's legend as small as its marks (6 pt), a double column's at the labels' size", () => {
    const legendFonts = (size: 'single' | 'double') => {
      const svg = figureOf(g, hash, view({ layout: 'lineage' }), { size }).svg;
      return new Set([...svg.slice(svg.indexOf('<g class="legend">')).matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1])));
    };
    expect(legendFonts('single')).toEqual(new Set([6]));
    expect(legendFonts('double')).toEqual(new Set([7]));
  });
  it('follows the filter: hidden elements are left out, dimmed ones drawn faint', () => {
    const v = view({ filter: { era: 'all', facets: { pairingGroup: ['H-H'] } } });
    expect(figureOf(g, hash, v, { marks: false }).nodes).toHaveLength(3);
    const dim = figureOf(g, hash, { ...v, filterMode: 'dim' }, { marks: false });
    expect(dim.nodes).toHaveLength(12);
    expect(dim.svg).toMatch(/<g class="node" data-id="alpaca" data-kind="dataset" opacity="0.2">/);
  });
  it('holds exactly the scene it is given: a traced path, its nodes and its highlight', () => {
    const v = view({ trace: { from: 'chatalpaca', to: 'seed-tasks' }, context: 'dim' });
    const scene = sceneOf(g, v);
    const f = composeFigure(g, scene, FigureOptions.parse({ size: 'double' }), { dataHash: hash });
    // every node of the scene is drawn: as a node, or as a mark on the datasets that use it
    expect([...f.nodes, ...f.marked].sort()).toEqual([...scene.nodes]);
    expect(f.marked).toEqual(['crowdsourcing', 'data-generation', 'model-generated', 'self-instruct-style', 'text-davinci-003']);
    expect(composeFigure(g, scene, FigureOptions.parse({ size: 'double', marks: false }), { dataHash: hash }).edges).toEqual(scene.edges);
    expect(f.highlight.nodes).toEqual(['alpaca', 'chatalpaca', 'seed-tasks', 'self-instruct']);
    expect(f.highlight.edges).toHaveLength(3);
    expect(f.svg).toContain('marker-end="url(#arrow-derived-from-focus)"');
  });
  it('shows a focused lineage alone: the context changes the figure', () => {
    const alone = figureOf(g, hash, view({ focus: 'chatalpaca', direction: 'ancestors' }));
    const dimmed = figureOf(g, hash, view({ focus: 'chatalpaca', direction: 'ancestors', context: 'dim' }));
    expect(alone.nodes).not.toContain('dolly-15k');
    expect(dimmed.nodes).toContain('dolly-15k');
    expect(alone.svg).not.toBe(dimmed.svg);
  });
  it('labels every node of a small figure, clear of the edges', () => {
    for (const layout of ['force', 'timeline', 'lineage', 'techniques'] as const) {
      const f = figureOf(g, hash, view({ layout }), { size: 'double' });
      expect(f.labelsLeftOut, layout).toEqual([]);
      expect(f.labelsOverEdges, layout).toEqual([]);
    }
  });
  it('says which labels found no room and what would fit, rather than dropping them silently', () => {
    const f = figureOf(g, hash, view({ layout: 'timeline' }), { size: 'custom', width: 1, height: 3, fontSize: 9, legend: false });
    expect(f.labelsLeftOut.length).toBeGreaterThan(0);
    for (const id of f.labelsLeftOut) expect(g.hasNode(id)).toBe(true);
    expect(f.advice).toMatch(/do not fit at this size/);
    expect(f.svg).toContain('left out for room');
  });
  it('draws techniques and models as marks under the labels of the datasets that use them, with a key', () => {
    const f = figureOf(g, hash, defaultView(), { size: 'double' });
    expect(f.nodes).not.toContain('text-davinci-003');
    expect(f.edges.some((e) => e.includes('uses-technique') || e.includes('generated-by'))).toBe(false);
    expect(f.svg).toMatch(/<g class="node" data-id="alpaca"[^]*?<text [^>]*class="marks">T\d+ · M1<\/text><\/g>/);
    expect(f.svg).toMatch(
      /<g class="legend-mark" data-id="text-davinci-003"><text [^>]*><tspan font-weight="bold">M1 <\/tspan>text-davinci-003<\/text>/,
    );
    // Figure 1's tree is made of techniques: they stay nodes there
    expect(figureOf(g, hash, view({ layout: 'techniques' })).marked).toEqual([]);
  });
  it('is deterministic', () => {
    expect(figureOf(g, hash, defaultView()).svg).toBe(figureOf(g, hash, defaultView()).svg);
  });
  it('refuses a height with no room for the graph', () => {
    expect(() => figureOf(g, hash, defaultView(), { height: 0.5, title: 'T', caption: 'A long caption '.repeat(20) })).toThrow(/no room/);
  });
  it('draws the legend of a dark figure in light lines', () => {
    const f = figureOf(g, hash, defaultView(), { theme: 'dark' });
    const legend = f.svg.slice(f.svg.indexOf('<g class="legend">'));
    expect(legend).toMatch(/data-kind="derived-from"><line [^>]*stroke="#d0d0d0"/);
  });
});

describe('figure/labels', () => {
  const box = (b: readonly number[], c: readonly number[]) => b[0]! < c[2]! && c[0]! < b[2]! && b[1]! < c[3]! && c[1]! < b[3]!;
  const req = (id: string, x: number, y: number, width = 30, lines = 1, rank = 1) => ({
    id,
    at: { x, y },
    half: { w: 4, h: 4 },
    width,
    lines,
    rank,
  });
  it('puts a label below its node when there is room', () => {
    const at = placeLabels([req('a', 50, 50)], 7).labels.get('a')!;
    expect(at.anchor).toBe('middle');
    expect(at.y).toBeGreaterThan(50);
  });
  it('never lets two labels overlap: it moves one aside, and leaves out what has no room', () => {
    const nodes = Array.from({ length: 12 }, (_, i) => req(`n${i}`, 50 + (i % 3) * 6, 50 + Math.floor(i / 3) * 6, 40, 2));
    const { labels } = placeLabels(nodes, 7);
    const boxes = [...labels.values()].filter((v) => v !== null).map((v) => v!.box);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(box(boxes[i]!, boxes[j]!)).toBe(false);
    expect([...labels.values()].some((v) => v === null)).toBe(true);
    expect(boxes.length).toBeGreaterThan(1);
  });
  it('keeps labels off the obstacles and the edges it is given', () => {
    expect(placeLabels([req('a', 50, 50)], 7, [[0, 54, 100, 100]]).labels.get('a')!.box[3]).toBeLessThanOrEqual(54);
    // an edge straight down through the place below: the label goes elsewhere
    const p = placeLabels(
      [req('a', 50, 50)],
      7,
      [],
      [
        [
          { x: 50, y: 54 },
          { x: 50, y: 90 },
        ],
      ],
    );
    expect(p.labels.get('a')!.box[1]).toBeLessThan(54);
    expect(p.overEdges.size).toBe(0);
  });
  it('gives the most important label room first', () => {
    const walls: [number, number, number, number][] = [
      [-1e6, -1e6, 1e6, 40],
      [-1e6, 70, 1e6, 1e6],
      [-1e6, -1e6, 10, 1e6],
      [90, -1e6, 1e6, 1e6],
    ];
    const { labels } = placeLabels([req('b', 50, 50, 60, 1, 11), req('a', 50, 50, 60, 1, 0)], 7, walls);
    expect(labels.get('a')).not.toBeNull();
    expect(labels.get('b')).toBeNull();
  });
  it('knows when a segment crosses a box', () => {
    expect(
      segmentHitsBox(
        [
          { x: 0, y: 0 },
          { x: 10, y: 10 },
        ],
        [4, 4, 6, 6],
      ),
    ).toBe(true);
    expect(
      segmentHitsBox(
        [
          { x: 0, y: 0 },
          { x: 10, y: 0 },
        ],
        [4, 4, 6, 6],
      ),
    ).toBe(false);
    expect(
      segmentHitsBox(
        [
          { x: 0, y: 10 },
          { x: 10, y: 0 },
        ],
        [0, 0, 2, 2],
      ),
    ).toBe(false);
  });
});
