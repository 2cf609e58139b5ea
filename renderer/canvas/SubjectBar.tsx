// canvas/SubjectBar: above the canvas when a view is about a trace, a selection or a focused lineage: what
// it shows, how much of the lineage, whether the rest is hidden or dimmed, and the way back to everything.
import type { AtlasGraph } from '../../src/model/build';
import type { Scene } from '../../src/view/scene';
import { clearSubject, setContext, setDepth, setDirection } from '../../src/view/intents';
import type { Depth, Direction } from '../../src/view/spec';
import type { SetView } from '../state/useView';

const DIRECTIONS: Readonly<Record<Direction, string>> = {
  both: 'Ancestors and descendants',
  ancestors: 'Ancestors',
  descendants: 'Descendants',
  family: 'Whole family',
};

export function SubjectBar({ graph, scene, setView }: { readonly graph: AtlasGraph; readonly scene: Scene; readonly setView: SetView }) {
  const { subject, view } = scene;
  if (!subject) return null;
  const isFocus = subject.kind === 'focus' && view.focus !== undefined && graph.hasNode(view.focus);
  return (
    <div className="subject-bar" role="group" aria-label="Subject">
      <span>
        Showing <strong>{subject.label}</strong>
        {subject.problem ? ` (${subject.problem})` : ''}
      </span>
      {isFocus && (
        <>
          <select
            aria-label="Lineage direction"
            value={view.direction}
            onChange={(e) => setView(setDirection(e.target.value as Direction))}
          >
            {(Object.keys(DIRECTIONS) as Direction[]).map((d) => (
              <option key={d} value={d}>
                {DIRECTIONS[d]}
              </option>
            ))}
          </select>
          {view.direction !== 'family' && (
            <select
              aria-label="Subject depth"
              value={String(view.depth)}
              onChange={(e) => setView(setDepth((e.target.value === 'all' ? 'all' : Number(e.target.value)) as Depth))}
            >
              <option value="1">1 step</option>
              <option value="2">2 steps</option>
              <option value="all">All steps</option>
            </select>
          )}
        </>
      )}
      <label className="check">
        <input type="checkbox" checked={view.context === 'dim'} onChange={(e) => setView(setContext(e.target.checked ? 'dim' : 'hide'))} />{' '}
        Show the rest dimmed
      </label>
      <button type="button" onClick={() => setView(clearSubject())}>
        Show everything
      </button>
    </div>
  );
}
