// panels/Sources: a citation as a person reads it (the survey's locator, a reference, a page), and a list of them.
import type { AtlasGraph } from '../../src/model/build';
import type { Citation } from '../../src/schema/citation';

export function CitationText({ graph, c }: { readonly graph: AtlasGraph; readonly c: Citation }) {
  const note = c.note ? <span className="cite-note"> ({c.note})</span> : null;
  if (c.kind === 'survey')
    return (
      <span className="cite survey-cite">
        Survey, {c.locator}
        {note}
      </span>
    );
  if (c.kind === 'reference') {
    const ref = graph.hasNode(c.ref) ? graph.getNodeAttributes(c.ref) : null;
    const url = ref?.kind === 'reference' ? ref.url : undefined;
    const label = `${ref?.label ?? c.ref}${c.locator ? `, ${c.locator}` : ''}`;
    return (
      <span className="cite">
        {url ? (
          <a href={url} target="_blank" rel="noreferrer noopener">
            {label}
          </a>
        ) : (
          label
        )}
        {note}
      </span>
    );
  }
  if (c.kind === 'file')
    return (
      <span className="cite file-cite">
        {c.file}
        {c.locator ? `, ${c.locator}` : ''}
        {note}
      </span>
    );
  return (
    <span className="cite">
      <a href={c.url} target="_blank" rel="noreferrer noopener">
        {c.title}
      </a>
      {note}
    </span>
  );
}

export const Sources = ({ graph, cites }: { readonly graph: AtlasGraph; readonly cites: readonly Citation[] }) => (
  <span className="sources">
    {cites.map((c, i) => (
      <CitationText key={i} graph={graph} c={c} />
    ))}
  </span>
);
