// canvas/SubjectBar: above the canvas when a view is about a trace, a selection or a focused lineage: what
// it shows, how much of the lineage, whether the rest is hidden or dimmed, and the way back to everything.
// While nodes are picked by hand (shift- or Ctrl/Cmd-click) it offers to show them alone.
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

/** "Alpaca, Self-Instruct and 2 more": the nodes a selection names, for the bar. */
function names(graph: AtlasGraph, ids: Iterable<string>, most = 4): string {
  const all = [...ids].filter((id) => graph.hasNode(id)).map((id) => graph.getNodeAttribute(id, 'label'));
  const shown = all.slice(0, most).join(', ');
  return all.length > most ? `${shown} and ${all.length - most} more` : shown;
}

type Props = {
  readonly graph: AtlasGraph;
  readonly scene: Scene;
  readonly setView: SetView;
  /** Nodes picked by hand, not yet shown, and what to do with them. */
  readonly picked?: readonly string[];
  readonly onShowPicked?: () => void;
  readonly onClearPicked?: () => void;
};

export function SubjectBar({ graph, scene, setView, picked = [], onShowPicked, onClearPicked }: Props) {
  const { subject, view } = scene;
  const picks =
    picked.length > 0 ? (
      <span className="picks" role="group" aria-label="Picked nodes">
        {picked.length} picked ({names(graph, picked)}){' '}
        <button type="button" onClick={onShowPicked}>
          Show selection only
        </button>{' '}
        <button type="button" onClick={onClearPicked}>
          Clear picks
        </button>
      </span>
    ) : null;
  if (!subject)
    return picks ? (
      <div className="subject-bar" role="group" aria-label="Subject">
        {picks}
      </div>
    ) : null;
  const isFocus = subject.kind === 'focus' && view.focus !== undefined && graph.hasNode(view.focus);
  return (
    <div className="subject-bar" role="group" aria-label="Subject">
      <span>
        Showing <strong>{subject.label}</strong>
        {subject.kind === 'selection' && subject.core.size > 0 ? `: ${names(graph, subject.core)}` : ''}
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
      {picks}
    </div>
  );
}
