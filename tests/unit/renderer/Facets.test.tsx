// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Facets } from '../../../renderer/panels/Facets';
import type { SetView } from '../../../renderer/state/useView';
import { facetCounts } from '../../../src/queries/facets';
import { defaultView, type ViewSpec } from '../../../src/view/spec';
import { miniGraph } from '../../fixtures/mini';

afterEach(cleanup);
const g = miniGraph();

function renderFacets(view: ViewSpec = defaultView()) {
  const setView = vi.fn<SetView>();
  render(<Facets graph={g} view={view} setView={setView} counts={facetCounts(g, view.filter)} />);
  return { panel: screen.getByRole('complementary', { name: 'Filters' }), setView };
}

describe('panels/Facets', () => {
  it('shows techniques as their tree: parents first, children indented below', () => {
    const { panel } = renderFacets();
    const group = within(panel).getByRole('group', { name: 'Technique' });
    const labels = within(group)
      .getAllByRole('checkbox')
      .map((c) => c.closest('label')!);
    expect(labels.map((l) => l.querySelector('span')!.textContent)).toEqual([
      'Data Generation',
      'Crowdsourcing',
      'Model-Generated',
      'Self-Instruct style',
    ]);
    expect(labels.map((l) => l.style.paddingLeft)).toEqual(['0em', '0.9em', '0.9em', '1.8em']);
  });
  it('counts each value and selects it through the toggleFacet intent', async () => {
    const { panel, setView } = renderFacets();
    const modality = within(panel).getByRole('group', { name: 'Modality' });
    const image = within(modality).getByRole('checkbox', { name: /image/ });
    expect(image.closest('label')!.querySelector('.count')!.textContent).toBe('1');
    await userEvent.click(image);
    const next = setView.mock.calls[0]![0](defaultView());
    expect(next.filter.facets).toEqual({ modality: ['image'] });
  });
  it('offers Clear only while something is selected, and clears every facet', async () => {
    expect(within(renderFacets().panel).queryByRole('button', { name: 'Clear' })).toBeNull();
    cleanup();
    const selected: ViewSpec = { ...defaultView(), filter: { era: 'all', facets: { modality: ['image'], technique: ['crowdsourcing'] } } };
    const { panel, setView } = renderFacets(selected);
    expect((within(panel).getByRole('checkbox', { name: /Crowdsourcing/ }) as HTMLInputElement).checked).toBe(true);
    await userEvent.click(within(panel).getByRole('button', { name: 'Clear' }));
    expect(setView.mock.calls[0]![0](selected).filter.facets).toEqual({});
  });
  it('keeps a selected technique the graph lacks (from a URL) instead of failing', () => {
    const view: ViewSpec = { ...defaultView(), filter: { era: 'all', facets: { technique: ['no-such-technique'] } } };
    const { panel } = renderFacets(view);
    expect(within(panel).getByRole('checkbox', { name: /no-such-technique/ })).toBeTruthy();
  });
});
