// panels/Timeline: a release histogram with From/To range inputs, and a play button that grows the graph month by month.
import { useEffect, useState } from 'react';
import type { MonthBin } from '../../src/queries/histogram';
import { WATERSHED_MONTH } from '../../src/layout/timeline';
import { setRange } from '../../src/view/intents';
import type { ViewSpec } from '../../src/view/spec';
import type { SetView } from '../state/useView';

type Props = {
  readonly bins: readonly MonthBin[];
  readonly view: ViewSpec;
  readonly setView: SetView;
};

const PLAY_STEP_MS = 400;

export function Timeline({ bins, view, setView }: Props) {
  const [playing, setPlaying] = useState(false);
  const last = bins.length - 1;
  const indexOf = (month: string | undefined, fallback: number) => {
    const i = month ? bins.findIndex((b) => b.month === month.slice(0, 7)) : -1;
    return i === -1 ? fallback : i;
  };
  const from = indexOf(view.filter.from, 0);
  const to = indexOf(view.filter.to, last);
  const showMonths = (f: number, t: number, replace = false) =>
    setView(setRange(f <= 0 ? undefined : bins[f]!.month, t >= last ? undefined : bins[t]!.month), { replace });

  // Playing grows the range one month per step until it reaches the last month; the steps replace
  // one history entry rather than pushing forty.
  const running = playing && to < last;
  useEffect(() => {
    if (!running) return;
    const timer = window.setTimeout(() => showMonths(from, to + 1, true), PLAY_STEP_MS);
    return () => window.clearTimeout(timer);
  });

  if (bins.length === 0) return null;
  const max = Math.max(...bins.map((b) => b.count));
  const w = 100 / bins.length;
  const watershed = bins.findIndex((b) => b.month === WATERSHED_MONTH);
  return (
    <div className="timeline" role="group" aria-label="Timeline">
      <button
        type="button"
        aria-label={running ? 'Pause' : 'Play: grow the graph month by month'}
        onClick={() => {
          if (!running) showMonths(from, from);
          setPlaying(!running);
        }}
      >
        {running ? '❚❚' : '▶'}
      </button>
      <div className="histogram">
        <svg viewBox="0 0 100 30" preserveAspectRatio="none" aria-hidden="true">
          {bins.map((b, i) => (
            <rect
              key={b.month}
              x={i * w + w * 0.1}
              width={w * 0.8}
              y={30 - (b.count / max) * 28}
              height={(b.count / max) * 28}
              className={i >= from && i <= to ? 'bar in' : 'bar'}
            >
              <title>{`${b.month}: ${b.count} dataset${b.count === 1 ? '' : 's'}`}</title>
            </rect>
          ))}
          {watershed >= 0 && <line x1={watershed * w} x2={watershed * w} y1="0" y2="30" className="watershed" />}
        </svg>
        <input
          type="range"
          aria-label="From"
          min={0}
          max={last}
          value={from}
          aria-valuetext={bins[from]!.month}
          onChange={(e) => showMonths(Math.min(Number(e.target.value), to), to)}
        />
        <input
          type="range"
          aria-label="To"
          min={0}
          max={last}
          value={to}
          aria-valuetext={bins[to]!.month}
          onChange={(e) => showMonths(from, Math.max(Number(e.target.value), from))}
        />
      </div>
      <span className="range-label">
        {bins[from]!.month} – {bins[to]!.month}
      </span>
    </div>
  );
}
