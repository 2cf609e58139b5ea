// layout/LayoutProgress: while a layout runs in the worker, how far it is and a Cancel button; once cancelled, a
// button to lay the view out again.
import type { CSSProperties } from 'react';
import type { LayoutState } from './useLayout';

const box: CSSProperties = {
  position: 'absolute',
  // Below the Show switch and the zoom buttons, which sit along the canvas's top edge.
  top: 44,
  left: '50%',
  transform: 'translateX(-50%)',
  zIndex: 5,
  display: 'flex',
  gap: 8,
  alignItems: 'center',
  padding: '4px 10px',
  background: 'var(--panel, #fff)',
  border: '1px solid #8888',
  borderRadius: 4,
  margin: 0,
};

export function LayoutProgress({ state, name }: { readonly state: LayoutState; readonly name: string }) {
  if (state.cancelled)
    return (
      // Its own element (a key apart from the progress's): the canvas sees one come and the other go, and places its labels clear of it.
      <div key="cancelled" className="layout-progress" style={box} role="group" aria-label="Layout">
        <p role="status" style={{ margin: 0 }}>
          {name} layout cancelled: the graph stays where it was drawn.
        </p>
        <button type="button" onClick={state.retry} style={{ whiteSpace: 'nowrap' }}>
          Lay out again
        </button>
      </div>
    );
  if (!state.pending) return null;
  return (
    <div key="pending" className="layout-progress" style={box} role="group" aria-label="Layout">
      <label>
        Laying out ({name})… <progress max={1} value={state.progress} aria-label="Layout progress" />
      </label>
      <button type="button" onClick={state.cancel}>
        Cancel
      </button>
    </div>
  );
}
