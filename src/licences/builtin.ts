// licences/builtin: the atlas's own classification of licence terms, graph-data/licence-terms.json, parsed once.
import { z } from 'zod';
import raw from '../../graph-data/licence-terms.json' with { type: 'json' };
import { LicenceTermsFile, termTable, type TermTable } from './terms';

const parsed = LicenceTermsFile.safeParse(raw);
if (!parsed.success) throw new Error(`licences/builtin: graph-data/licence-terms.json is invalid:\n${z.prettifyError(parsed.error)}`);

/** The terms of graph-data/licence-terms.json; `npm run validate-data` and the unit tests check the file. */
export const BUILTIN_TERMS: TermTable = termTable(parsed.data);
