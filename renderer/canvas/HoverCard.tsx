// canvas/HoverCard: a short card for the node under the pointer.
import type { Core, EventObject } from 'cytoscape';
import { useEffect, useState } from 'react';
import type { AtlasGraph } from '../../src/model/build';
import { NODE_STYLE } from '../../src/style/palette';

export function HoverCard({ cy, graph }: { readonly cy: Core | null; readonly graph: AtlasGraph }) {
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | null>(null);
  useEffect(() => {
    if (!cy) return;
    const over = (e: EventObject) => {
      const p = e.target.renderedPosition();
      setHover({ id: e.target.id(), x: p.x, y: p.y });
    };
    const out = () => setHover(null);
    cy.on('mouseover', 'node', over);
    cy.on('mouseout', 'node', out);
    cy.on('viewport', out);
    return () => {
      cy.off('mouseover', 'node', over);
      cy.off('mouseout', 'node', out);
      cy.off('viewport', out);
    };
  }, [cy]);
  if (!hover || !graph.hasNode(hover.id)) return null;
  const n = graph.getNodeAttributes(hover.id);
  const facts: string[] = [NODE_STYLE[n.kind].label];
  if (n.kind === 'dataset') {
    facts.push(n.taxonomy.purpose, n.taxonomy.modality.join(' + '));
    if (n.released) facts.push(`released ${n.released[0]!.value}`);
    if (n.size) facts.push(`${n.size[0]!.value.value.toLocaleString('en')} ${n.size[0]!.value.unit}`);
  }
  return (
    <div className="hover-card" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
      <strong>{n.label}</strong>
      <p className="facts">{facts.join(' · ')}</p>
      {n.description && <p>{n.description.length > 160 ? `${n.description.slice(0, 157)}…` : n.description}</p>}
    </div>
  );
}
