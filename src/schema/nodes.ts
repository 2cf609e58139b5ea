// schema/nodes: the five node kinds of the knowledge graph and the survey's facets.
import { z } from 'zod';
import { claims, note, Provenance, RecordedAlias, SurveyDisagreement } from './citation';
import { LIMITS, oneBibtexEntry, realDate, text, WebUrl } from './text';

/**
 * Ids key graphology graphs, which keep neighbours in plain objects: an id that names a property every
 * JavaScript object already has ("constructor") corrupts them (issue 17), so it is refused here.
 */
export const NodeId = z
  .string()
  .max(200, 'an id of at most 200 characters')
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, ".", "_" or "-", starting with a letter or digit')
  .refine((id) => !(id in Object.prototype), {
    error: (iss) => `"${String(iss.input)}" is a name every JavaScript object already has; choose another id`,
  });

const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
/** `YYYY-MM` or `YYYY-MM-DD`, a real month and day. */
export const DateStr = z
  .string()
  .regex(DATE_PATTERN, 'a date as YYYY-MM or YYYY-MM-DD')
  .refine(realDate, { error: (iss) => `${String(iss.input)} is not a day of the calendar` });
/** Whether `s` is a `DateStr`, without building zod's error for the many that are not (an importer's hot path). */
export const isDateStr = (s: string): boolean => DATE_PATTERN.test(s) && realDate(s);
export type DateStr = z.infer<typeof DateStr>;

// The survey's facets (§2.2 taxonomy, §2.1 generations, Table 1, Figure 2, §4).
export const Generation = z
  .enum(['task-aggregation', 'instructgpt'])
  .describe('§2.1: the previous generation (aggregation of NLP tasks) or the later one (after InstructGPT)');
export const Purpose = z.enum(['demonstration', 'comparison', 'generalist']);
export const Modality = z
  .enum(['text', 'image', 'point-cloud', 'video', 'speech'])
  .describe(
    'text and image are the survey\'s (§4: "only encompass two modalities"); point clouds, video and speech are what sources and catalogues add',
  );
export const ConstructionMethod = z.enum(['generated', 'augmented']);
export const PairingGroup = z.enum(['H-H', 'H-M', 'M-M']);
export const DemonstrationPreparation = z
  .enum(['human-generated', 'model-generated', 'human-and-model', 'existing-datasets'])
  .describe('Figure 2, horizontal axis: how the demonstration data was prepared');
export const PreferenceAnnotation = z
  .enum(['human-interface', 'human-crowdsourcing', 'human-forum-votes', 'human', 'model'])
  .describe('Figure 2, vertical axis: how preferences were annotated');
export const MultimodalApproach = z
  .enum(['modified-cv-datasets', 'generated-from-scratch'])
  .describe('§4: modification of existing computer-vision datasets, or generation from scratch');
export const SizeUnit = z.enum(['instances', 'conversations', 'comparisons', 'prompts', 'tasks', 'images', 'messages', 'hours']);

export type Generation = z.infer<typeof Generation>;
export type Purpose = z.infer<typeof Purpose>;
export type Modality = z.infer<typeof Modality>;
export type PairingGroup = z.infer<typeof PairingGroup>;

export const Size = z.strictObject({
  value: z.number().positive(),
  unit: SizeUnit,
  counts: z.string().min(1).optional().describe('what is counted, e.g. "instruction-response pairs" or "the sum of the subsets\' rows"'),
  asOf: DateStr.optional().describe('the date (or the release) the count describes'),
});
export type Size = z.infer<typeof Size>;

/** A Hugging Face dataset id: "owner/name", or a legacy top-level "name". */
const HF_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)?$/;
export const HfId = z.string().max(200).regex(HF_ID_PATTERN, 'a Hugging Face dataset id, "owner/name"');
/** Whether `s` is an `HfId`, without zod's error for one that is not. */
export const isHfId = (s: string): boolean => s.length <= 200 && HF_ID_PATTERN.test(s);
/** A new-style arXiv id, e.g. "2203.02155". */
export const ArxivId = z.string().regex(/^\d{4}\.\d{4,5}$/, 'an arXiv id such as 2203.02155');

const common = {
  id: NodeId,
  label: text(LIMITS.label),
  aliases: z.array(text(LIMITS.label)).max(50).optional().describe('other names a person may search for'),
  recordedAliases: z
    .array(RecordedAlias)
    .optional()
    .describe('names as a source writes them, with a locator (a survey misspelling too); each name is also in aliases so search finds it'),
  disagreements: z
    .array(SurveyDisagreement)
    .optional()
    .describe('facts the survey states about this node that a primary source contradicts, each with its kind'),
  description: text(LIMITS.description, { multiline: true }).optional(),
  provenance: Provenance.describe('where the node itself (and its description) comes from'),
};

/**
 * What a date is: a release (announcement, release post), a paper's first version, a repository's or card's first
 * commit, or the earliest dated record found of the data being public (a dated hub commit or a maintainer's dated
 * comment), when no release, paper or first commit was found: the data was out on or before it. Last,
 * `listed-secondary`: the release month as another published survey lists it, when no primary source dates the data
 * at all; a secondary fact, kept because it is citable, and listed apart by the audit.
 */
export const DateKind = z.enum(['release', 'paper', 'first-commit', 'attested', 'listed-secondary']);
export type DateKind = z.infer<typeof DateKind>;

const released = z
  .array(
    z.strictObject({
      value: DateStr,
      dateKind: DateKind.optional().describe(
        "release, the arXiv v1 of the paper that introduced the data, a first commit (a card's first revision), attested: the data was public by then, or listed-secondary: the release month another published survey lists, where no primary source dates the data",
      ),
      provenance: Provenance,
      note,
    }),
  )
  .min(1)
  .optional()
  .describe('first public release');
const homepage = claims(WebUrl).optional();

/** Table 1 as the survey prints it: cells verbatim, "-" kept, a blank cell left out. */
export const Table1Row = z.strictObject({
  name: text(LIMITS.label).describe('the row name as printed'),
  constructionMethod: ConstructionMethod,
  group: z.array(PairingGroup).optional().describe('pairing group(s); absent where the cell is blank or "-"'),
  groupCell: text(LIMITS.label, { min: 0 }).optional().describe('the group cell verbatim where it is "-"'),
  instPreparation: text(LIMITS.name).optional(),
  respGeneration: text(LIMITS.name).optional(),
  note: text(LIMITS.note, { multiline: true }).optional(),
  provenance: Provenance,
});

export const Figure2Placement = z.strictObject({
  demonstrationPreparation: DemonstrationPreparation,
  preferenceAnnotation: z.array(PreferenceAnnotation).min(1),
  provenance: Provenance,
});

/** How a dataset was built, in the survey's words for imported data: by a model, by people, or both. */
export const Construction = z.enum(['model-generated', 'human-annotated', 'model-and-human']);
export type Construction = z.infer<typeof Construction>;

/** A taxonomy value an importer inferred by an explicit rule rather than read from the survey (issue 12). */
export const InferredFacet = z.strictObject({
  facet: z.enum(['purpose', 'modality', 'generation', 'construction']),
  rule: text(LIMITS.note).describe('the rule that produced the value, as a sentence a person can check'),
});
export type InferredFacet = z.infer<typeof InferredFacet>;

export const Taxonomy = z.strictObject({
  purpose: Purpose,
  modality: z.array(Modality).min(1),
  generation: Generation.optional().describe('absent only where an imported dataset gives no date to infer it from'),
  construction: Construction.optional().describe('model-generated or human-annotated (imported datasets, inferred)'),
  inferred: z.array(InferredFacet).optional().describe('which of these values were inferred by a rule, and the rule'),
  provenance: Provenance,
});

export const DatasetNode = z.strictObject({
  ...common,
  kind: z.literal('dataset'),
  taxonomy: Taxonomy,
  table1: Table1Row.optional(),
  figure2: Figure2Placement.optional(),
  multimodal: z.strictObject({ approach: MultimodalApproach, note, provenance: Provenance }).optional(),
  released,
  size: claims(Size).optional(),
  license: claims(text(LIMITS.label)).optional().describe('SPDX id where one exists'),
  languages: claims(z.array(z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639 language code')).min(1)).optional(),
  modalities: claims(z.array(Modality).min(1))
    .optional()
    .describe("the modalities the data has, as its own source states them (taxonomy.modality is the survey's)"),
  homepage,
  hfId: claims(HfId).optional().describe('the Hugging Face dataset id, "owner/name" or a legacy "name"'),
  github: claims(WebUrl).optional().describe('the GitHub repository (or folder) of the data'),
  arxiv: claims(ArxivId).optional().describe('the arXiv id of the paper that introduced the data'),
  creators: claims(z.array(text(LIMITS.name)).min(1))
    .optional()
    .describe('the people or organisations that made the data'),
});

export const SourceNode = z.strictObject({
  ...common,
  kind: z.literal('source'),
  modality: z.array(Modality).min(1).optional(),
  released,
  homepage,
  license: claims(text(LIMITS.label))
    .optional()
    .describe(
      'SPDX id where one exists, else a term of graph-data/licence-terms.json; datasets built from the source inherit it (issue 13)',
    ),
});

export const TechniqueNode = z.strictObject({
  ...common,
  kind: z.literal('technique'),
  inFigure1: z.boolean().optional().describe("a box of the survey's Figure 1 tree"),
});

export const ModelNode = z.strictObject({
  ...common,
  kind: z.literal('model'),
  organization: text(LIMITS.name).optional(),
  released,
  outputTerms: claims(text(LIMITS.label))
    .optional()
    .describe("the provider's terms for what the model generates: an SPDX id or a term of graph-data/licence-terms.json (issue 13)"),
});

export const ReferenceNode = z.strictObject({
  ...common,
  kind: z.literal('reference'),
  citeKey: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_:.-]+$/, 'a BibTeX key'),
  bibtex: text(LIMITS.bibtex, { multiline: true }).superRefine((s, ctx) => {
    const bad = oneBibtexEntry(s);
    if (bad) ctx.addIssue({ code: 'custom', message: `one BibTeX entry, "@type{key, ...}": ${bad}`, input: s });
  }),
  surveyNumber: z.number().int().min(1).max(51).optional().describe("its number [n] in the survey's reference list"),
  url: WebUrl.optional(),
});

export const GraphNode = z.discriminatedUnion('kind', [DatasetNode, SourceNode, TechniqueNode, ModelNode, ReferenceNode]);
export type GraphNode = z.infer<typeof GraphNode>;
export type DatasetNode = z.infer<typeof DatasetNode>;
export type ReferenceNode = z.infer<typeof ReferenceNode>;
export type NodeKind = GraphNode['kind'];
export const NODE_KINDS = ['dataset', 'source', 'technique', 'model', 'reference'] as const satisfies readonly NodeKind[];
