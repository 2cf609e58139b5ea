import { beforeAll, describe, expect, it } from 'vitest';
import { type GraphvizEngine, loadGraphviz, type PrintedLayout } from '../../../src/layout';
import { printTree } from '../../../src/layout/print-tree';
import { segmentHitsBox } from '../../../src/figure/labels';
import { g, spec } from './print-spec';

const ids = g.nodes().filter((id) => ['technique', 'dataset'].includes(g.getNodeAttribute(id, 'kind')));
let viz: GraphvizEngine;
beforeAll(async () => {
  viz = await loadGraphviz();
});

/** Pairs of boxes that overlap, and edges that cross a box other than their two ends. */
function clashes(r: PrintedLayout): string[] {
  const out: string[] = [];
  const boxes = Object.entries(r.placed);
  for (const [a, p] of boxes)
    for (const [b, q] of boxes)
      if (a < b && !(p.box[2] <= q.box[0] || q.box[2] <= p.box[0] || p.box[3] <= q.box[1] || q.box[3] <= p.box[1])) out.push(`${a} / ${b}`);
  for (const [e, pts] of Object.entries(r.routes ?? {}))
    for (const [id, p] of boxes) {
      if (id === g.source(e) || id === g.target(e)) continue;
      const b = [p.box[0] + 0.5, p.box[1] + 0.5, p.box[2] - 0.5, p.box[3] - 0.5] as const;
      for (let i = 1; i < pts.length; i++) if (segmentHitsBox([pts[i - 1]!, pts[i]!], b)) out.push(`${e} through ${id}`);
    }
  return out;
}

describe('layout/print-tree', () => {
  it('refuses an unknown node', () => {
    expect(() => printTree(g, ['alpaca', 'nope'], viz, spec(500, 600))).toThrow('layout/print-tree: unknown node "nope"');
  });

  it('indents each technique under its parent, the datasets in a column beside the tree', () => {
    const r = printTree(g, ids, viz, spec(500, 600));
    expect(r.fits).toBe(true);
    expect(Object.keys(r.placed).sort()).toEqual([...ids].sort());
    const box = (id: string) => r.placed[id]!.box;
    // A child's row is below its parent's and starts further right, left of where the datasets begin.
    expect(box('model-generated')[0]).toBeGreaterThan(box('data-generation')[0]);
    expect(box('model-generated')[1]).toBeGreaterThan(box('data-generation')[1]);
    expect(box('self-instruct-style')[0]).toBeGreaterThan(box('model-generated')[0]);
    const treeRight = Math.max(...ids.filter((id) => g.getNodeAttribute(id, 'kind') === 'technique').map((id) => box(id)[2]));
    for (const id of ids.filter((i) => g.getNodeAttribute(i, 'kind') === 'dataset')) expect(box(id)[0]).toBeGreaterThan(treeRight);
  });

  it('draws no box over another and routes every edge clear of every box but its two ends', () => {
    const r = printTree(g, ids, viz, spec(500, 600));
    expect(Object.keys(r.routes ?? {}).length).toBeGreaterThan(0);
    expect(clashes(r)).toEqual([]);
  });

  it("ends a technique-use edge at the end of the technique's label, and a kind-of edge in its parent's glyph", () => {
    const r = printTree(g, ids, viz, spec(500, 600));
    const use = g.edges().find((e) => g.getEdgeAttribute(e, 'kind') === 'uses-technique' && ids.includes(g.source(e)))!;
    const end = r.routes![use]!.at(-1)!;
    expect(end.x).toBeCloseTo(r.placed[g.target(use)]!.box[2], 5);
    const kindOf = g.edges().find((e) => g.getEdgeAttribute(e, 'kind') === 'subtechnique-of' && ids.includes(g.source(e)))!;
    expect(r.routes![kindOf]!.at(-1)!.x).toBeCloseTo(r.positions[g.target(kindOf)]!.x, 5);
  });

  it('wraps labels to fit a narrow column, and says when nothing fits', () => {
    const wide = printTree(g, ids, viz, spec(500, 600));
    const widths = Array.from({ length: 20 }, (_, i) => Math.round(wide.size.width - 10 * (i + 1)));
    const width = widths.find((w) => Object.values(printTree(g, ids, viz, spec(w, 600)).placed).some((p) => p.lines.length > 1));
    expect(width).toBeDefined();
    const narrow = printTree(g, ids, viz, spec(width!, 600));
    expect(narrow.fits).toBe(true);
    expect(narrow.size.width).toBeLessThanOrEqual(width!);
    expect(clashes(narrow)).toEqual([]);
    expect(printTree(g, ids, viz, spec(60, 40)).fits).toBe(false);
  });

  it('is deterministic, whatever the order of the ids', () => {
    expect(printTree(g, [...ids].reverse(), viz, spec(500, 600))).toEqual(printTree(g, ids, viz, spec(500, 600)));
  });
});
