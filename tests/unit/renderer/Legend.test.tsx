// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Legend } from '../../../renderer/panels/Legend';
import { themeCss } from '../../../src/style/css';
import { BLACK_ON_DARK, EDGE_STYLE, strokeDasharray } from '../../../src/style/palette';
import { defaultView } from '../../../src/view/spec';
import { visibleElements } from '../../../src/view/visible';
import { miniGraph } from '../../fixtures/mini';

afterEach(cleanup);
const g = miniGraph();

describe('panels/Legend', () => {
  it('lists the kinds drawn, each edge line in its theme colour variable and the shared dashes', () => {
    render(<Legend graph={g} shown={visibleElements(g, defaultView())} />);
    const legend = screen.getByRole('group', { name: 'Legend' });
    const items = within(legend)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(expect.arrayContaining(['Dataset', 'Technique', 'derived from', 'uses technique']));
    expect(items).not.toContain('Reference'); // references are not drawn by default
    const derived = legend.querySelector<SVGLineElement>('line.line-derived-from')!;
    const uses = legend.querySelector<SVGLineElement>('line.line-uses-technique')!;
    // The colour comes from theme.css, so the dark theme's light grey replaces black (it drew black on dark once).
    expect(derived.style.stroke).toBe('var(--edge-derived-from)');
    expect(themeCss()).toContain(`--edge-derived-from: ${BLACK_ON_DARK};`);
    expect(derived.getAttribute('stroke-dasharray')).toBeNull();
    expect(uses.getAttribute('stroke-dasharray')).toBe(strokeDasharray('dotted', EDGE_STYLE['uses-technique'].width));
  });

  it('keeps the room of the unfiltered view under what a filter leaves, unseen and unread', () => {
    const dataset = g.findNode((_id, a) => a.kind === 'dataset')!;
    const reserve = visibleElements(g, defaultView());
    render(<Legend graph={g} shown={{ nodes: new Set([dataset]), edges: new Set() }} reserve={reserve} />);
    const legend = screen.getByRole('group', { name: 'Legend' });
    // Read: only what is drawn.
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Dataset']);
    // Kept: the unfiltered view's entries, each with a swatch as wide as its own, hidden from the page and its readers.
    const room = legend.querySelector('ul.legend-room')!;
    expect(room.getAttribute('aria-hidden')).toBe('true');
    const kept = [...room.querySelectorAll('li')].map((li) => li.textContent);
    expect(kept).toEqual(expect.arrayContaining(['Dataset', 'Technique', 'derived from', 'uses technique']));
    const swatchOf = (text: string) => [...room.querySelectorAll('li')].find((li) => li.textContent === text)!.querySelector('.swatch')!;
    expect(swatchOf('derived from').classList.contains('line')).toBe(true);
    expect(swatchOf('Dataset').classList.contains('line')).toBe(false);
  });
});
