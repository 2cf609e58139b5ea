// panels/SurveyDisagreements: where the survey and a primary source disagree about a node, side by side, with
// the kind of disagreement and the citations of both sides; and the names the survey writes for it.
import type { AtlasGraph } from '../../src/model/build';
import { DISAGREEMENT_WORDS } from '../../src/queries/disagreements';
import type { GraphNode } from '../../src/schema/nodes';
import { Sources } from './Sources';

export function SurveyDisagreements({ graph, node }: { readonly graph: AtlasGraph; readonly node: GraphNode }) {
  const rows = node.disagreements ?? [];
  const names = node.recordedAliases ?? [];
  if (rows.length === 0 && names.length === 0) return null;
  return (
    <section className="disputed" aria-label="Survey versus source">
      <h3>
        Survey versus source <span className="badge">sources disagree</span>
      </h3>
      {rows.length > 0 && (
        <table className="versus">
          <thead>
            <tr>
              <th scope="col">About</th>
              <th scope="col">The survey says</th>
              <th scope="col">The source says</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d, i) => (
              <tr key={i}>
                <th scope="row">
                  {d.about} <span className="badge kind">{DISAGREEMENT_WORDS[d.kind]}</span>
                </th>
                <td>
                  {d.survey.value} <Sources graph={graph} cites={d.survey.provenance} />
                </td>
                <td>
                  {d.source.value} <Sources graph={graph} cites={d.source.provenance} />
                  {d.note && <span className="cite-note"> ({d.note})</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {names.length > 0 && (
        <p className="aliases">
          Also written:{' '}
          {names.map((a, i) => (
            <span key={i}>
              “{a.name}” <Sources graph={graph} cites={a.provenance} />
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
