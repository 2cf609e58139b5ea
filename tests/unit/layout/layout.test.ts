import { beforeAll, describe, expect, it } from 'vitest';
import { forceLayout, layoutView, lineageLayout, NODE_SIZE, prepareLayout, timelineLayout } from '../../../src/layout';
import type { Layout } from '../../../src/view/spec';
import { miniFile, miniGraph } from '../../fixtures/mini';

const g = miniGraph();
const ids = g.nodes().filter((id) => g.getNodeAttribute(id, 'kind') !== 'reference');
beforeAll(() => prepareLayout('lineage'));

/** The mini graph with every dataset released in ChatAlpaca's month: one stack for the timeline to pack. */
function oneMonth() {
  const f = miniFile();
  const april = (f.nodes.find((n) => n.id === 'chatalpaca') as { released?: unknown }).released;
  for (const n of f.nodes) if (n.kind === 'dataset') (n as { released?: unknown }).released = april;
  const g2 = miniGraph(f);
  return { g2, datasets: g2.filterNodes((_, a) => a.kind === 'dataset') };
}

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
    // A model with no date (text-davinci-003) sits in the month of the first dataset it generated (Alpaca).
    expect(p['text-davinci-003']!.x).toBe(p['alpaca']!.x);
    expect(axis!.ticks.map((t) => t.label)).toContain('undated'); // the seed tasks, a source with no date, still are
  });

  it('timeline: a node and its label, to its right, end before the next node of its row begins', () => {
    const { positions: p, labels } = timelineLayout(g, ids);
    expect(labels?.side).toBe('right');
    const half = NODE_SIZE / 2;
    const ends = (id: string) => p[id]!.x + half + labels!.gap + labels!.widths[id]!;
    for (const a of ids)
      for (const b of ids) if (a !== b && p[a]!.y === p[b]!.y && p[a]!.x <= p[b]!.x) expect(ends(a)).toBeLessThanOrEqual(p[b]!.x - half);
  });

  it("timeline: datasets of one month are stacked, a label's height apart, at that month's x", () => {
    const { g2, datasets } = oneMonth();
    const { positions: p, labels } = timelineLayout(g2, datasets);
    expect(new Set(datasets.map((id) => p[id]!.x)).size).toBe(1);
    const ys = datasets.map((id) => p[id]!.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++)
      if (ys[i] !== ys[i - 1]) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(Math.max(NODE_SIZE, labels!.fontSize * 1.3));
  });

  it("timeline, given a screen with height to spare: a month's stack is packed for its labels' size on screen", () => {
    const { g2, datasets } = oneMonth();
    const plain = timelineLayout(g2, datasets);
    const screen = { width: 650, height: 335, labelPx: 11 };
    const roomy = timelineLayout(g2, datasets, 'purpose', screen);
    const gaps = (l: typeof plain) => {
      const ys = datasets.map((id) => l.positions[id]!.y).sort((a, b) => a - b);
      return ys.slice(1).map((y, i) => y - ys[i]!);
    };
    // Labels sized as the screen draws them at the zoom that fits the width: far above the 20 units packed for alone.
    expect(roomy.labels!.fontSize).toBeGreaterThan(plain.labels!.fontSize);
    // 11 px labels at the zoom the fonts imply (1.1 × 11 / fontSize): each row at least a label's height (11 × 1.3 + 3) apart.
    const zoom = (1.1 * 11) / roomy.labels!.fontSize;
    for (const gap of gaps(roomy)) expect(gap * zoom).toBeGreaterThanOrEqual(11 * 1.3 + 3);
    expect(Math.max(...gaps(roomy))).toBeGreaterThan(Math.max(...gaps(plain)));
    // A screen too low for rows that far apart keeps the rows packed without it.
    expect(timelineLayout(g2, datasets, 'purpose', { ...screen, height: 60 }).positions).toEqual(plain.positions);
  });

  it('lineage (dagre, kept for comparison): an origin sits left of what was derived from it', () => {
    const { positions: p } = lineageLayout(g, ids);
    expect(p['seed-tasks']!.x).toBeLessThan(p['self-instruct']!.x);
    expect(p['alpaca']!.x).toBeLessThan(p['chatalpaca']!.x);
  });

  it('lineage (layered, time on x): a dated origin sits left of what was derived from it', () => {
    const { positions: p } = layoutView(g, ids, 'lineage');
    expect(p['self-instruct']!.x).toBeLessThan(p['alpaca']!.x);
    expect(p['alpaca']!.x).toBeLessThan(p['chatalpaca']!.x);
  });

  it('lineage refuses to run before Graphviz is loaded', async () => {
    const { vi } = await import('vitest');
    vi.resetModules();
    const fresh = await import('../../../src/layout');
    expect(() => fresh.layoutView(g, ids, 'lineage')).toThrow(
      'layout: the lineage layout needs Graphviz: await prepareLayout("lineage") first',
    );
    expect(fresh.layoutReady('lineage')).toBe(false);
    expect(fresh.layoutReady('force')).toBe(true);
    // A scene that would run it on its own, such as the canvas's rehearsal, is not made.
    const scenes = await import('../../../src/view/scene');
    const { defaultView } = await import('../../../src/view/spec');
    expect(scenes.rehearsalScene(g, { ...defaultView(), layout: 'lineage' })).toBeNull();
    expect(scenes.rehearsalScene(g, defaultView())).not.toBeNull();
    await fresh.prepareLayout('lineage');
    expect(fresh.layoutReady('lineage')).toBe(true);
  });
});

describe('layout/survey-figures', () => {
  it('rejects unknown nodes', () => {
    expect(() => layoutView(g, ['nope'], 'techniques')).toThrow('layout/survey-figures: unknown node "nope"');
    expect(() => layoutView(g, ['nope'], 'comparison')).toThrow('layout/survey-figures: unknown node "nope"');
  });
  it('Figure 1: the technique tree from left to right, each dataset to the right of the techniques it uses', () => {
    const { positions: p } = layoutView(g, ids, 'techniques');
    expect(p['data-generation']!.x).toBeLessThan(p['model-generated']!.x);
    expect(p['model-generated']!.x).toBeLessThan(p['self-instruct-style']!.x);
    expect(p['self-instruct-style']!.x).toBeLessThan(p['alpaca']!.x);
    expect(p['crowdsourcing']!.x).toBeLessThan(p['dolly-15k']!.x);
    // nodes outside the tree are parked to the right, not dropped
    const treeRight = Math.max(
      ...['data-generation', 'model-generated', 'self-instruct-style', 'crowdsourcing', 'alpaca', 'dolly-15k'].map((id) => p[id]!.x),
    );
    expect(p['text-davinci-003']!.x).toBeGreaterThan(treeRight);
  });
  it('Figure 2: comparison datasets in the cell of their two axes', () => {
    const f = miniFile();
    const survey = [{ kind: 'survey' as const, locator: '§3.2' }];
    const cmp = (id: string, prep: string, ann: string[]) => ({
      id,
      kind: 'dataset' as const,
      label: id,
      provenance: survey,
      taxonomy: { purpose: 'comparison' as const, modality: ['text' as const], generation: 'instructgpt' as const, provenance: survey },
      figure2: { demonstrationPreparation: prep, preferenceAnnotation: ann, provenance: survey },
    });
    f.nodes.push(
      cmp('hh', 'human-and-model', ['human-interface']) as never,
      cmp('uf', 'model-generated', ['model']) as never,
      cmp('shp', 'existing-datasets', ['human-forum-votes']) as never,
    );
    const g2 = miniGraph(f);
    const { positions: p, axis } = layoutView(g2, g2.nodes(), 'comparison');
    if (axis?.kind !== 'grid') throw new Error('expected a grid axis');
    const cell = (id: string) => ({
      col: axis.columns.find((c) => p[id]!.x >= c.x0 && p[id]!.x < c.x1)?.label,
      row: axis.rows.find((r) => p[id]!.y >= r.y0 && p[id]!.y < r.y1)?.label,
    });
    expect(cell('hh')).toEqual({ col: 'human-and-model', row: 'human-interface' });
    expect(cell('uf')).toEqual({ col: 'model-generated', row: 'model' });
    expect(cell('shp')).toEqual({ col: 'existing-datasets', row: 'human-forum-votes' });
    expect(p['alpaca']!.x).toBeGreaterThan(axis.columns[axis.columns.length - 1]!.x1);
  });
});
