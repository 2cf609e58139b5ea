// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useView } from '../../../renderer/state/useView';
import { setEra, setLayout, setRange } from '../../../src/view/intents';

afterEach(cleanup);
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
  it('writes each change to the URL as a history entry, or in place when asked', () => {
    const { result } = renderHook(() => useView());
    const before = window.history.length;
    act(() => result.current.setView(setLayout('timeline')));
    expect(window.location.search).toBe('?layout=timeline');
    expect(window.history.length).toBe(before + 1);
    act(() => result.current.setView(setRange('2023-01', undefined), { replace: true }));
    expect(window.location.search).toBe('?from=2023-01&layout=timeline');
    expect(window.history.length).toBe(before + 1);
  });
  it('follows back and forward (popstate)', () => {
    const { result } = renderHook(() => useView());
    act(() => result.current.setView(setEra('task-aggregation')));
    expect(result.current.view.filter.era).toBe('task-aggregation');
    act(() => {
      window.history.replaceState(null, '', '/?era=instructgpt');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current.view.filter.era).toBe('instructgpt');
  });
});
