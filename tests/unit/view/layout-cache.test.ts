// One layout cache: what the canvas lays out (on the spot or in its worker) is what sceneOf, and so the export
// dialog and the CLI, find for the same graph, layout and drawn nodes.
import { describe, expect, it } from 'vitest';
import { layoutView } from '../../../src/layout';
import { cachedLayout, keepLayout, layoutOf, sceneMembers, sceneOf } from '../../../src/view/scene';
import { defaultView, type ViewSpec } from '../../../src/view/spec';
import { miniGraph } from '../../fixtures/mini';

const view = (patch: Partial<ViewSpec>): ViewSpec => ({ ...defaultView(), ...patch });

describe('view/scene layout cache', () => {
  it('has no layout for members never laid out, and computes none when asked', () => {
    const g = miniGraph();
    expect(cachedLayout(g, sceneMembers(g, view({ layout: 'timeline' })).layoutKey)).toBeUndefined();
  });
  it('lays a scene out once per graph, layout and drawn nodes, whatever else of the view changes', () => {
    const g = miniGraph();
    const a = sceneOf(g, view({ layout: 'timeline' }));
    expect(sceneOf(g, view({ layout: 'timeline', theme: 'dark' })).layout).toBe(a.layout);
    expect(layoutOf(g, sceneMembers(g, view({ layout: 'timeline' })))).toBe(a.layout);
    expect(sceneOf(g, view({ layout: 'force' })).layout).not.toBe(a.layout);
    expect(sceneOf(miniGraph(), view({ layout: 'timeline' })).layout).not.toBe(a.layout);
  });
  it('gives sceneOf the layout a worker computed for the same members, keyed the same way', () => {
    const g = miniGraph();
    const members = sceneMembers(g, view({ focus: 'alpaca', layout: 'timeline' }));
    const fromWorker = layoutView(g, members.nodes, 'timeline');
    keepLayout(g, members.layoutKey, fromWorker);
    expect(cachedLayout(g, members.layoutKey)).toBe(fromWorker);
    expect(sceneOf(g, view({ focus: 'alpaca', layout: 'timeline' })).layout).toBe(fromWorker);
    // Other drawn nodes are another key.
    expect(
      cachedLayout(g, sceneMembers(g, view({ focus: 'chatalpaca', direction: 'descendants', layout: 'timeline' })).layoutKey),
    ).toBeUndefined();
  });
});
