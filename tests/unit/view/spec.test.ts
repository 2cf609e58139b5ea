import { describe, expect, it } from 'vitest';
import { defaultView, parseView, viewFromQuery, viewToQuery } from '../../../src/view/spec';

const q = (s: string) => new URLSearchParams(s);

describe('view/spec.parseView', () => {
  it('rejects a malformed view with a readable message', () => {
    const r = parseView({ layout: 'circle' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/layout/);
    expect(parseView('nonsense').ok).toBe(false);
  });
  it('fills defaults', () => {
    expect(defaultView()).toMatchObject({ format: 'lineage-atlas/view', version: 1, layout: 'force', filter: { era: 'all', facets: {} } });
  });
});

describe('view/spec URL query', () => {
  it('reports a bad parameter instead of throwing', () => {
    expect(viewFromQuery(q('f.colour=red')).ok).toBe(false);
    expect(viewFromQuery(q('era=later')).ok).toBe(false);
    expect(viewFromQuery(q('depth=7')).ok).toBe(false);
  });
  it('writes nothing for the default view', () => {
    expect(viewToQuery(defaultView())).toEqual([]);
  });
  it('round-trips a full view', () => {
    const view = {
      ...defaultView(),
      filter: {
        era: 'instructgpt' as const,
        from: '2023-01',
        to: '2023-06',
        facets: { modality: ['image', 'text'], technique: ['crowdsourcing'] },
      },
      kinds: ['dataset' as const, 'model' as const],
      filterMode: 'dim' as const,
      focus: 'alpaca',
      depth: 2 as const,
      layout: 'timeline' as const,
      theme: 'dark' as const,
      colourBy: 'licence' as const,
    };
    const query = new URLSearchParams(viewToQuery(view)).toString();
    expect(query).toBe(
      'era=instructgpt&from=2023-01&to=2023-06&f.modality=image%2Ctext&f.technique=crowdsourcing&kinds=dataset%2Cmodel&filtered=dim&focus=alpaca&depth=2&layout=timeline&theme=dark&colour=licence',
    );
    const back = viewFromQuery(q(query));
    expect(back).toEqual({ ok: true, view });
  });
  it('keeps the colouring of datasets with the view (issue 13); a view saved before it colours by kind', () => {
    expect(parseView({})).toMatchObject({ ok: true, view: { colourBy: 'kind' } });
    expect(parseView({ colourBy: 'licence' })).toMatchObject({ ok: true, view: { colourBy: 'licence' } });
    expect(parseView({ colourBy: 'mood' })).toMatchObject({ ok: false, message: expect.stringContaining('colourBy') });
    expect(viewFromQuery(q('colour=mood')).ok).toBe(false);
  });
});
