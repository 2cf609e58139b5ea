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

/** A file another tool wrote (GEXF, GraphML, CSV, Cytoscape or graphology JSON), imported through a mapping (issue 16). */
export const FileCitation = z.strictObject({
  kind: z.literal('file'),
  file: text(LIMITS.name).describe('the name of the imported file, e.g. "lineage.gexf"'),
  format: text(LIMITS.label).optional().describe('its format, e.g. "GEXF" or "CSV edge list"'),
  locator: text(LIMITS.name).optional().describe('the element or row the fact was read from, e.g. `<node id="alpaca">` or "row 12"'),
  note,
});

export const Citation = z.discriminatedUnion('kind', [SurveyCitation, ReferenceCitation, UrlCitation, FileCitation]);
export type Citation = z.infer<typeof Citation>;

/** Every fact names at least one source. */
export const Provenance = z.array(Citation).min(1);
export type Provenance = z.infer<typeof Provenance>;

/**
 * A sourced value. An attribute is a non-empty list of claims: the first is the
 * value the atlas shows; further claims are what other sources say. Claims whose
 * values differ are a disagreement the app shows (see queries/disagreements).
 */
export const claim = <T extends z.ZodType>(value: T) => z.strictObject({ value, provenance: Provenance, note });

export const claims = <T extends z.ZodType>(value: T) => z.array(claim(value)).min(1);

/**
 * Why the survey and a primary source disagree (issue 15): the survey names a model the source
 * does not use, a vaguer family name where the source names the model, misspells a name,
 * contradicts itself, leaves out a modality the data has, or states another count or composition.
 */
export const DisagreementKind = z
  .enum(['wrong-model', 'imprecise-model', 'misspelling', 'self-contradiction', 'missing-modality', 'wrong-value'])
  .describe('the kind of survey-versus-source disagreement');
export type DisagreementKind = z.infer<typeof DisagreementKind>;

/** One side of a disagreement: a value as a source states it, and where. */
export const DisagreementSide = z.strictObject({
  value: z.string().min(1).describe('the value as this side states it, verbatim where possible'),
  provenance: Provenance,
});

/**
 * A fact the survey states that its primary source contradicts, both sides kept: the survey's
 * value and locator, the source's value and citation. For a self-contradiction both sides cite the survey.
 */
export const SurveyDisagreement = z.strictObject({
  kind: DisagreementKind,
  about: z.string().min(1).describe('what is disputed, e.g. "response generator (Table 1)" or "modality"'),
  survey: DisagreementSide.describe('what the survey says, with its locator'),
  source: DisagreementSide.describe("what the primary source says (for a self-contradiction: the survey's other statement)"),
  note,
});
export type SurveyDisagreement = z.infer<typeof SurveyDisagreement>;

/** A name as a source writes it (a misspelling included), with where it is written. */
export const RecordedAlias = z.strictObject({
  name: z.string().min(1),
  provenance: Provenance.describe("where this name is written, e.g. the survey's locator"),
  note,
});
export type RecordedAlias = z.infer<typeof RecordedAlias>;
