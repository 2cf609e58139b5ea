// panels/ImportReport: what a catalogue import read, created, merged and left unresolved, as the command line
// prints it: entries read, nodes created, merged with survey datasets, derived-from names resolved or left as
// free-text sources, and the proposed matches a person should confirm.
import type { ImportReport as Report } from '../../src/import/catalogue/build';
import { type ImportTiming, timingText } from '../catalogue/protocol';

const n = (x: number) => x.toLocaleString('en');
/** Lists longer than this show their first items and how many more. */
const SHOW = 30;

function Listed<T>({ items, item }: { readonly items: readonly T[]; readonly item: (x: T) => string }) {
  if (items.length === 0) return null;
  return (
    <ul>
      {items.slice(0, SHOW).map((x, i) => (
        <li key={i}>{item(x)}</li>
      ))}
      {items.length > SHOW && <li>…and {n(items.length - SHOW)} more</li>}
    </ul>
  );
}

export function ImportReport({ report, timing }: { readonly report: Report; readonly timing?: ImportTiming }) {
  const c = report.nodesCreated;
  return (
    <div className="import-report" aria-label="Import report">
      <table className="import-counts">
        <tbody>
          <tr>
            <th scope="row">Entries read</th>
            <td data-count="entries" title={timing && timingText(timing)} data-timing={timing && JSON.stringify(timing)}>
              {n(report.entriesRead)} from {n(report.filesRead)} file{report.filesRead === 1 ? '' : 's'}
              {timing && ` in ${(timing.total / 1000).toFixed(1)} s`}
            </td>
          </tr>
          <tr className={report.issues.length > 0 ? 'attention' : undefined}>
            <th scope="row">Files not imported</th>
            <td data-count="issues">{n(report.issues.length)}</td>
          </tr>
          <tr>
            <th scope="row">Created</th>
            <td data-count="created">
              {n(c.datasets)} datasets, {n(c.collections)} collections, {n(c.models)} models, {n(c.references)} references
            </td>
          </tr>
          <tr>
            <th scope="row">Merged with survey datasets</th>
            <td data-count="merged">{n(report.mergedWithSurvey.length)}</td>
          </tr>
          <tr>
            <th scope="row">Derived-from names resolved to a node</th>
            <td data-count="resolved">
              {n(report.derivedFrom.resolved)} of {n(report.derivedFrom.names)}
            </td>
          </tr>
          <tr>
            <th scope="row">Left as free-text sources</th>
            <td data-count="free-text">{n(report.derivedFrom.freeText)}</td>
          </tr>
          <tr className={report.proposed.length > 0 ? 'attention' : undefined}>
            <th scope="row">Proposed matches, not merged</th>
            <td data-count="proposed">{n(report.proposed.length)}</td>
          </tr>
        </tbody>
      </table>
      {report.issues.length > 0 && (
        <details open>
          <summary>Files not imported</summary>
          <Listed items={report.issues} item={(i) => `${i.file}: ${i.message}`} />
        </details>
      )}
      {report.mergedWithSurvey.length > 0 && (
        <details>
          <summary>Merged with survey datasets</summary>
          <Listed items={report.mergedWithSurvey} item={(m) => `${m.entry} → ${m.id} (by ${m.by})`} />
        </details>
      )}
      {report.proposed.length > 0 && (
        <details>
          <summary>Proposed matches, for a person to confirm</summary>
          <Listed items={report.proposed} item={(p) => `"${p.name}" (${p.from}) ~ ${p.candidates.join(', ')}: ${p.reason}`} />
        </details>
      )}
      {report.cyclesBroken.length > 0 && (
        <details>
          <summary>Lineage edges left out to keep lineage acyclic</summary>
          <Listed items={report.cyclesBroken} item={(x) => x} />
        </details>
      )}
    </div>
  );
}
