import { describe, expect, it } from 'vitest';
import { forceLayout, layoutView, lineageLayout, timelineLayout, withSeededRandom } from '../../../src/layout';
import type { Layout } from '../../../src/view/spec';
import { miniGraph } from '../../fixtures/mini';

const g = miniGraph();
const ids = g.nodes().filter((id) => g.getNodeAttribute(id, 'kind') !== 'reference');

describe('layout', () => {
  it('rejects unknown nodes and layouts', () => {
    expect(() => timelineLayout(g, ['nope'])).toThrow('layout/timeline: unknown node "nope"');
    expect(() => lineageLayout(g, ['nope'])).toThrow('layout/lineage: unknown node "nope"');
    expect(() => forceLayout(g, ['nope'])).toThrow('layout/force: unknown node "nope"');
    expect(() => layoutView(g, ids, 'circle' as Layout)).toThrow('layout: unknown layout "circle"');
    expect(() => timelineLayout(g, ids, 'colour' as 'purpose')).toThrow(/lanes must be/);
  });

  it.each(['timeline', 'lineage', 'force'] as const)('%s is deterministic and places every node', (name) => {
    const a = layoutView(g, ids, name);
    const b = layoutView(g, [...ids].reverse(), name);
    expect(Object.keys(a.positions).sort()).toEqual([...ids].sort());
    expect(b.positions).toEqual(a.positions);
    for (const p of Object.values(a.positions)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('timeline: x follows release month, the watershed sits at 2022-03, lanes by purpose', () => {
    const { positions: p, axis } = timelineLayout(g, ids);
    expect(p['self-instruct']!.x).toBeLessThan(p['alpaca']!.x);
    expect(p['alpaca']!.x).toBeLessThan(p['chatalpaca']!.x);
    expect(axis!.watershed.x).toBeLessThan(p['self-instruct']!.x);
    expect(axis!.ticks.map((t) => t.label)).toContain('2023');
    expect(axis!.lanes.map((l) => l.label)).toEqual(['demonstration', 'generalist', 'sources', 'models', 'techniques']);
    const lane = (label: string) => axis!.lanes.find((l) => l.label === label)!;
    expect(p['flan-collection']!.y).toBeGreaterThan(lane('generalist').y0);
    expect(p['flan-collection']!.y).toBeLessThan(lane('generalist').y1);
  });

  it('timeline: nodes in the same lane never overlap', () => {
    const { positions: p } = timelineLayout(g, ids);
    const pts = Object.values(p);
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++) expect(Math.abs(pts[i]!.x - pts[j]!.x) >= 90 || pts[i]!.y !== pts[j]!.y).toBe(true);
  });

  it('lineage: an origin sits left of what was derived from it', () => {
    const { positions: p } = lineageLayout(g, ids);
    expect(p['seed-tasks']!.x).toBeLessThan(p['self-instruct']!.x);
    expect(p['alpaca']!.x).toBeLessThan(p['chatalpaca']!.x);
  });

  it('withSeededRandom restores Math.random, even on error', () => {
    const original = Math.random;
    const a = withSeededRandom(1, () => [Math.random(), Math.random()]);
    expect(withSeededRandom(1, () => [Math.random(), Math.random()])).toEqual(a);
    expect(() => withSeededRandom(1, () => { throw new Error('x'); })).toThrow('x');
    expect(Math.random).toBe(original);
  });
});
