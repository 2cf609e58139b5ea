// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useView } from '../../../renderer/state/useView';
import { setEra, setLayout, setRange } from '../../../src/view/intents';

afterEach(cleanup);
/** The frame after a change painted, and the task after it: when useView writes the URL. */
const painted = () => act(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0))));
beforeEach(() => window.history.replaceState(null, '', '/'));

describe('state/useView', () => {
  it('reports a URL naming a view that cannot be shown, and falls back to the default view', () => {
    window.history.replaceState(null, '', '/?layout=circle');
    const { result } = renderHook(() => useView());
    expect(result.current.urlError).toMatch(/cannot be shown: .*layout/s);
    expect(result.current.view.layout).toBe('force');
  });
  it('reads the view from the URL', () => {
    window.history.replaceState(null, '', '/?era=instructgpt&layout=timeline');
    const { result } = renderHook(() => useView());
    expect(result.current.urlError).toBeNull();
    expect(result.current.view).toMatchObject({ layout: 'timeline', filter: { era: 'instructgpt' } });
  });
  it('writes each change to the URL as a history entry, or in place when asked, once the change is painted', async () => {
    const { result } = renderHook(() => useView());
    const before = window.history.length;
    act(() => result.current.setView(setLayout('timeline')));
    expect(result.current.view.layout).toBe('timeline');
    expect(window.location.search).toBe(''); // not in the change's own task
    await painted();
    expect(window.location.search).toBe('?layout=timeline');
    expect(window.history.length).toBe(before + 1);
    act(() => result.current.setView(setRange('2023-01', undefined), { replace: true }));
    await painted();
    expect(window.location.search).toBe('?from=2023-01&layout=timeline');
    expect(window.history.length).toBe(before + 1);
    // Two changes before a paint: two entries, in order; the same view asked twice: one.
    act(() => result.current.setView(setEra('task-aggregation')));
    act(() => result.current.setView(setEra('instructgpt')));
    act(() => result.current.setView(setEra('instructgpt')));
    await painted();
    expect(window.history.length).toBe(before + 3);
    expect(window.location.search).toBe('?era=instructgpt&from=2023-01&layout=timeline');
  });
  it('follows back and forward (popstate)', async () => {
    const { result } = renderHook(() => useView());
    act(() => result.current.setView(setEra('task-aggregation')));
    await painted();
    expect(result.current.view.filter.era).toBe('task-aggregation');
    act(() => {
      window.history.replaceState(null, '', '/?era=instructgpt');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current.view.filter.era).toBe('instructgpt');
  });
});
