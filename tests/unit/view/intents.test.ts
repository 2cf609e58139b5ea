import { describe, expect, it } from 'vitest';
import {
  clearFacets,
  focus,
  replaceView,
  setDepth,
  setEra,
  setFilterMode,
  setKinds,
  setLayout,
  setRange,
  setShow,
  showSelection,
  toggleFacet,
  togglePicked,
  toggleFocus,
  toggleTheme,
} from '../../../src/view/intents';
import { sceneMembers } from '../../../src/view/scene';
import { defaultView, ViewSpec, viewFromQuery, viewToQuery } from '../../../src/view/spec';
import { miniGraph } from '../../fixtures/mini';

const v0 = defaultView();
const frozen = Object.freeze({
  ...v0,
  filter: Object.freeze({ ...v0.filter, facets: Object.freeze({ modality: Object.freeze(['image']) }) }),
}) as ViewSpec;

describe('view/intents', () => {
  it('rejects a range that ends before it starts, and an empty set of kinds', () => {
    expect(() => setRange('2023-06', '2023-01')(v0)).toThrow(/view\/intents: the range starts/);
    expect(() => setKinds([])(v0)).toThrow(/view\/intents: draw at least one node kind/);
  });
  it('toggles facet values without touching the view it was given', () => {
    const on = toggleFacet('modality', 'text', true)(frozen);
    expect(on.filter.facets.modality).toEqual(['image', 'text']);
    expect(frozen.filter.facets.modality).toEqual(['image']);
    expect(toggleFacet('modality', 'image', true)(frozen)).toBe(frozen); // already on: no change
    const off = toggleFacet('modality', 'image', false)(frozen);
    expect(off.filter.facets).toEqual({}); // an empty facet is removed, not left as []
    expect(toggleFacet('technique', 'crowdsourcing', true)(frozen).filter.facets).toEqual({
      modality: ['image'],
      technique: ['crowdsourcing'],
    });
    expect(clearFacets()(frozen).filter).toEqual({ ...frozen.filter, facets: {} });
  });
  it('sets the range, era, depth, layout, show, kinds and filter mode', () => {
    expect(setRange('2023-01', undefined)(v0).filter).toMatchObject({ from: '2023-01', to: undefined });
    expect(setEra('instructgpt')(v0).filter.era).toBe('instructgpt');
    expect(setDepth(2)(v0).depth).toBe(2);
    expect(setLayout('timeline')(v0).layout).toBe('timeline');
    expect(setShow('table')(v0).show).toBe('table');
    expect(setKinds(['dataset', 'dataset', 'model'])(v0).kinds).toEqual(['dataset', 'model']);
    expect(setFilterMode('dim')(v0).filterMode).toBe('dim');
  });
  it('focuses, toggles the focus, and flips the theme', () => {
    expect(focus('alpaca')(v0).focus).toBe('alpaca');
    expect(focus(undefined)(focus('alpaca')(v0)).focus).toBeUndefined();
    expect(toggleFocus('alpaca')(v0).focus).toBe('alpaca');
    expect(toggleFocus('alpaca')(toggleFocus('alpaca')(v0)).focus).toBeUndefined();
    expect(toggleFocus('chatalpaca')(focus('alpaca')(v0)).focus).toBe('chatalpaca');
    expect(toggleTheme()(v0).theme).toBe('dark');
    expect(toggleTheme()(toggleTheme()(v0)).theme).toBe('light');
  });
  it('keeps every result a valid view', () => {
    const all = [
      setRange('2023-01', '2023-06'),
      setEra('task-aggregation'),
      toggleFocus('alpaca'),
      setDepth('all'),
      toggleTheme(),
      setKinds(['dataset']),
    ];
    const v = all.reduce((acc, intent) => intent(acc), v0);
    expect(ViewSpec.parse(v)).toEqual(v);
    expect(replaceView(v0)(v)).toBe(v0);
  });
  it('builds a selection by hand: a pick adds a node, a second pick of it takes it out', () => {
    const picks = Object.freeze(['alpaca']) as readonly string[];
    expect(togglePicked(picks, 'chatalpaca')).toEqual(['alpaca', 'chatalpaca']);
    expect(togglePicked(picks, 'alpaca')).toEqual([]);
    expect(picks).toEqual(['alpaca']);
  });
  it('shows a selection alone as the subject, replacing a focus or a trace, and the URL carries it', () => {
    expect(() => showSelection([])(v0)).toThrow(/view\/intents: a selection holds at least one node/);
    const before: ViewSpec = { ...v0, focus: 'alpaca', context: 'dim', trace: { from: 'alpaca', to: 'chatalpaca' } };
    const v = showSelection(['alpaca', 'dolly-15k', 'alpaca'])(Object.freeze(before) as ViewSpec);
    expect(v).toMatchObject({ selection: ['alpaca', 'dolly-15k'], focus: undefined, trace: undefined, context: 'hide' });
    const scene = sceneMembers(miniGraph(), v);
    expect(scene.subject).toMatchObject({ kind: 'selection', label: '2 selected nodes' });
    expect(scene.nodes).toEqual(expect.arrayContaining(['alpaca', 'dolly-15k']));
    expect(scene.nodes).not.toContain('chatalpaca');
    expect(viewFromQuery(viewToQuery(v))).toEqual({ ok: true, view: v });
  });
});
