// import/catalogue/dpc: the Data Provenance Collection's summaries (`data_summaries/`, `-speech/`, `-video/`)
// as catalogue entries. One summary file is one collection: a JSON object keyed by dataset. Pure: the caller
// reads the files and passes their texts.
import type { Citation } from '../../schema/citation';
import { type DateKind, isDateStr, isHfId, type Modality } from '../../schema/nodes';
import { checkJsonNesting, ForeignLimitError } from '../../schema/limits';
import { LIMITS, WebUrl } from '../../schema/text';
import { withoutBom } from '../../schema/read';
import { arxivIdOf, cleanText, type Entry, type EntryDate, githubKeyOf, hfIdOf, onePerField, strings, webUrl } from './entry';
import { languageCode, licenseId } from './vocab';
import { CATALOGUE_LIMITS, encodePath, tooLong } from '../limits';
import { shorten } from '../text';

export const DPC_REPOSITORY = 'https://github.com/Data-Provenance-Initiative/Data-Provenance-Collection';

/** The summary folders of a checkout and the modality of their datasets. */
export const DPC_FOLDERS: Readonly<Record<string, Modality>> = {
  data_summaries: 'text',
  'data_summaries-speech': 'speech',
  'data_summaries-video': 'video',
};

/** The four dates of "Inferred Metadata", each with what it dates. */
const DATE_FIELDS: readonly (readonly [string, DateKind])[] = [
  ['HF Date', 'first-commit'],
  ['S2 Date', 'paper'],
  ['Github Date', 'first-commit'],
  ['PwC Date', 'paper'],
];

export type DpcFile = { readonly file: string; readonly text: string };
export type CatalogueIssue = { readonly file: string; readonly message: string };
export type DpcCollection = { readonly file: string; readonly name: string; readonly entries: readonly Entry[] };

/** Whether a path in a checkout is a summary this reader takes (not `_template.json`). */
export const isDpcSummary = (path: string): boolean => {
  const [folder, name, ...rest] = path.split('/');
  return rest.length === 0 && Object.hasOwn(DPC_FOLDERS, folder!) && !!name?.endsWith('.json') && !name.startsWith('_');
};

const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** The list fields an entry may hold many of (each name a node or an edge). */
const LIST_FIELDS = [
  'Derived from Datasets',
  'Model Generated',
  'Languages',
  'Languages (ISO)',
  'Licenses',
  'Creators',
  'Task Categories',
  'Tasks',
];

/** Why an entry is past a limit (its id's length, a list's items), or undefined. */
function tooBig(uid: string, e: Record<string, unknown>): string | undefined {
  if (uid.length > CATALOGUE_LIMITS.idChars)
    return `its id has ${uid.length.toLocaleString('en-US')} characters (at most ${CATALOGUE_LIMITS.idChars.toLocaleString('en-US')})`;
  for (const f of LIST_FIELDS) {
    const v = e[f];
    if (Array.isArray(v) && v.length > CATALOGUE_LIMITS.listItems)
      return `"${f}" lists ${v.length.toLocaleString('en-US')} items (at most ${CATALOGUE_LIMITS.listItems.toLocaleString('en-US')})`;
  }
  return undefined;
}

/** Reads one summary file. A file that does not parse is an issue naming it and the parser's message. */
export function readDpcSummary(
  input: DpcFile,
  commit = 'main',
): { ok: true; collection: DpcCollection } | { ok: false; issue: CatalogueIssue } {
  const refuse = (message: string) => ({ ok: false as const, issue: { file: input.file, message } });
  const folder = input.file.split('/')[0]!;
  // Own keys only: a folder named `constructor` is not a modality (issue 17).
  const modality = Object.hasOwn(DPC_FOLDERS, folder) ? DPC_FOLDERS[folder]! : 'text';
  const url = `${DPC_REPOSITORY}/blob/${encodePath(commit)}/${encodePath(input.file)}`;
  if (!WebUrl.safeParse(url).success) return refuse(`its path cannot be cited as a web address of at most ${LIMITS.url} characters`);
  if (input.text.length > CATALOGUE_LIMITS.summaryChars)
    return refuse(tooLong('the summary', input.text.length, CATALOGUE_LIMITS.summaryChars));
  let json: unknown;
  try {
    checkJsonNesting(input.text);
    json = JSON.parse(withoutBom(input.text));
  } catch (e) {
    return refuse(e instanceof ForeignLimitError ? e.message : `not valid JSON (${(e as Error).message})`);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return refuse('expected a JSON object keyed by dataset');
  const count = Object.keys(json).length;
  if (count > CATALOGUE_LIMITS.summaryEntries)
    return refuse(
      `${count.toLocaleString('en-US')} datasets, more than the ${CATALOGUE_LIMITS.summaryEntries.toLocaleString('en-US')} the atlas reads from one summary`,
    );
  const title = cleanText(`Data Provenance Collection, ${input.file}`, LIMITS.name);
  const entries: Entry[] = [];
  let collectionName = '';
  for (const [key, raw] of Object.entries(json)) {
    const e = obj(raw);
    const rawUid = str(e['Unique Dataset Identifier']) || key;
    const too = tooBig(rawUid, e);
    if (too) return refuse(`dataset ${JSON.stringify(cleanText(rawUid, 80))}: ${too}`);
    const name = cleanText(str(e['Dataset Name']) || key);
    if (!name) continue;
    // The identifier is cited in claims and rules, which refuse invisible characters (U+FFFE made one invalid).
    const uid = cleanText(str(e['Unique Dataset Identifier']), Infinity) || cleanText(key, Infinity) || name;
    collectionName ||= cleanText(str(e.Collection));
    // One citation per field, made once: an entry cites a field from several claims (and the clone to the page, like
    // the heap, then holds it once).
    // `uid` is clean text already and the field names are this reader's own: the pair needs cutting, not cleaning.
    const cite = onePerField((field): Citation => ({ kind: 'url', url, title, field: shorten(`${uid}: ${field}`, LIMITS.name) }));
    entries.push(entryOf(input.file, uid, name, e, modality, cite));
  }
  if (entries.length === 0) return refuse('no dataset entries');
  const name =
    collectionName ||
    input.file
      .split('/')
      .pop()!
      .replace(/\.json$/, '');
  // An empty name made an unlabelled collection node (issue 17): neither a Collection field nor a file name is a refusal.
  if (!cleanText(name)) return refuse('no name: no entry has a "Collection" and the file has no name');
  return { ok: true, collection: { file: input.file, name: cleanText(name), entries } };
}

function entryOf(file: string, uid: string, name: string, e: Record<string, unknown>, modality: Modality, cite: Entry['cite']): Entry {
  const meta = obj(e['Inferred Metadata']);
  const dates: EntryDate[] = [];
  for (const [field, kind] of DATE_FIELDS) {
    const v = str(meta[field]);
    if (isDateStr(v)) dates.push({ value: v, field: `Inferred Metadata.${field}`, kind });
  }
  const year = typeof e['Year Released'] === 'number' ? e['Year Released'] : undefined;
  const metrics = obj(e['Text Metrics']);
  const dialogs = metrics['Num Dialogs'];
  // Finite only: 1e999 in a summary parses as Infinity, which no size can be (issue 17).
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  const hours = finite(e.Hours) ? ['Hours', e.Hours] : finite(e['Video Hours']) ? ['Video Hours', e['Video Hours']] : null;
  const size =
    finite(dialogs) && dialogs > 0
      ? { value: { value: dialogs, unit: 'instances' as const, counts: 'dialogs' }, field: 'Text Metrics.Num Dialogs' }
      : hours && (hours[1] as number) > 0
        ? { value: { value: hours[1] as number, unit: 'hours' as const }, field: hours[0] as string }
        : undefined;
  const licenses = (Array.isArray(e.Licenses) ? e.Licenses : []).flatMap((l) => {
    const id = licenseId(str(obj(l).License));
    const value = id ? cleanText(id) : '';
    return value ? [{ value, field: 'Licenses' }] : [];
  });
  const languageNames = strings(e.Languages);
  const isoGiven = strings(e['Languages (ISO)']);
  const languages = new Set<string>();
  const unknownLanguages: string[] = [];
  for (const l of isoGiven.length > 0 ? isoGiven : languageNames) {
    const code = languageCode(l);
    if (code) languages.add(code);
    else unknownLanguages.push(l);
  }
  const human = str(e['Human Annotation']);
  const hfUrl = webUrl(e['Hugging Face URL']);
  const hfId = str(meta['HF Dataset']) || (hfUrl ? hfIdOf(hfUrl) : undefined);
  const github = webUrl(e['GitHub URL']);
  const arxivUrl = webUrl(e['ArXiv URL']) ?? webUrl(e['Paper URL']);
  const arxiv = arxivUrl ? arxivIdOf(arxivUrl) : undefined;
  const bib = str(e.Bibtex);
  const homepage = webUrl(e['Dataset URL']);
  return {
    origin: 'dpc',
    file,
    key: uid,
    name,
    modality,
    ...(hfId && isHfId(hfId) ? { hfId } : {}), // the schema's shape and length (a 5,000-character id passed)
    ...(github && githubKeyOf(github) ? { github } : {}),
    ...(arxiv ? { arxiv } : {}),
    ...(homepage ? { homepage } : {}),
    dates,
    ...(year !== undefined && year > 1900 && year < 2100 ? { year } : {}),
    ...(size ? { size } : {}),
    licenses,
    languages: [...languages],
    unknownLanguages,
    creators: strings(e.Creators)
      .map((c) => cleanText(c, LIMITS.name))
      .filter((c) => c !== ''), // a creator of invisible characters only is none
    derivedFrom: strings(e['Derived from Datasets']).map((d) => d.trim()),
    models: strings(e['Model Generated']).map((m) => m.trim()),
    ...(human === 'Yes' ? { humanAnnotation: true } : human === 'No' ? { humanAnnotation: false } : {}),
    ...(strings(e['Model Generated']).length > 0 ? { machineGenerated: true } : {}),
    tasks: [...strings(e['Task Categories']), ...strings(e.Tasks)],
    ...(bib.startsWith('@') ? { bibtex: bib } : {}),
    cite,
  };
}
