import { beforeAll, describe, expect, it } from 'vitest';
import { type GraphvizEngine, loadGraphviz } from '../../../src/layout';
import { printLineage } from '../../../src/layout/print-lineage';
import { segmentHitsBox } from '../../../src/figure/labels';
import { g, spec } from './print-spec';

const ids = g.nodes().filter((id) => g.getNodeAttribute(id, 'kind') !== 'reference');
let viz: GraphvizEngine;
beforeAll(async () => {
  viz = await loadGraphviz();
});

describe('layout/print-lineage', () => {
  it('refuses an unknown node', () => {
    expect(() => printLineage(g, ['alpaca', 'nope'], viz, spec(500, 600))).toThrow('layout/print-lineage: unknown node "nope"');
  });

  it('gives every node a box holding its label, no two boxes overlapping, within the room it fits', () => {
    const r = printLineage(g, ids, viz, spec(500, 600));
    expect(r.fits).toBe(true);
    expect(Object.keys(r.placed).sort()).toEqual([...ids].sort());
    expect(r.size.width).toBeLessThanOrEqual(500);
    const boxes = Object.entries(r.placed);
    for (const [id, p] of boxes) {
      const [x0, y0, x1, y1] = p.box;
      expect(p.x).toBeGreaterThan(x0);
      expect(p.x + spec(0, 0).measure(p.lines[0]!, 7)).toBeLessThan(x1);
      expect(p.y).toBeLessThan(y1);
      expect(r.positions[id]!.x).toBeGreaterThan(x0);
      for (const [other, q] of boxes)
        if (other !== id) expect(x1 <= q.box[0] || q.box[2] <= x0 || y1 <= q.box[1] || q.box[3] <= y0, `${id} / ${other}`).toBe(true);
    }
  });

  it('routes every edge around every box but its own two ends', () => {
    const r = printLineage(g, ids, viz, spec(500, 600));
    const routes = Object.entries(r.routes ?? {});
    expect(routes.length).toBeGreaterThan(0);
    for (const [e, pts] of routes) {
      const ends = new Set([g.source(e), g.target(e)]);
      for (const [id, p] of Object.entries(r.placed)) {
        if (ends.has(id)) continue;
        const b = [p.box[0] + 0.5, p.box[1] + 0.5, p.box[2] - 0.5, p.box[3] - 0.5] as const;
        for (let i = 1; i < pts.length; i++) expect(segmentHitsBox([pts[i - 1]!, pts[i]!], b), `${e} through ${id}`).toBe(false);
      }
    }
  });

  it('top to bottom in a narrow column, places the rows itself and routes every edge clear of the boxes and inside the width', () => {
    const wide = printLineage(g, ids, viz, spec(500, 600));
    const r = printLineage(g, ids, viz, spec(130, 2000));
    expect(r.fits).toBe(true);
    expect(r.axis).toMatchObject({ kind: 'time', along: 'y' });
    expect(r.size.width).toBeLessThanOrEqual(130);
    expect(r.size.height).toBeGreaterThan(wide.size.height);
    const boxes = Object.entries(r.placed);
    for (const [e, pts] of Object.entries(r.routes ?? {})) {
      const xs = pts.map((p) => p.x);
      expect(Math.min(...xs), e).toBeGreaterThan(-3);
      expect(Math.max(...xs), e).toBeLessThan(133);
      for (const [id, p] of boxes) {
        if (id === g.source(e) || id === g.target(e)) continue;
        const b = [p.box[0] + 0.5, p.box[1] + 0.5, p.box[2] - 0.5, p.box[3] - 0.5] as const;
        for (let i = 1; i < pts.length; i++) expect(segmentHitsBox([pts[i - 1]!, pts[i]!], b), `${e} through ${id}`).toBe(false);
      }
    }
    // Rows run in time: a dataset is on a row no higher than any dataset it was derived from.
    const dataset = (id: string) => r.placed[id] !== undefined && g.getNodeAttribute(id, 'kind') === 'dataset';
    const derived = g
      .edges()
      .filter((x) => g.getEdgeAttribute(x, 'kind') === 'derived-from' && dataset(g.source(x)) && dataset(g.target(x)));
    expect(derived.length).toBeGreaterThan(0);
    for (const e of derived) expect(r.placed[g.source(e)]!.box[1], e).toBeGreaterThanOrEqual(r.placed[g.target(e)]!.box[1]);
  });

  it('says it does not fit when no arrangement fits the room', () => {
    const r = printLineage(g, ids, viz, spec(60, 40));
    expect(r.fits).toBe(false);
  });

  it('is deterministic, whatever the order of the ids', () => {
    expect(printLineage(g, [...ids].reverse(), viz, spec(500, 600))).toEqual(printLineage(g, ids, viz, spec(500, 600)));
  });
});
