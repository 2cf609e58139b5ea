// import/catalogue/taxonomy: the survey's taxonomy applied to an imported dataset by explicit rules. Every value
// is marked inferred with the rule that produced it; a value no rule can reach (no date: no generation) stays out.
import type { Citation } from '../../schema/citation';
import type { Construction, Generation, InferredFacet, Purpose } from '../../schema/nodes';
import type { Entry } from './entry';

/** The InstructGPT paper's first arXiv version (2203.02155v1): the survey's watershed between generations (§2.1). */
export const INSTRUCTGPT_DATE = '2022-03-04';

const PREFERENCE = /preference|ranking|reward|comparison|rlhf|\bdpo\b|pairwise|chosen|rejected/i;

export type InferredTaxonomy = {
  readonly purpose: Purpose;
  readonly modality: readonly [Entry['modality']];
  readonly generation?: Generation;
  readonly construction?: Construction;
  readonly inferred: readonly InferredFacet[];
  readonly provenance: readonly Citation[];
};

/** The earliest date an entry gives ("YYYY-MM(-DD)", or a year as "YYYY"), with the field it came from. */
export function earliestDate(e: Entry): { value: string; field: string } | undefined {
  const dates = [
    ...e.dates.map((d) => ({ value: d.value, field: d.field })),
    ...(e.year ? [{ value: String(e.year), field: 'Year Released' }] : []),
  ];
  return dates.sort((a, b) => a.value.localeCompare(b.value))[0];
}

/** The generation of a date: before the InstructGPT paper or not; a bare year 2022 cannot say. */
export function generationOf(date: string): Generation | undefined {
  if (/^\d{4}$/.test(date)) return date < '2022' ? 'task-aggregation' : date > '2022' ? 'instructgpt' : undefined;
  return date < INSTRUCTGPT_DATE ? 'task-aggregation' : 'instructgpt';
}

export function inferTaxonomy(e: Entry, fallbackDate?: { value: string; field: string; from: string }): InferredTaxonomy {
  const inferred: InferredFacet[] = [];
  const provenance: Citation[] = [];
  const text = [...e.tasks, e.name].join(' ');
  const comparison = PREFERENCE.test(text);
  inferred.push({
    facet: 'purpose',
    rule: comparison
      ? 'response rankings and preference data are comparison data: its task categories or name name preferences, rankings or rewards'
      : 'its task categories and name do not name preferences, rankings or rewards: demonstration data',
  });
  provenance.push(e.cite(e.origin === 'dpc' ? 'Task Categories' : 'task_categories'));
  inferred.push({
    facet: 'modality',
    rule:
      e.origin === 'dpc'
        ? `listed in the Collection's ${e.modality === 'text' ? 'text' : e.modality} summaries`
        : `the card's task categories (${e.modality === 'text' ? 'no speech, audio, image or video task' : `a ${e.modality} task`})`,
  });
  const date = earliestDate(e);
  const at = date ?? fallbackDate;
  const generation = at ? generationOf(at.value) : undefined;
  if (at && generation) {
    inferred.push({
      facet: 'generation',
      rule: `${date ? `its earliest date (${at.field})` : `no date of its own; its collection's earliest date (${at.field} of ${fallbackDate!.from})`} is ${at.value}, ${
        generation === 'instructgpt' ? 'on or after' : 'before'
      } the InstructGPT paper (${INSTRUCTGPT_DATE})`,
    });
    provenance.push(e.cite(at.field));
  }
  const construction: Construction | undefined =
    e.machineGenerated && e.humanAnnotation
      ? 'model-and-human'
      : e.machineGenerated
        ? 'model-generated'
        : e.humanAnnotation
          ? 'human-annotated'
          : undefined;
  if (construction) {
    inferred.push({
      facet: 'construction',
      rule:
        e.origin === 'dpc'
          ? `"Model Generated" ${e.machineGenerated ? 'names a model' : 'is empty'} and "Human Annotation" is ${e.humanAnnotation ? 'Yes' : 'not Yes'}`
          : `annotations_creators: ${construction === 'human-annotated' ? 'crowdsourced or expert-generated' : 'machine-generated'}`,
    });
    provenance.push(e.cite(e.origin === 'dpc' ? (e.machineGenerated ? 'Model Generated' : 'Human Annotation') : 'annotations_creators'));
  }
  return {
    purpose: comparison ? 'comparison' : 'demonstration',
    modality: [e.modality],
    ...(generation ? { generation } : {}),
    ...(construction ? { construction } : {}),
    inferred,
    provenance,
  };
}
