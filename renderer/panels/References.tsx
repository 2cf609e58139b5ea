// References: the papers and pages a node is described in, each with its BibTeX to copy.
import { useState } from 'react';
import type { AtlasGraph } from '../../src/model/build';

export function References({ graph, id }: { readonly graph: AtlasGraph; readonly id: string }) {
  const [copied, setCopied] = useState<string | null>(null);
  const refs = graph
    .outEdges(id)
    .filter((e) => graph.getEdgeAttribute(e, 'kind') === 'described-in')
    .map((e) => graph.getNodeAttributes(graph.target(e)));
  if (refs.length === 0) return null;
  return (
    <section>
      <h3>References</h3>
      {refs.map(
        (r) =>
          r.kind === 'reference' && (
            <div key={r.id} className="reference">
              <p>
                {r.url ? (
                  <a href={r.url} target="_blank" rel="noreferrer noopener">
                    {r.label}
                  </a>
                ) : (
                  r.label
                )}
                {r.surveyNumber !== undefined && <span className="cite-note"> — survey reference [{r.surveyNumber}]</span>}
              </p>
              <pre className="bibtex">{r.bibtex}</pre>
              <button
                type="button"
                onClick={() => {
                  void navigator.clipboard?.writeText(r.bibtex).then(() => setCopied(r.id));
                }}
              >
                {copied === r.id ? 'Copied' : 'Copy BibTeX'}
              </button>
            </div>
          ),
      )}
    </section>
  );
}
