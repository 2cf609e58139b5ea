// canvas/useViewport: the cytoscape zoom and pan as React state, for overlays drawn in model coordinates.
import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';

export type Viewport = { readonly zoom: number; readonly pan: { readonly x: number; readonly y: number }; readonly height: number };

export function useViewport(cy: Core | null): Viewport | null {
  const [vp, setVp] = useState<Viewport | null>(null);
  useEffect(() => {
    if (!cy) return;
    const read = () => setVp({ zoom: cy.zoom(), pan: { ...cy.pan() }, height: cy.height() });
    read();
    cy.on('viewport resize', read);
    return () => {
      cy.off('viewport resize', read);
    };
  }, [cy]);
  return vp;
}
