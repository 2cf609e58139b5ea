import { describe, expect, it } from 'vitest';
import { layoutToDraw, SYNC_LAYOUT_UP_TO } from '../../../renderer/layout/first';
import { buildGraph } from '../../../src/model/build';
import { loadGraph } from '../../../src/import/load';
import { cachedLayout, keepLayout, sceneMembers } from '../../../src/view/scene';
import { defaultView } from '../../../src/view/spec';
import { syntheticGraph } from '../../../bench/synthetic';

const loaded = loadGraph([{ file: 'synthetic.json', text: JSON.stringify(syntheticGraph(1000)) }]);
if (!loaded.ok) throw new Error('the synthetic graph did not load');
const graph = buildGraph(loaded.document);

describe('layout/first.layoutToDraw', () => {
  it('lays out a small view on the spot and keeps it in the one cache', () => {
    const m = sceneMembers(graph, { ...defaultView(), focus: 'd400' });
    expect(m.nodes.length).toBeLessThanOrEqual(SYNC_LAYOUT_UP_TO);
    const r = layoutToDraw(graph, m, undefined);
    expect(Object.keys(r.positions).sort()).toEqual([...m.nodes].sort());
    expect(cachedLayout(graph, m.layoutKey)).toBe(r);
  });

  it('draws a large view with the last layout while the worker runs, a grid where there is none, the cached one once kept', () => {
    const m = sceneMembers(graph, defaultView());
    expect(m.nodes.length).toBeGreaterThan(SYNC_LAYOUT_UP_TO);
    const last = { positions: { d1: { x: 1, y: 2 } } };
    expect(layoutToDraw(graph, m, last)).toBe(last);
    const grid = layoutToDraw(graph, m, undefined);
    expect(Object.keys(grid.positions).length).toBe(m.nodes.length);
    const kept = { positions: { d1: { x: 5, y: 5 } } };
    keepLayout(graph, m.layoutKey, kept);
    expect(layoutToDraw(graph, m, last)).toBe(kept);
  });
});
