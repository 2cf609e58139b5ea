// Regenerates graph-data/graph.schema.json and graph-data/aliases.schema.json from the zod schemas (npm run schema).
import { writeFile } from 'node:fs/promises';
import { aliasTableJsonSchemaText } from '../src/import/catalogue/aliases';
import { graphFileJsonSchemaText } from '../src/schema';

await writeFile(new URL('../graph-data/graph.schema.json', import.meta.url), graphFileJsonSchemaText());
await writeFile(new URL('../graph-data/aliases.schema.json', import.meta.url), aliasTableJsonSchemaText());
console.log('wrote graph-data/graph.schema.json and graph-data/aliases.schema.json');
