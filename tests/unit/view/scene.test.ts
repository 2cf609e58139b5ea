import { beforeAll, describe, expect, it } from 'vitest';
import { prepareLayout } from '../../../src/layout';
import { REHEARSAL_UP_TO, rehearsalScene, rehearsalView, sceneMembers, sceneOf, statusLine, subjectOf } from '../../../src/view/scene';
import { defaultView, type ViewSpec, viewFromQuery, viewToQuery } from '../../../src/view/spec';
import { fileURLToPath } from 'node:url';
import { loadGraphFolder } from '../../../main/node/graph-data';
import { buildGraph, type AtlasGraph } from '../../../src/model/build';
import { visibleElements } from '../../../src/view/visible';
import { miniGraph } from '../../fixtures/mini';

const g = miniGraph();
beforeAll(() => prepareLayout('lineage')); // Graphviz, for the layered lineage
const view = (patch: Partial<ViewSpec>): ViewSpec => ({ ...defaultView(), ...patch });

describe('view/scene.subjectOf', () => {
  it('names no subject for a plain view, and a problem (never a throw) for an unknown node', () => {
    expect(subjectOf(g, defaultView())).toBeNull();
    expect(subjectOf(g, view({ focus: 'nope' }))).toMatchObject({ kind: 'focus', problem: 'no node "nope" in this graph' });
    expect(subjectOf(g, view({ trace: { from: 'alpaca', to: 'nope' } }))).toMatchObject({
      kind: 'trace',
      problem: expect.stringMatching(/nope/),
    });
    expect(subjectOf(g, view({ trace: { from: 'alpaca', to: 'dolly-15k' } }))).toMatchObject({ problem: 'no lineage joins them' });
  });
  it('follows a focus in the direction and to the depth the view asks', () => {
    const core = (patch: Partial<ViewSpec>) => [...subjectOf(g, view({ focus: 'alpaca', ...patch }))!.core].sort();
    expect(core({})).toEqual(['alpaca', 'chatalpaca', 'seed-tasks', 'self-instruct']);
    expect(core({ direction: 'ancestors' })).toEqual(['alpaca', 'seed-tasks', 'self-instruct']);
    expect(core({ direction: 'descendants' })).toEqual(['alpaca', 'chatalpaca']);
    expect(core({ direction: 'ancestors', depth: 1 })).toEqual(['alpaca', 'self-instruct']);
    expect(core({ focus: 'chatalpaca', direction: 'family' })).toEqual(['alpaca', 'chatalpaca', 'seed-tasks', 'self-instruct']);
  });
});

describe('view/scene.sceneMembers', () => {
  it('draws what the filter shows when there is no subject, with nothing dimmed or highlighted', () => {
    const s = sceneMembers(g, defaultView());
    expect(s.nodes).toContain('alpaca');
    expect(s.dimmed.size).toBe(0);
    expect(s.highlight).toBeNull();
    expect(s.status).toEqual({ datasetsShown: 6, datasetsTotal: 6, undated: 0 });
  });
  it('holds only the subject when the context is hidden: the lineage with the techniques and models joined to it', () => {
    const s = sceneMembers(g, view({ focus: 'chatalpaca', direction: 'ancestors' }));
    expect(s.nodes).toEqual([
      'alpaca',
      'chatalpaca',
      'data-generation',
      'model-generated',
      'seed-tasks',
      'self-instruct',
      'self-instruct-style',
      'text-davinci-003',
    ]);
    expect(s.edges).not.toContain('dolly-15k|uses-technique|crowdsourcing');
    expect(s.dimmed.size).toBe(0);
    expect(s.focus).toBe('chatalpaca');
    expect([...s.highlight!.nodes]).toEqual(['chatalpaca']);
    expect(s.status).toMatchObject({ datasetsShown: 3, subject: 'what went into ChatAlpaca' });
  });
  it('dims the rest around the subject when asked, and highlights the subject', () => {
    const s = sceneMembers(g, view({ focus: 'chatalpaca', direction: 'ancestors', context: 'dim' }));
    expect(s.nodes).toContain('dolly-15k');
    expect(s.dimmed.has('dolly-15k')).toBe(true);
    expect(s.dimmed.has('dolly-15k|uses-technique|crowdsourcing')).toBe(true);
    expect(s.dimmed.has('alpaca')).toBe(false);
    expect([...s.highlight!.nodes].sort()).toEqual(['alpaca', 'chatalpaca', 'seed-tasks', 'self-instruct']);
    expect(s.highlight!.edges.has('chatalpaca|derived-from|alpaca')).toBe(true);
  });
  it('draws around a dimmed subject what the view draws without it (the same arrays), each edge dimmed where an end is', () => {
    const filter = { era: 'instructgpt' as const, facets: {} };
    for (const patch of [{}, { filter, filterMode: 'dim' as const }]) {
      const plain = sceneMembers(g, view(patch));
      for (const subject of [
        { focus: 'alpaca' },
        { trace: { from: 'chatalpaca', to: 'self-instruct' } },
        { selection: ['alpaca', 'dolly-15k'] },
      ]) {
        const s = sceneMembers(g, view({ ...patch, ...subject, context: 'dim', depth: 2, direction: 'family' }));
        expect(s.nodes).toBe(plain.nodes);
        expect(s.edges).toBe(plain.edges);
        expect(s.layoutKey).toBe(plain.layoutKey);
        // Dimmed: what the view dims without the subject, every node outside the subject (and what joins it), and every
        // edge with a dimmed end.
        for (const id of plain.dimmed) expect(s.dimmed.has(id)).toBe(true);
        const bright = s.nodes.filter((id) => !s.dimmed.has(id));
        expect(bright.length).toBeGreaterThan(0);
        for (const e of s.edges) {
          const [a, b] = g.extremities(e);
          expect(s.dimmed.has(e)).toBe(s.dimmed.has(a) || s.dimmed.has(b) || plain.dimmed.has(e));
        }
        expect(s.status.datasetsShown).toBe(bright.filter((id) => g.getNodeAttribute(id, 'kind') === 'dataset').length);
      }
    }
  });
  it('shows a traced path alone, highlighted', () => {
    const s = sceneMembers(g, view({ trace: { from: 'chatalpaca', to: 'self-instruct' }, kinds: ['dataset', 'source'] }));
    expect(s.nodes).toEqual(['alpaca', 'chatalpaca', 'self-instruct']);
    expect([...s.highlight!.edges].sort()).toEqual(['alpaca|derived-from|self-instruct', 'chatalpaca|derived-from|alpaca']);
  });
  it('shows a hand-made selection as the subject', () => {
    const s = sceneMembers(g, view({ selection: ['dolly-15k', 'flan-collection', 'ghost'], kinds: ['dataset'] }));
    expect(s.nodes).toEqual(['dolly-15k', 'flan-collection']);
    expect(s.status.problem).toMatch(/1 selected node/);
  });
  it('applies the filter to the subject too: a focus under an era shows the lineage within it', () => {
    const s = sceneMembers(g, view({ focus: 'alpaca', filter: { era: 'task-aggregation', facets: {} } }));
    expect(s.nodes.filter((id) => g.getNodeAttribute(id, 'kind') === 'dataset')).toEqual([]);
  });
  it('lays out exactly what it draws, so a focused view gets a layout of its own', () => {
    const all = sceneOf(g, view({ layout: 'lineage' }));
    const focused = sceneOf(g, view({ layout: 'lineage', focus: 'alpaca', direction: 'descendants' }));
    expect(Object.keys(focused.layout.positions).sort()).toEqual([...focused.nodes]);
    expect(focused.layoutKey).not.toBe(all.layoutKey);
  });
  it('is cached per graph and view, ignoring the theme and the viewport', () => {
    expect(sceneMembers(g, view({ theme: 'dark' }))).toBe(sceneMembers(g, view({ theme: 'light' })));
    expect(sceneMembers(g, view({ focus: 'alpaca' }))).not.toBe(sceneMembers(g, defaultView()));
  });
  it('says in the status line what the view shows and what has no date', () => {
    expect(statusLine({ datasetsShown: 3, datasetsTotal: 48, undated: 1, subject: 'the lineage of Alpaca' })).toBe(
      'Showing 3 of 48 datasets · the lineage of Alpaca · 1 undated (in the “undated” gutter of the time layouts)',
    );
  });
});

describe('view/scene.rehearsalView', () => {
  it("is a dataset's direct lineage alone, in the view's layout and filter, its other subject let go", () => {
    const from = view({
      layout: 'lineage',
      filter: { era: 'instructgpt', facets: {} },
      focus: 'alpaca',
      context: 'dim',
      direction: 'ancestors',
    });
    const v = rehearsalView(g, from)!;
    expect(v).not.toBeNull();
    expect(g.getNodeAttribute(v.focus!, 'kind')).toBe('dataset');
    expect(g.degree(v.focus!)).toBeGreaterThanOrEqual(2);
    expect(g.degree(v.focus!)).toBeLessThanOrEqual(8);
    expect(v).toMatchObject({ layout: 'lineage', filter: from.filter, depth: 1, context: 'hide', direction: 'both' });
    const s = rehearsalScene(g, from)!;
    expect(s.nodes).toContain(v.focus);
    expect(s.nodes.length).toBeGreaterThanOrEqual(2);
    expect(s.nodes.length).toBeLessThanOrEqual(REHEARSAL_UP_TO);
    expect(Object.keys(s.layout.positions).sort()).toEqual([...s.nodes]);
  });
  it('is null where no dataset has a small lineage', () => {
    expect(rehearsalView(g, view({ kinds: ['technique'] }))).toBeNull();
  });
});

describe('view/spec: the subject in the URL', () => {
  it('round-trips direction, trace, selection and context', () => {
    const v = view({
      focus: 'alpaca',
      direction: 'family',
      trace: { from: 'alpaca', to: 'chatalpaca' },
      selection: ['a', 'b'],
      context: 'dim',
    });
    expect(viewFromQuery(viewToQuery(v))).toEqual({ ok: true, view: v });
  });
});

describe('view/intents for the subject', async () => {
  const { clearSubject, setContext, setDirection, trace } = await import('../../../src/view/intents');
  it('sets and clears the subject, never touching the filter', () => {
    const v = view({ focus: 'alpaca', filter: { era: 'instructgpt', facets: {} } });
    expect(setDirection('descendants')(v).direction).toBe('descendants');
    expect(trace({ from: 'a', to: 'b' })(v).trace).toEqual({ from: 'a', to: 'b' });
    expect(setContext('dim')(v).context).toBe('dim');
    const cleared = clearSubject()({ ...v, trace: { from: 'a', to: 'b' }, selection: ['a'] });
    expect([cleared.focus, cleared.trace, cleared.selection]).toEqual([undefined, undefined, undefined]);
    expect(cleared.filter).toEqual(v.filter);
  });
});

describe('view/scene: a scene takes its edges from its nodes, as the filter would draw them', () => {
  // The rule the filter's own edge sets give (each edge the view draws unfiltered, drawn or filtered out): the scene
  // walks only its nodes' out-edges and the view's edge kinds, and must draw and dim exactly these.
  const expected = (graph: AtlasGraph, v: ViewSpec) => {
    const visible = visibleElements(graph, v);
    const m = sceneMembers(graph, v);
    const drawn = new Set(m.nodes);
    const dim = v.filterMode === 'dim' && !v.focus;
    const edges = [...visible.edges, ...(dim ? visible.filteredEdges : [])].filter(
      (e) => drawn.has(graph.source(e)) && drawn.has(graph.target(e)),
    );
    return { edges: edges.sort(), dimmed: dim ? edges.filter((e) => visible.filteredEdges.has(e)).sort() : [] };
  };
  let survey: AtlasGraph;
  beforeAll(async () => {
    const r = await loadGraphFolder(fileURLToPath(new URL('../../../graph-data', import.meta.url)));
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
    survey = buildGraph(r.document);
  });
  const filters: ViewSpec['filter'][] = [
    { era: 'all', facets: {} },
    { era: 'instructgpt', facets: { modality: ['image'] } },
    { era: 'task-aggregation', facets: {} },
    { era: 'all', facets: { pairingGroup: ['H-H'] } },
  ];
  for (const layout of ['force', 'lineage', 'techniques', 'comparison'] as const)
    for (const filterMode of ['hide', 'dim'] as const)
      it(`${layout}, filtered out ${filterMode === 'hide' ? 'hidden' : 'dimmed'}`, () => {
        for (const filter of filters)
          for (const focus of [undefined, 'alpaca']) {
            const v = view({ layout, filterMode, filter, ...(focus ? { focus } : {}) });
            const m = sceneMembers(survey, v);
            const want = expected(survey, v);
            expect(m.edges).toEqual(want.edges);
            if (!focus) expect(m.edges.filter((e) => m.dimmed.has(e))).toEqual(want.dimmed);
          }
        // Not vacuous: each view draws edges, but Figure 2, whose datasets stand on its two axes, none.
        expect(sceneMembers(survey, view({ layout, filterMode })).edges.length > 0).toBe(layout !== 'comparison');
      });
});
