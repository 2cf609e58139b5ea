// queries/disagreements: where sources disagree about a node: attributes whose claims differ, and disputed edges.
import type { AtlasGraph } from '../model/build';
import { canonicalJson } from '../schema/canonical-json';
import type { Citation, DisagreementKind, SurveyDisagreement } from '../schema/citation';
import type { Size } from '../schema/nodes';
import { type Claim, type ClaimField, claimsOf } from './claims';

export type Disagreement =
  | { readonly kind: 'attribute'; readonly field: ClaimField; readonly claims: readonly Claim[] }
  | {
      readonly kind: 'edge';
      readonly edge: string;
      readonly note: string;
      readonly provenance: readonly Citation[];
      readonly disagreementKind?: DisagreementKind;
    }
  | { readonly kind: 'survey'; readonly disagreement: SurveyDisagreement };

/** How each kind of survey-versus-source disagreement reads in the details panel. */
export const DISAGREEMENT_WORDS: Readonly<Record<DisagreementKind, string>> = {
  'wrong-model': 'wrong model',
  'imprecise-model': 'imprecise model',
  misspelling: 'misspelling',
  'self-contradiction': 'self-contradiction',
  'missing-modality': 'missing modality',
  'wrong-value': 'wrong value',
};

/**
 * Whether a field's claims state one value. Sizes agree when their number, unit and date agree and no two of them say
 * different things are counted: a source that says what it counted ("dialogs", the Data Provenance Collection's
 * `Num Dialogs`) does not dispute one that gives the same number of the same unit without saying (Alpaca's 52,002
 * instances and 52,002 dialogs); two that name different things counted do, even with one number.
 */
export function claimsAgree(field: ClaimField, claims: readonly Claim[]): boolean {
  if (field !== 'size') return new Set(claims.map((c) => canonicalJson(c.value))).size <= 1;
  const sizes = claims.map((c) => c.value as Size);
  const amounts = new Set(sizes.map(({ value, unit, asOf }) => canonicalJson({ value, unit, asOf })));
  const counted = new Set(sizes.flatMap((s) => (s.counts === undefined ? [] : [s.counts.trim().toLowerCase()])));
  return amounts.size <= 1 && counted.size <= 1;
}

/** Every disagreement on a node: its attribute claims, the survey-versus-source ones it records, and its outgoing edges'. */
export function disagreementsOf(graph: AtlasGraph, id: string): Disagreement[] {
  if (!graph.hasNode(id)) throw new Error(`queries/disagreements: unknown node "${id}"`);
  const out: Disagreement[] = [];
  for (const { field, claims } of claimsOf(graph.getNodeAttributes(id))) {
    if (claims.length > 1 && !claimsAgree(field, claims)) out.push({ kind: 'attribute', field, claims });
  }
  const node = graph.getNodeAttributes(id);
  for (const d of node.disagreements ?? []) out.push({ kind: 'survey', disagreement: d });
  graph.forEachOutEdge(id, (e, a) => {
    if (a.disagreement)
      out.push({
        kind: 'edge',
        edge: e,
        note: a.disagreement.note,
        provenance: a.disagreement.provenance,
        ...(a.disagreement.kind ? { disagreementKind: a.disagreement.kind } : {}),
      });
  });
  return out;
}

/** All nodes with at least one disagreement, for a list view and the validate-data report. */
export const nodesWithDisagreements = (graph: AtlasGraph): string[] => graph.filterNodes((id) => disagreementsOf(graph, id).length > 0);
