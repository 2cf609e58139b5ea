// state/useView: the view lives in the URL; every change is a history entry, so back and forward step through them.
import { useCallback, useEffect, useState } from 'react';
import type { Intent } from '../../src/view/intents';
import { defaultView, type ViewSpec, viewFromQuery, viewToQuery } from '../../src/view/spec';

function readUrl(): { view: ViewSpec; error: string | null } {
  const r = viewFromQuery(new URLSearchParams(window.location.search));
  return r.ok
    ? { view: r.view, error: null }
    : { view: defaultView(), error: `The address names a view that cannot be shown: ${r.message}` };
}

/**
 * Changes the view by an intent from src/view/intents (`setView(setLayout('timeline'))`); `replace` rewrites
 * the current history entry instead of adding one (animation steps).
 */
export type SetView = (next: Intent, options?: { replace?: boolean }) => void;

export function useView(): { view: ViewSpec; setView: SetView; urlError: string | null } {
  const [state, setState] = useState(readUrl);
  useEffect(() => {
    const onPop = () => setState(readUrl());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const setView = useCallback<SetView>((next, options) => {
    setState((s) => {
      const view = next(s.view);
      const query = new URLSearchParams(viewToQuery(view)).toString();
      if (query !== window.location.search.replace(/^\?/, '')) {
        const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
        if (options?.replace) window.history.replaceState(null, '', url);
        else window.history.pushState(null, '', url);
      }
      return { view, error: null };
    });
  }, []);
  return { view: state.view, setView, urlError: state.error };
}
