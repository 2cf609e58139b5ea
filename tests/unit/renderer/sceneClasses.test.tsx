// @vitest-environment happy-dom
// canvas/sceneClasses: a scene reaches cytoscape's elements as what is drawn (the rest removed from the renderer)
// and classes (dimmed, lineage, focus), and a second scene touches only the elements whose state differs.
// cytoscape runs headless here.
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { elementsOf } from '../../../renderer/canvas/elements';
import { applyScene } from '../../../renderer/canvas/sceneClasses';
import { drawnState } from '../../../renderer/canvas/sparse';
import { type Scene, sceneOf } from '../../../src/view/scene';
import { defaultView, type ViewSpec } from '../../../src/view/spec';
import { miniGraph } from '../../fixtures/mini';

const CLASSES = ['dimmed', 'lineage', 'focus'] as const;
const g = miniGraph();
const scene = (patch: Partial<ViewSpec>): Scene => sceneOf(g, { ...defaultView(), layout: 'timeline', ...patch });

let cy: Core | undefined;
const canvas = (): Core => (cy = cytoscape({ headless: true, styleEnabled: true, elements: elementsOf(g, {}) }));
afterEach(() => cy?.destroy());

/** Every drawn element's classes among the three, as "id: class class". */
const classesOf = (c: Core): Map<string, string> =>
  new Map(c.elements().map((el) => [el.id(), CLASSES.filter((k) => el.hasClass(k)).join(' ')]));

/** The classes a scene asks of each element it draws, worked out from the scene alone. */
function expected(s: Scene): Map<string, string> {
  const out = new Map<string, string>();
  const drawnNodes = new Set(s.nodes);
  const drawnEdges = new Set(s.edges);
  const add = (id: string, drawn: boolean, lit: boolean) =>
    drawn && out.set(id, [s.dimmed.has(id) && 'dimmed', lit && 'lineage', id === s.focus && 'focus'].filter(Boolean).join(' '));
  g.forEachNode((id) => add(id, drawnNodes.has(id), s.highlight?.nodes.has(id) ?? false));
  g.forEachEdge((id) => add(id, drawnEdges.has(id), s.highlight?.edges.has(id) ?? false));
  return out;
}

describe('canvas/sceneClasses.applyScene', () => {
  it('changes nothing when applied to elements already in the scene', () => {
    const c = canvas();
    const s = scene({});
    applyScene(c, s);
    expect(applyScene(c, s)).toBe(0);
  });

  it('removes what the scene does not draw, dims, highlights and rings the focus as the scene says', () => {
    const c = canvas();
    const s = scene({ trace: { from: 'self-instruct', to: 'chatalpaca' }, context: 'dim' });
    expect(s.highlight?.nodes.size).toBeGreaterThan(0);
    expect(s.dimmed.size).toBeGreaterThan(0);
    applyScene(c, s);
    expect(classesOf(c)).toEqual(expected(s));
    expect(c.getElementById('alpaca').classes()).toContain('lineage');
    expect(c.getElementById('dolly-15k').classes()).toContain('dimmed');
    expect(drawnState(c)).toEqual({ nodes: [...s.nodes].sort(), highlight: [...s.highlight!.nodes].sort() });

    const focused = scene({ focus: 'alpaca', direction: 'ancestors' });
    applyScene(c, focused);
    expect(classesOf(c)).toEqual(expected(focused));
    expect(c.getElementById('alpaca').hasClass('focus')).toBe(true);
    expect(c.getElementById('dolly-15k').length).toBe(0);
  });

  it('touches only the elements whose state differs between two scenes', () => {
    const c = canvas();
    const first = scene({ trace: { from: 'self-instruct', to: 'chatalpaca' }, context: 'dim' });
    const second = scene({ trace: { from: 'self-instruct', to: 'alpaca' }, context: 'dim' });
    applyScene(c, first);
    const before = classesOf(c);
    const touched = new Set<string>();
    c.on('class', (e) => void touched.add(e.target.id()));
    const changed = applyScene(c, second);
    const after = classesOf(c);
    expect(after).toEqual(expected(second));
    const differing = [...after.keys()].filter((id) => after.get(id) !== before.get(id));
    expect(differing.length).toBeGreaterThan(0);
    expect([...touched].sort()).toEqual(differing.sort());
    // One change per class switched on or off.
    const switched = differing.reduce((n, id) => {
      const [a, b] = [new Set(before.get(id)!.split(' ').filter(Boolean)), new Set(after.get(id)!.split(' ').filter(Boolean))];
      return n + [...CLASSES].filter((k) => a.has(k) !== b.has(k)).length;
    }, 0);
    expect(changed).toBe(switched);
  });
});
