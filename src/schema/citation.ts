// schema/citation: where a fact comes from, and a sourced value ("claim").
import { z } from 'zod';
import { LIMITS, text, WebUrl } from './text';

export const note = text(LIMITS.note, { multiline: true }).optional().describe('a remark on this source: an uncertainty, a page, a caveat');

/** A place in the survey itself: "Table 1", "Figure 1", "Figure 2", "§3.1 Model-Generated Technique". */
export const SurveyCitation = z.strictObject({
  kind: z.literal('survey'),
  locator: text(LIMITS.name).describe('table, figure or section of the survey, e.g. "Table 1" or "§3.3"'),
  note,
});

/** A reference node of the graph (a paper or project page), optionally with a place in it. */
export const ReferenceCitation = z.strictObject({
  kind: z.literal('reference'),
  ref: text(LIMITS.name).describe('id of a reference node'),
  locator: text(LIMITS.name).optional().describe('section, table or page in that reference'),
  note,
});

/** A web page: a repository README, a dataset card, a blog post, an arXiv abstract page. */
export const UrlCitation = z.strictObject({
  kind: z.literal('url'),
  url: WebUrl,
  title: text(LIMITS.name).describe('what the page is, e.g. "tatsu-lab/stanford_alpaca README"'),
  note,
});

export const Citation = z.discriminatedUnion('kind', [SurveyCitation, ReferenceCitation, UrlCitation]);
export type Citation = z.infer<typeof Citation>;

/** Every fact names at least one source. */
export const Provenance = z.array(Citation).min(1);
export type Provenance = z.infer<typeof Provenance>;

/**
 * A sourced value. An attribute is a non-empty list of claims: the first is the
 * value the atlas shows; further claims are what other sources say. Claims whose
 * values differ are a disagreement the app shows (see queries/disagreements).
 */
export const claim = <T extends z.ZodType>(value: T) =>
  z.strictObject({ value, provenance: Provenance, note });

export const claims = <T extends z.ZodType>(value: T) => z.array(claim(value)).min(1);
