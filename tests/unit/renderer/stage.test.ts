import { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { elementsOf } from '../../../renderer/canvas/elements';
import { sceneChanges } from '../../../renderer/canvas/sceneClasses';
import {
  chooseStage,
  createStage,
  destroyStage,
  markStage,
  prepareSmall,
  sceneCost,
  REMOVE_COST,
  SCENE_DETAIL_UP_TO,
  sceneDetail,
  setStageElements,
  showScene,
  type Stage,
} from '../../../renderer/canvas/stage';
import cytoscape from 'cytoscape';
import { type Detail, stylesheet } from '../../../renderer/canvas/stylesheet';
import { graph, headless, ids, layout, scene } from './headless-canvas';

/** A stage on the survey graph; `smallAbove` scaled down so that the survey's small scenes go to the small instance. */
function stage(smallAbove = 50): Stage {
  const s = createStage(headless(), headless, smallAbove);
  setStageElements(s, elementsOf(graph, layout.positions));
  return s;
}
/** Whether cytoscape holds `cy` in a batch (its render loop stopped): in its API, not in its types. */
const batching = (cy: Core): boolean => (cy as Core & { batching(): boolean }).batching();
const all = scene({});
/** ChatAlpaca and its neighbours: 25 elements of the survey's 355 drawn. */
const focus = scene({ focus: 'chatalpaca', depth: 1 });

describe('canvas/stage', () => {
  it('draws a small scene of a big drawing in the small instance and leaves the big one as it was', () => {
    const s = stage();
    expect(showScene(s, all).cy === s.big).toBe(true);
    const before = { nodes: ids(s.big, 'node'), edges: ids(s.big, 'edge') };
    expect(before.nodes).toEqual([...all.nodes].sort());
    let removed = 0;
    s.big.on('remove', () => void removed++);
    expect(focus.nodes.length).toBeLessThan(all.nodes.length / 4);
    const shown = showScene(s, focus);
    expect(shown.switched).toBe(true);
    expect(shown.cy === s.small).toBe(true);
    expect(ids(s.small!, 'node')).toEqual([...focus.nodes].sort());
    expect(ids(s.small!, 'edge')).toEqual([...focus.edges].sort());
    expect(ids(s.small!, '.focus')).toEqual(['chatalpaca']);
    expect(removed).toBe(0);
    expect({ nodes: ids(s.big, 'node'), edges: ids(s.big, 'edge') }).toEqual(before);
    // The big one is paused (a batch stops its render loop) while hidden, and back as it was.
    expect(batching(s.big)).toBe(true);
    const back = showScene(s, all);
    expect(back.cy === s.big).toBe(true);
    expect(back.switched).toBe(true);
    expect(batching(s.big)).toBe(false);
    expect(batching(s.small!)).toBe(true);
    expect(removed).toBe(0);
  });

  it('destroys both instances, the paused one let out of its batch so that its renderer is told to stop', () => {
    const s = stage();
    showScene(s, all);
    showScene(s, focus);
    expect(batching(s.big)).toBe(true);
    // What each instance's renderer is told: cytoscape stops a renderer's frame loop by the notification 'destroy'.
    const told = new Map<Core, string[]>();
    for (const cy of [s.big, s.small!]) {
      const r = (cy as Core & { renderer(): { notify(name: string): void } }).renderer();
      const notify = r.notify.bind(r);
      told.set(cy, []);
      r.notify = (name) => {
        told.get(cy)!.push(name);
        notify(name);
      };
    }
    destroyStage(s);
    for (const cy of [s.big, s.small!]) {
      expect(cy.destroyed()).toBe(true);
      expect(batching(cy)).toBe(false);
      expect(told.get(cy)).toContain('destroy');
    }
  });

  it('chooses the instance with fewer elements to remove and add', () => {
    const s = stage();
    showScene(s, all);
    // A scene that leaves out a few elements is cheaper on the big instance than drawing it afresh in the small one.
    const nearly = scene({ filter: { era: 'instructgpt', facets: {} }, filterMode: 'dim' });
    expect(sceneCost(s.big, nearly)).toBeLessThan(nearly.nodes.length);
    expect(chooseStage(s, nearly) === s.big).toBe(true);
    expect(chooseStage(s, focus) === s.small).toBe(true);
    // Below the threshold the big instance draws whatever the small one would cost (the survey as the app runs it).
    const plain = stage(Infinity);
    showScene(plain, all);
    const kept = showScene(plain, focus);
    expect(kept.cy === plain.big).toBe(true);
    expect(kept.switched).toBe(false);
    expect(plain.small).toBeNull();
  });

  it('counts what a scene would remove and add, a removal costing REMOVE_COST additions', () => {
    const cy = stage().big;
    const size = all.nodes.length + all.edges.length;
    expect(sceneChanges(cy, all)).toEqual({ remove: 0, add: size });
    expect(sceneCost(cy, all)).toBe(size);
    const s = stage();
    showScene(s, all);
    expect(sceneCost(s.big, all)).toBe(0);
    const gone = size - focus.nodes.length - focus.edges.length;
    expect(sceneChanges(s.big, focus)).toEqual({ remove: gone, add: 0 });
    expect(sceneCost(s.big, focus)).toBe(REMOVE_COST * gone);
  });

  it('carries node marks and a new graph to the small instance', () => {
    const s = stage();
    showScene(s, all);
    markStage(s, 'picked', (id) => id === 'alpaca' || id === 'self-instruct');
    showScene(s, focus);
    expect(focus.nodes).not.toContain('self-instruct');
    expect(ids(s.small!, 'node.picked')).toEqual(['alpaca']);
    expect(ids(s.small!, 'node.picked')).toContain('alpaca');
    // Its own data: a change to an element of one instance is not seen in the other.
    s.small!.$id('alpaca').data('label', 'changed');
    showScene(s, all);
    expect(s.big.$id('alpaca').data('label')).not.toBe('changed');
    // A new graph: the big instance shown, the small one emptied until a scene wants it.
    showScene(s, focus);
    setStageElements(s, elementsOf(graph, layout.positions));
    expect(s.active === s.big).toBe(true);
    expect(batching(s.big)).toBe(false);
    expect(s.small!.elements().length).toBe(0);
    // Nothing drawn yet: as cheap to draw in the big one, which draws it.
    expect(showScene(s, focus).cy === s.big).toBe(true);
    showScene(s, all);
    expect(showScene(s, focus).cy === s.small).toBe(true);
    expect(ids(s.small!, 'node.picked')).toContain('alpaca');
  });

  it('makes the small instance ahead of need, for a graph big enough to want it', () => {
    const s = stage();
    showScene(s, all);
    prepareSmall(s);
    expect(s.small).not.toBeNull();
    expect(s.active === s.big).toBe(true);
    expect(batching(s.big)).toBe(false);
    expect(s.small!.elements().length).toBe(0); // made as a scene draws them
    expect(ids(showScene(s, focus).cy, 'node')).toEqual([...focus.nodes].sort());
    expect(batching(s.big)).toBe(true);
    showScene(s, all);
    expect(batching(s.small!)).toBe(true);
    const small = stage(Infinity);
    prepareSmall(small);
    expect(small.small).toBeNull();
  });

  it('draws a rehearsal in the small instance, hidden, and takes it away after its frame unless a scene came first', () => {
    // The whole graph's scene drawn in the big instance without making the small one (which that would leave paused).
    const styled = (): Stage => {
      const st = createStage(headless(), headless, all.nodes.length + all.edges.length, (d) => stylesheet('light', d));
      setStageElements(st, elementsOf(graph, layout.positions));
      showScene(st, all);
      return st;
    };
    // Headless cytoscape draws no frames: each one's 'render' event is emitted here.
    const s = styled();
    expect(s.small).toBeNull();
    prepareSmall(s, () => focus);
    expect(s.active === s.big).toBe(true);
    expect(batching(s.big)).toBe(false);
    expect(ids(s.small!, 'node')).toEqual([...focus.nodes].sort());
    expect(ids(s.small!, 'edge')).toEqual([...focus.edges].sort());
    s.small!.emit('render');
    expect(s.small!.elements().length).toBe(0);
    // The next small scene is drawn as on an instance that never held the rehearsal.
    const other = scene({ focus: 'alpaca', depth: 1 });
    expect(ids(showScene(s, other).cy, 'node')).toEqual([...other.nodes].sort());
    expect(ids(s.small!, 'edge')).toEqual([...other.edges].sort());
    // A scene of the person's own before the rehearsal's frame: it stays.
    const t = styled();
    prepareSmall(t, () => focus);
    expect(showScene(t, other).cy === t.small).toBe(true);
    t.small!.emit('render');
    expect(ids(t.small!, 'node')).toEqual([...other.nodes].sort());
    // Nothing to rehearse, or no stylesheet per detail to rehearse at: the small instance draws nothing.
    const u = styled();
    prepareSmall(u, () => null);
    expect(u.small!.elements().length).toBe(0);
    const v = stage();
    prepareSmall(v, () => focus);
    expect(v.small!.elements().length).toBe(0);
    // Nor while the small instance is paused (its frames not drawn): the rehearsal would stay.
    const w = styled();
    showScene(w, focus);
    showScene(w, all);
    expect(batching(w.small!)).toBe(true);
    prepareSmall(w, () => other);
    expect(ids(w.small!, 'node')).toEqual([...focus.nodes].sort());
  });

  it("sets the hidden instance's before-frame work aside while it is paused, and gives it back when shown", () => {
    // Headless cytoscape's renderer draws nothing: given the one field of the canvas renderer's that the stage reads.
    const loops = new Map<Core, { beforeRenderCallbacks: unknown[] }>();
    const withLoop = (): Core => {
      const cy = headless();
      const loop = (cy as Core & { renderer: () => { beforeRenderCallbacks: unknown[] } }).renderer();
      loop.beforeRenderCallbacks = [() => 'texture work'];
      loops.set(cy, loop);
      return cy;
    };
    const s = createStage(withLoop(), withLoop, 50);
    setStageElements(s, elementsOf(graph, layout.positions));
    showScene(s, all);
    const big = loops.get(s.big)!;
    const work = big.beforeRenderCallbacks;
    expect(work).toHaveLength(1);
    showScene(s, focus);
    expect(big.beforeRenderCallbacks).toHaveLength(0);
    const small = loops.get(s.small!)!;
    expect(small.beforeRenderCallbacks).toHaveLength(1);
    showScene(s, all);
    expect(big.beforeRenderCallbacks).toBe(work);
    expect(small.beforeRenderCallbacks).toHaveLength(0);
  });

  it("draws each scene at its own level of detail, not only at the whole graph's", () => {
    const plain: Detail = { dashed: false, detailed: false };
    const full: Detail = { dashed: true, detailed: true };
    const made = () => cytoscape({ headless: true, styleEnabled: true, style: stylesheet('light', plain) });
    const asked: Detail[] = [];
    const s = createStage(made(), made, 50, (d) => {
      asked.push(d);
      return stylesheet('light', d);
    });
    setStageElements(s, elementsOf(graph, layout.positions));
    expect(s.graphDetail).toEqual(full); // the survey's own, from its elements
    s.graphDetail = plain; // as a graph of more than DETAIL_UP_TO elements is drawn
    const edge = focus.edges[0]!;
    const arrow = (cy: Core) => s.details.has(cy) && cy.$id(edge).style('target-arrow-shape');
    // More than SCENE_DETAIL_UP_TO elements (ids the graph lacks are not drawn): the whole graph's detail.
    const many = { ...focus, edges: [...focus.edges, ...Array.from({ length: SCENE_DETAIL_UP_TO }, (_, i) => `none-${i}`)] };
    expect(sceneDetail(many, plain)).toEqual(plain);
    expect(showScene(s, many).cy === s.big).toBe(true);
    expect(asked).toEqual([plain]);
    expect(arrow(s.big)).toBe('none');
    // A lineage drawn in the same instance: its arrowheads back.
    expect(showScene(s, focus).cy === s.big).toBe(true);
    expect(asked).toEqual([plain, full]);
    expect(arrow(s.big)).not.toBe('none');
    // And in the small one, styled once at its first scene, not again at the next of the same detail.
    showScene(s, all);
    expect(showScene(s, scene({ focus: 'alpaca', depth: 1 })).cy === s.small).toBe(true);
    expect(showScene(s, focus).cy === s.small).toBe(true);
    expect(asked).toEqual([plain, full, full]);
    expect(arrow(s.small!)).not.toBe('none');
  });
});
