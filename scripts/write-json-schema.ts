// Regenerates graph-data/graph.schema.json from the zod schema (npm run schema).
import { writeFile } from 'node:fs/promises';
import { graphFileJsonSchemaText } from '../src/schema';

await writeFile(new URL('../graph-data/graph.schema.json', import.meta.url), graphFileJsonSchemaText());
console.log('wrote graph-data/graph.schema.json');
