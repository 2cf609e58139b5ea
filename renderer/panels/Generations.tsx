// panels/Generations: datasets released per month, stacked by purpose or modality, with the InstructGPT line;
// and, for each generation, which construction techniques its datasets used.
import { useMemo, useState } from 'react';
import { WATERSHED_MONTH } from '../../src/layout/timeline';
import type { AtlasGraph } from '../../src/model/build';
import { type StackBy, stackedReleases, techniquesByGeneration } from '../../src/queries/generations';
import { Generation } from '../../src/schema/nodes';
import { GENERATION_NAME, SERIES_COLOR } from '../../src/style/palette';
import { undatedDatasets } from '../../src/view/scene';

const COLORS: Readonly<Record<string, string>> = SERIES_COLOR;

export function Generations({
  graph,
  ids,
  onPick,
}: {
  readonly graph: AtlasGraph;
  readonly ids: ReadonlySet<string>;
  /** Selects a node: a technique of the lists, or an undated dataset. */
  readonly onPick: (id: string) => void;
}) {
  const [by, setBy] = useState<StackBy>('purpose');
  const stacked = useMemo(() => stackedReleases(graph, ids, by), [graph, ids, by]);
  const techniques = useMemo(() => techniquesByGeneration(graph, ids), [graph, ids]);
  // The status line counts these with the same function: a chart of months has no place for them.
  const undated = useMemo(() => undatedDatasets(graph, ids), [graph, ids]);
  const n = stacked.months.length;
  const totals = stacked.months.map((_, i) => stacked.series.reduce((a, s) => a + s.counts[i]!, 0));
  const max = Math.max(1, ...totals);
  const W = 900;
  const H = 220;
  const left = 28;
  const bottom = 24;
  const bw = n ? (W - left) / n : 0;
  const y = (v: number) => H - bottom - (v / max) * (H - bottom - 10);
  const watershed = stacked.months.indexOf(WATERSHED_MONTH);
  return (
    <div className="generations" role="region" aria-label="Generations">
      <div className="table-tools">
        <h2>Datasets released per month</h2>
        <label>
          Stack by{' '}
          <select aria-label="Stack by" value={by} onChange={(e) => setBy(e.target.value === 'modality' ? 'modality' : 'purpose')}>
            <option value="purpose">Purpose</option>
            <option value="modality">Modality</option>
          </select>
        </label>
        <span className="chart-legend">
          {stacked.series.map((s) => (
            <span key={s.key}>
              <span className="swatch" style={{ background: COLORS[s.key] }} /> {s.key}
            </span>
          ))}
        </span>
      </div>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="chart"
        role="img"
        aria-label={`Dataset releases per month from ${stacked.months[0] ?? '–'} to ${stacked.months[n - 1] ?? '–'}`}
      >
        {[0, Math.ceil(max / 2), max].map((v) => (
          <g key={v}>
            <line x1={left} x2={W} y1={y(v)} y2={y(v)} className="gridline" />
            <text x={left - 4} y={y(v) + 4} textAnchor="end" className="axis-label">
              {v}
            </text>
          </g>
        ))}
        {stacked.months.map((m, i) => {
          let acc = 0;
          return (
            <g key={m}>
              {stacked.series.map((s) => {
                const c = s.counts[i]!;
                if (c === 0) return null;
                const r = (
                  <rect
                    key={s.key}
                    x={left + i * bw + bw * 0.1}
                    width={bw * 0.8}
                    y={y(acc + c)}
                    height={y(acc) - y(acc + c)}
                    fill={COLORS[s.key]}
                  >
                    <title>{`${m}: ${c} ${s.key}`}</title>
                  </rect>
                );
                acc += c;
                return r;
              })}
              {m.endsWith('-01') && (
                <text x={left + i * bw} y={H - 6} className="axis-label">
                  {m.slice(0, 4)}
                </text>
              )}
            </g>
          );
        })}
        {watershed >= 0 && (
          <g>
            <line x1={left + watershed * bw} x2={left + watershed * bw} y1={0} y2={H - bottom} className="watershed" />
            <text x={left + watershed * bw + 4} y={12} className="watershed-label">
              InstructGPT (2022-03)
            </text>
          </g>
        )}
      </svg>
      {undated.length > 0 && (
        <p className="note" role="note" aria-label="Undated datasets">
          {undated.length} shown dataset{undated.length === 1 ? ' has' : 's have'} no release date and {undated.length === 1 ? 'is' : 'are'}{' '}
          not in this chart (the time layouts put {undated.length === 1 ? 'it' : 'them'} in their “undated” gutter):{' '}
          {undated.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <button type="button" className="link" onClick={() => onPick(id)}>
                {graph.getNodeAttribute(id, 'label')}
              </button>
            </span>
          ))}
          .
        </p>
      )}
      <div className="generation-techniques">
        {Generation.options.map((gen) => (
          <section key={gen}>
            <h3>{GENERATION_NAME[gen].name}: techniques used</h3>
            {techniques[gen].length === 0 ? (
              <p className="note">No dataset of this generation is shown.</p>
            ) : (
              <ul className="bars">
                {techniques[gen].map((t) => (
                  <li key={t.technique}>
                    <button type="button" className="link" onClick={() => onPick(t.technique)}>
                      {t.label}
                    </button>
                    <span className="bar" style={{ width: `${(t.count / techniques[gen][0]!.count) * 100}%` }} />
                    <span className="count">{t.count}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
