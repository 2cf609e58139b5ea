// schema/document: the envelope of a graph file, and the merged graph document.
import { z } from 'zod';
import { GraphEdge } from './edges';
import { GraphNode } from './nodes';
import { LIMITS, text } from './text';

export const GRAPH_FORMAT = 'lineage-atlas/graph';
export const GRAPH_VERSION = 1;

/** One graph file: `graph-data/*.json`, or a file a user opens. */
export const GraphFile = z.strictObject({
  $schema: text(LIMITS.url).optional(),
  format: z.literal(GRAPH_FORMAT),
  version: z.literal(GRAPH_VERSION),
  title: text(LIMITS.name).optional(),
  description: text(LIMITS.description, { multiline: true }).optional(),
  nodes: z.array(GraphNode).max(100_000, 'at most 100,000 nodes in one file'),
  edges: z.array(GraphEdge).max(500_000, 'at most 500,000 edges in one file'),
});
export type GraphFile = z.infer<typeof GraphFile>;

/** The merged, cross-checked graph: what the rest of the core consumes. */
export type GraphDocument = {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** Which file each node came from, for error messages and the details panel. */
  readonly files: readonly string[];
};
