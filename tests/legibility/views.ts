// legibility/views: the figures the legibility check measures, each a view of the survey graph, at single
// (3.5 in) and double (7.16 in) column width.
import type { ViewSpec } from '../../src/view/spec';

export const LEGIBILITY_VIEWS: Readonly<Record<string, Partial<ViewSpec>>> = {
  'alpaca-lineage': { layout: 'lineage', focus: 'alpaca', direction: 'both', depth: 'all' },
  'self-instruct-descendants': { layout: 'lineage', focus: 'self-instruct', direction: 'descendants' },
  'instructgpt-era': { layout: 'lineage', filter: { era: 'instructgpt', facets: {} } },
  'image-text': { layout: 'lineage', filter: { era: 'all', facets: { modality: ['image'] } } },
  'figure-1': { layout: 'techniques' },
  'figure-2': { layout: 'comparison' },
  'all-datasets': { layout: 'lineage' },
};

export const SIZES = ['single', 'double'] as const;
