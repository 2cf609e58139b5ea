// state/useView: the view lives in the URL; every change is a history entry, so back and forward step through them.
import { useCallback, useEffect, useState } from 'react';
import { defaultView, type ViewSpec, viewFromQuery, viewToQuery } from '../../src/view/spec';

function readUrl(): { view: ViewSpec; error: string | null } {
  const r = viewFromQuery(new URLSearchParams(window.location.search));
  return r.ok ? { view: r.view, error: null } : { view: defaultView(), error: `The address names a view that cannot be shown: ${r.message}` };
}

export function useView(): { view: ViewSpec; setView: (next: (v: ViewSpec) => ViewSpec) => void; urlError: string | null } {
  const [state, setState] = useState(readUrl);
  useEffect(() => {
    const onPop = () => setState(readUrl());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const setView = useCallback((next: (v: ViewSpec) => ViewSpec) => {
    setState((s) => {
      const view = next(s.view);
      const query = new URLSearchParams(viewToQuery(view)).toString();
      if (query !== window.location.search.replace(/^\?/, ''))
        window.history.pushState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
      return { view, error: null };
    });
  }, []);
  return { view: state.view, setView, urlError: state.error };
}
