// queries/claims: a node's sourced attributes ("claims") read by their type, without casts: which fields a
// node kind carries, and how a claimed value reads.
import type { Citation } from '../schema/citation';
import type { GraphNode, Size } from '../schema/nodes';

export const CLAIM_FIELDS = ['released', 'size', 'license', 'languages', 'homepage', 'hfId', 'github', 'arxiv', 'creators'] as const;
export type ClaimField = (typeof CLAIM_FIELDS)[number];
export type ClaimValue = string | readonly string[] | Size;
export type Claim = { readonly value: ClaimValue; readonly provenance: readonly Citation[]; readonly note?: string | undefined };

export const CLAIM_FIELD_LABEL: Readonly<Record<ClaimField, string>> = {
  released: 'Released',
  size: 'Size',
  license: 'License',
  languages: 'Languages',
  homepage: 'Homepage',
  hfId: 'Hugging Face id',
  github: 'GitHub',
  arxiv: 'arXiv',
  creators: 'Creators',
};

/** The claims a node makes for a field, or undefined where its kind has no such field or it is not given. */
export function fieldClaims(node: GraphNode, field: ClaimField): readonly Claim[] | undefined {
  switch (node.kind) {
    case 'dataset':
      return node[field];
    case 'source':
      return field === 'released' || field === 'homepage' ? node[field] : undefined;
    case 'model':
      return field === 'released' ? node.released : undefined;
    default:
      return undefined;
  }
}

/** Every field the node gives, in CLAIM_FIELDS order, with its claims (the first is the one shown). */
export const claimsOf = (node: GraphNode): { field: ClaimField; claims: readonly Claim[] }[] =>
  CLAIM_FIELDS.flatMap((field) => {
    const claims = fieldClaims(node, field);
    return claims ? [{ field, claims }] : [];
  });

/**
 * A claimed value as text: a list joined by commas, a size with its unit and, where the source says, what it counted
 * ("52,002 instances", "52,002 instances (dialogs)").
 */
export function claimValueText(value: ClaimValue): string {
  if (typeof value === 'string') return value;
  if ('unit' in value) return `${value.value.toLocaleString('en')} ${value.unit}${value.counts ? ` (${value.counts})` : ''}`;
  return value.join(', ');
}
