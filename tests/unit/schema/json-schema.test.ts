import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphFileJsonSchemaText } from '../../../src/schema/json-schema';

describe('schema/json-schema', () => {
  it('graph-data/graph.schema.json is up to date (run `npm run schema` after changing the zod schema)', () => {
    const committed = readFileSync(new URL('../../../graph-data/graph.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(graphFileJsonSchemaText());
  });
  it('describes the envelope', () => {
    const schema = JSON.parse(graphFileJsonSchemaText());
    expect(schema.properties.format.const).toBe('lineage-atlas/graph');
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'nodes', 'edges']));
  });
});
