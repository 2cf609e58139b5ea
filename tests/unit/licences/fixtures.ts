// Hand-made nodes, edges and terms for the licence tests: only the fields the rules read.
import { termTable, type LicenceTerm } from '../../../src/licences';
import type { GraphEdge, GraphNode } from '../../../src/schema';

const cite = [{ kind: 'url' as const, url: 'https://example.org/licence', title: 'a licence page' }];

export const dataset = (id: string, ...licences: string[]): GraphNode => ({
  id,
  kind: 'dataset',
  label: id,
  provenance: cite,
  taxonomy: { purpose: 'demonstration', modality: ['text'], generation: 'instructgpt', provenance: cite },
  ...(licences.length ? { license: licences.map((value) => ({ value, provenance: cite })) } : {}),
});
export const source = (id: string, ...licences: string[]): GraphNode => ({
  id,
  kind: 'source',
  label: id,
  provenance: cite,
  ...(licences.length ? { license: licences.map((value) => ({ value, provenance: cite })) } : {}),
});
export const model = (id: string, terms?: string): GraphNode => ({
  id,
  kind: 'model',
  label: id,
  provenance: cite,
  ...(terms ? { outputTerms: [{ value: terms, provenance: cite }] } : {}),
});
export const edge = (s: string, kind: GraphEdge['kind'], target: string): GraphEdge => ({ source: s, kind, target, provenance: cite });

const term = (id: string, commercial: LicenceTerm['commercial'], extra: Partial<LicenceTerm> = {}): LicenceTerm => ({
  id,
  label: id,
  commercial,
  provenance: [{ kind: 'url', url: `https://example.org/${id}`, title: id }],
  ...extra,
});

export const TERMS = termTable({
  format: 'lineage-atlas/licence-terms',
  version: 1,
  terms: [
    term('MIT', 'allowed', { attribution: true }),
    term('CC-BY-4.0', 'allowed', { attribution: true }),
    term('CC-BY-SA-3.0', 'allowed', { attribution: true, shareAlike: true }),
    term('CC-BY-SA-4.0', 'allowed', { attribution: true, shareAlike: true }),
    term('CC-BY-NC-4.0', 'non-commercial', { attribution: true }),
    term('LicenseRef-research-only', 'research-only', { names: ['research only'] }),
    term('LicenseRef-provider-terms', 'allowed', { restrictions: ['no competing models'] }),
    term('LicenseRef-CC-BY-NC-SA-unversioned', 'non-commercial', { names: ['CC-BY-NC-SA'], shareAlike: true }),
  ],
});
