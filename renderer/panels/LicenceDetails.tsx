// panels/LicenceDetails: a dataset's declared licences, the terms it inherits along its data lineage with their paths,
// and the conflicts between them (issue 13), each with its sources.
import { commercialWords, LICENCE_FACET_NAME, licencesOf, type InheritedTerm } from '../../src/licences';
import type { AtlasGraph } from '../../src/model/build';
import { Sources } from './Sources';

const HOW: Readonly<Record<string, string>> = {
  'spdx-corrected': 'read by spdx-correct',
  named: 'a named term',
  unclassified: 'no classification known: commercial use unspecified',
};

const REASON: Readonly<Record<InheritedTerm['reason'], string>> = {
  declared: '',
  'none-stated': 'no licence stated',
  'not-in-graph': 'not in this graph',
};

export function LicenceDetails({ graph, id }: { readonly graph: AtlasGraph; readonly id: string }) {
  const result = licencesOf(graph);
  if (!result.ok)
    return (
      <section className="licences">
        <h3>Licences along lineage</h3>
        <p className="note">{result.message}</p>
      </section>
    );
  const r = result.reports.get(id);
  if (!r) return null;
  const label = (n: string) => (graph.hasNode(n) ? graph.getNodeAttribute(n, 'label') : n);
  const path = (t: InheritedTerm) => t.path.slice(1).map(label).join(' → ');
  return (
    <section className="licences" aria-label="Licences along lineage">
      <h3>
        Licences along lineage <span className={`badge licence-${r.facet}`}>{LICENCE_FACET_NAME[r.facet]}</span>
      </h3>
      <p>
        Commercial use: <strong>{LICENCE_FACET_NAME[r.commercial]}</strong>
        {r.strictest.length > 0 && <> — {r.strictest.map((t) => `${t.term.label} via ${path(t)}`).join('; ')}</>}
      </p>
      <h4>Declared</h4>
      {r.declared.length === 0 ? (
        <p className="note">No licence found for this dataset: unspecified.</p>
      ) : (
        <ul>
          {r.declared.map((d, i) => (
            <li key={i}>
              <strong>{d.term.label}</strong>
              {d.term.raw !== d.term.id && <> (“{d.term.raw}”)</>} {commercialWords(d.term.commercial)}
              {HOW[d.term.how] && <span className="cite-note"> ({HOW[d.term.how]})</span>} <Sources graph={graph} cites={d.provenance} />
            </li>
          ))}
        </ul>
      )}
      <h4>Inherited</h4>
      {r.inherited.length === 0 ? (
        <p className="note">Nothing: no data or model output flowed into it in this graph.</p>
      ) : (
        <ul>
          {r.inherited.map((t) => (
            <li key={`${t.origin}|${t.term.id}`}>
              <strong>{t.term.label}</strong> {commercialWords(t.term.commercial)}
              {t.term.restrictions.length > 0 && <>; {t.term.restrictions.join('; ')}</>}, via {path(t)}
              {REASON[t.reason] && <span className="cite-note"> ({REASON[t.reason]})</span>}
              {t.sources.length > 0 && (
                <>
                  {' '}
                  <Sources graph={graph} cites={t.sources} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {r.conflicts.length > 0 && (
        <>
          <h4>Conflicts</h4>
          <ul className="conflicts">
            {r.conflicts.map((c, i) => (
              <li key={i}>
                {c.message}
                {c.inherited && c.inherited.sources.length > 0 && (
                  <>
                    {' '}
                    <Sources graph={graph} cites={c.inherited.sources} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
