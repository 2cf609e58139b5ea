// import/catalogue/aliases: the curated alias table (`graph-data/aliases.json`): names a catalogue writes that
// name a node of the survey graph, each with the source that shows they are the same.
import { z } from 'zod';
import { Provenance } from '../../schema/citation';
import { NodeId } from '../../schema/nodes';
import { LIMITS, text } from '../../schema/text';

export const ALIASES_FORMAT = 'lineage-atlas/aliases';

export const Alias = z.strictObject({
  name: text(LIMITS.label).describe('the name as a catalogue writes it; compared without case or punctuation'),
  id: NodeId.describe('the survey node it names'),
  provenance: Provenance.describe('where the sameness is shown (a card or summary that names both)'),
  note: text(LIMITS.note, { multiline: true }).optional(),
});
export type Alias = z.infer<typeof Alias>;

export const AliasTable = z.strictObject({
  $schema: text(LIMITS.url).optional(),
  format: z.literal(ALIASES_FORMAT),
  version: z.literal(1),
  aliases: z.array(Alias).max(10_000),
});
export type AliasTable = z.infer<typeof AliasTable>;

/** Parses the table's text; a problem names the file and the field path. Never throws. */
export function parseAliasTable(file: string, textIn: string): { ok: true; table: AliasTable } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(textIn);
  } catch (e) {
    return { ok: false, message: `${file}: not valid JSON (${(e as Error).message})` };
  }
  const r = AliasTable.safeParse(json);
  return r.success ? { ok: true, table: r.data } : { ok: false, message: `${file}: ${z.prettifyError(r.error)}` };
}

/** The JSON Schema of the alias table (graph-data/aliases.schema.json), for editors; `npm run schema` writes it. */
export const aliasTableJsonSchemaText = (): string =>
  `${JSON.stringify({ ...z.toJSONSchema(AliasTable, { io: 'input' }), $id: 'https://lineage-atlas.invalid/aliases.schema.json', title: 'Lineage Atlas alias table' }, null, 2)}\n`;
