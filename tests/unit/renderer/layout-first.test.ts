import { describe, expect, it } from 'vitest';
import { layoutToDraw, SYNC_FORCE_UP_TO, SYNC_LAYOUT_UP_TO } from '../../../renderer/layout/first';
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

  it('draws a mid-sized force view where the last layout placed its nodes, laid out here only where none did', () => {
    const whole = sceneMembers(graph, defaultView());
    const nodes = whole.nodes.slice(0, SYNC_FORCE_UP_TO + 20);
    const m = { nodes, layoutKey: `force|${nodes.join('\n')}`, view: defaultView() };
    const last = { positions: Object.fromEntries(whole.nodes.map((id, i) => [id, { x: i, y: -i }])) };
    // Placed by the last layout: drawn there (the worker lays it out), nothing computed here.
    expect(layoutToDraw(graph, m, last)).toBe(last);
    expect(cachedLayout(graph, m.layoutKey)).toBeUndefined();
    // One node the last layout did not place: laid out here, as a first view is.
    const { [nodes[0]!]: _gone, ...rest } = last.positions;
    const r = layoutToDraw(graph, m, { positions: rest });
    expect(Object.keys(r.positions).sort()).toEqual([...nodes].sort());
    expect(cachedLayout(graph, m.layoutKey)).toBe(r);
    // A layout other than the force layout is laid out here up to SYNC_LAYOUT_UP_TO, whatever stands in.
    const t = { nodes, layoutKey: `timeline|${nodes.join('\n')}`, view: { ...defaultView(), layout: 'timeline' as const } };
    expect(layoutToDraw(graph, t, last)).not.toBe(last);
  });
});
