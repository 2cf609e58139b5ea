// licences/terms: the classification of licence terms (graph-data/licence-terms.json) and the normalisation of a
// licence claim to one of them: an SPDX expression (spdx-expression-parse, spdx-correct) or a named term.
import parseSpdx from 'spdx-expression-parse';
import correctSpdx from 'spdx-correct';
import { z } from 'zod';
import { Provenance } from '../schema/citation';
import { LIMITS, text } from '../schema/text';

/** What a term says of commercial use; "unspecified" is what nobody has said, and never counts as permissive. */
export const COMMERCIAL_CLASSES = ['allowed', 'unspecified', 'non-commercial', 'research-only'] as const;
export const CommercialClass = z.enum(COMMERCIAL_CLASSES);
export type CommercialClass = z.infer<typeof CommercialClass>;

/** Strictness: the higher, the less a term allows. Unknown sits above allowed, below the known restrictions. */
export const strictness = (c: CommercialClass): number => COMMERCIAL_CLASSES.indexOf(c);

export const LicenceTerm = z.strictObject({
  id: z
    .string()
    .regex(/^(LicenseRef-)?[A-Za-z0-9.+-]+$/, 'an SPDX licence id, or LicenseRef-<name> for a term SPDX has no id for')
    .describe('the SPDX id, or a LicenseRef- name for a term of its own'),
  label: text(LIMITS.label),
  names: z
    .array(text(LIMITS.label))
    .optional()
    .describe('other spellings a claim may use that are neither an SPDX id nor correctable to one (matched ignoring case)'),
  commercial: CommercialClass,
  attribution: z.boolean().optional().describe('whether the term requires attribution; absent where no source says'),
  shareAlike: z.boolean().optional().describe('whether derived data must carry the same term'),
  restrictions: z
    .array(text(LIMITS.name))
    .optional()
    .describe('other uses the term forbids, e.g. developing models that compete with the provider'),
  note: text(LIMITS.note, { multiline: true }).optional(),
  provenance: Provenance.describe('the text of the licence or terms that the classification reads'),
});
export type LicenceTerm = z.infer<typeof LicenceTerm>;

export const LICENCE_TERMS_FORMAT = 'lineage-atlas/licence-terms';
export const LicenceTermsFile = z
  .strictObject({
    $schema: text(LIMITS.url).optional(),
    format: z.literal(LICENCE_TERMS_FORMAT),
    version: z.literal(1),
    description: text(LIMITS.description, { multiline: true }).optional(),
    terms: z.array(LicenceTerm).min(1),
  })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.terms.forEach((t, i) => {
      for (const key of [t.id, ...(t.names ?? [])].map((s) => s.toLowerCase())) {
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['terms', i], message: `"${key}" names two terms` });
        seen.add(key);
      }
    });
  });
export type LicenceTermsFile = z.infer<typeof LicenceTermsFile>;

/** A licence claim read as terms: what it was normalised to, and how. */
export type ResolvedTerm = {
  /** The claim as written. */
  readonly raw: string;
  /** The SPDX expression or term id it normalised to; the raw text where nothing matched. */
  readonly id: string;
  readonly label: string;
  readonly commercial: CommercialClass;
  readonly attribution?: boolean;
  readonly shareAlike?: boolean;
  readonly restrictions: readonly string[];
  /** The classified terms it rests on (several for an AND or OR expression); empty where none is known. */
  readonly terms: readonly LicenceTerm[];
  /** How it was read: an SPDX expression, one corrected by spdx-correct, a named term, or nothing known. */
  readonly how: 'spdx' | 'spdx-corrected' | 'named' | 'unclassified';
};

/** The table of terms, indexed by lower-cased id and name. */
export type TermTable = { readonly byKey: ReadonlyMap<string, LicenceTerm>; readonly terms: readonly LicenceTerm[] };

export function termTable(file: LicenceTermsFile): TermTable {
  const byKey = new Map<string, LicenceTerm>();
  for (const t of file.terms) for (const k of [t.id, ...(t.names ?? [])]) byKey.set(k.toLowerCase(), t);
  return { byKey, terms: file.terms };
}

const unclassified = (raw: string, id: string, how: ResolvedTerm['how']): ResolvedTerm => ({
  raw,
  id,
  label: id,
  commercial: 'unspecified',
  restrictions: [],
  terms: [],
  how,
});

const fromTerm = (raw: string, t: LicenceTerm, how: ResolvedTerm['how']): ResolvedTerm => ({
  raw,
  id: t.id,
  label: t.label,
  commercial: t.commercial,
  ...(t.attribution === undefined ? {} : { attribution: t.attribution }),
  ...(t.shareAlike === undefined ? {} : { shareAlike: t.shareAlike }),
  restrictions: t.restrictions ?? [],
  terms: [t],
  how,
});

type Info = parseSpdx.Info;

/** An SPDX expression over the table: AND takes the stricter side, OR the side that allows more (the licensee chooses). */
function evaluate(info: Info, table: TermTable, raw: string, how: ResolvedTerm['how']): ResolvedTerm {
  if ('license' in info) {
    const t = table.byKey.get(info.license.toLowerCase());
    return t ? fromTerm(raw, t, how) : unclassified(raw, info.license, 'unclassified');
  }
  const l = evaluate(info.left, table, raw, how);
  const r = evaluate(info.right, table, raw, how);
  const id = `${l.id} ${info.conjunction.toUpperCase()} ${r.id}`;
  const both = { raw, id, label: `${l.label} ${info.conjunction} ${r.label}`, terms: [...l.terms, ...r.terms] };
  const how2: ResolvedTerm['how'] = l.how === 'unclassified' && r.how === 'unclassified' ? 'unclassified' : how;
  if (info.conjunction === 'and') {
    const stricter = strictness(l.commercial) >= strictness(r.commercial) ? l : r;
    return {
      ...both,
      commercial: stricter.commercial,
      ...(l.attribution || r.attribution ? { attribution: true } : {}),
      ...(l.shareAlike || r.shareAlike ? { shareAlike: true } : {}),
      restrictions: [...new Set([...l.restrictions, ...r.restrictions])],
      how: how2,
    };
  }
  // OR: a known permissive side wins over an unknown one; an unknown side never makes the choice permissive.
  const looser = strictness(l.commercial) <= strictness(r.commercial) ? l : r;
  return { ...looser, ...both, how: how2 };
}

/**
 * Normalise a licence claim: a named term of the table (its id or one of its names), else an SPDX expression as
 * written, else as spdx-correct corrects it; what none of these reads stays unclassified (commercial use unspecified).
 */
export function resolveTerm(raw: string, table: TermTable): ResolvedTerm {
  const value = raw.trim();
  const named = table.byKey.get(value.toLowerCase());
  if (named) return fromTerm(raw, named, value.startsWith('LicenseRef-') || value === named.id ? 'spdx' : 'named');
  try {
    return evaluate(parseSpdx(value), table, raw, 'spdx');
  } catch {
    // not an SPDX expression as written: try its named terms as their ids, then spdx-correct's reading below
  }
  // An expression joining a named term ("OpenAI AND MIT", as the Data Provenance Collection writes it): the name as its
  // LicenseRef id, so spdx-correct cannot drop it and leave the other side alone.
  const parts = value.split(/\s+(AND|OR|WITH)\s+/);
  const renamed = parts.map((p, i) => (i % 2 === 1 ? p : (table.byKey.get(p.trim().toLowerCase())?.id ?? p))).join(' ');
  if (parts.length > 1 && renamed !== parts.join(' '))
    try {
      return evaluate(parseSpdx(renamed), table, raw, 'named');
    } catch {
      // another operand is still no SPDX id: spdx-correct below
    }
  const corrected = value ? correctSpdx(value) : null;
  if (corrected) {
    try {
      return evaluate(parseSpdx(corrected), table, raw, 'spdx-corrected');
    } catch {
      // spdx-correct returned something that is still no expression
    }
  }
  return unclassified(raw, value || '(empty)', 'unclassified');
}
