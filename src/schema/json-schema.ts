// schema/json-schema: the JSON Schema of a graph file, generated from the zod schema so editors can validate data.
import { z } from 'zod';
import { GraphFile } from './document';

export function graphFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(GraphFile, { io: 'input' }),
    $id: 'https://lineage-atlas.invalid/graph.schema.json',
    title: 'Lineage Atlas graph file',
  };
}

/** The committed file's exact text: stable key order, two-space indent, final newline. */
export const graphFileJsonSchemaText = (): string => `${JSON.stringify(graphFileJsonSchema(), null, 2)}\n`;
