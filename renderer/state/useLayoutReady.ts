// state/useLayoutReady: whether a layout's engine is loaded (Graphviz for the layered lineage is fetched on
// first use); the layouts themselves stay synchronous once it is.
import { useEffect, useState } from 'react';
import { type Layout, prepareLayout } from '../../src/layout';

export function useLayoutReady(layout: Layout, onError: (message: string) => void): boolean {
  const [ready, setReady] = useState<ReadonlySet<Layout>>(() => new Set(layout === 'lineage' ? [] : [layout]));
  useEffect(() => {
    if (ready.has(layout)) return;
    let live = true;
    prepareLayout(layout).then(
      () => live && setReady((r) => new Set([...r, layout])),
      (e: unknown) => live && onError(`The ${layout} layout could not be loaded: ${(e as Error).message}`),
    );
    return () => {
      live = false;
    };
  }, [layout, ready, onError]);
  return ready.has(layout);
}
