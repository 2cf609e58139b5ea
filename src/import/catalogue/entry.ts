// import/catalogue/entry: one dataset as a catalogue states it (a Data Provenance Collection summary entry or a
// Hugging Face card), before identity resolution; and the text helpers every catalogue reader shares.
import type { Citation } from '../../schema/citation';
import type { DateKind, Modality, Size } from '../../schema/nodes';
import { invisibleCharacter, LIMITS, WebUrl } from '../../schema/text';
import { shorten } from '../text';

export type CatalogueOrigin = 'dpc' | 'hf-card';

/** A date a catalogue gives, with the field it was read from (the four DPC dates differ in what they date). */
export type EntryDate = { readonly value: string; readonly field: string; readonly kind: DateKind };
export type EntryLicense = { readonly value: string; readonly field: string };

export type Entry = {
  readonly origin: CatalogueOrigin;
  /** The file the entry was read from, relative to what the user gave (a checkout or a folder of cards). */
  readonly file: string;
  /** Its key inside the catalogue: the DPC "Unique Dataset Identifier", or the card's dataset id. */
  readonly key: string;
  readonly name: string;
  /** The DPC collection (file) the entry belongs to. */
  readonly collection?: string;
  readonly modality: Modality;
  readonly hfId?: string;
  readonly github?: string;
  readonly arxiv?: string;
  readonly homepage?: string;
  readonly dates: readonly EntryDate[];
  /** A year only ("Year Released" of the speech and video summaries). */
  readonly year?: number;
  readonly size?: { readonly value: Size; readonly field: string };
  readonly licenses: readonly EntryLicense[];
  readonly languages: readonly string[];
  /** Language names no ISO 639 code was found for (reported, not guessed). */
  readonly unknownLanguages: readonly string[];
  readonly creators: readonly string[];
  /** Names of what the entry was derived from, verbatim (free text, URLs, `extended|name`). */
  readonly derivedFrom: readonly string[];
  /** Models that generated the data, verbatim. */
  readonly models: readonly string[];
  /** Whether people annotated the data ("Human Annotation", `annotations_creators`), where stated. */
  readonly humanAnnotation?: boolean;
  readonly machineGenerated?: boolean;
  /** Task categories, for the purpose rule (preference data is comparison data). */
  readonly tasks: readonly string[];
  readonly bibtex?: string;
  /** The citation of one field of this entry (the field name kept as provenance). */
  readonly cite: (field: string) => Citation;
};

/** A citation maker that makes each field's citation once and gives the same object after. */
export function onePerField(make: (field: string) => Citation): (field: string) => Citation {
  const made = new Map<string, Citation>();
  return (field) => {
    let c = made.get(field);
    if (!c) made.set(field, (c = make(field)));
    return c;
  };
}

/** Text a schema `text()` field accepts: invisible and control characters dropped, spaces collapsed, cut to `max`. */
export function cleanText(s: string, max: number = LIMITS.label, multiline = false): string {
  let out = '';
  if (!invisibleCharacter(s, multiline)) out = s;
  else for (const ch of s) if (!invisibleCharacter(ch, multiline) || (!multiline && /\s/.test(ch))) out += ch;
  out = multiline ? out.replace(/\r\n?/g, '\n').trim() : out.replace(/\s+/g, ' ').trim();
  return shorten(out, max);
}

/** Lower-case letters and digits joined by "-": the shape of a node id. */
export const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 120);

/**
 * A name compared without case, punctuation, accents, a leading "the" or a trailing "dataset"/"corpus": "SNLI",
 * "snli" and "The SNLI dataset" are one name; "Dolly 15k" and "dolly-15k" too.
 */
export const normaliseName = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/ (dataset|datasets|corpus|data)$/, '')
    .replace(/ /g, '');

/** Strings of a JSON value that may be a string, a list of strings, or absent. */
export const strings = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]).filter((x): x is string => typeof x === 'string' && x.trim() !== '');

/** A Hugging Face dataset id from an id or a `huggingface.co/datasets/...` address, or undefined. */
export function hfIdOf(s: string): string | undefined {
  const t = s.trim();
  const m = /^https?:\/\/(?:www\.)?huggingface\.co\/datasets\/([A-Za-z0-9][\w.-]*(?:\/[A-Za-z0-9][\w.-]*)?)/.exec(t);
  const id = m ? m[1] : /^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/.test(t) ? t : undefined;
  return id && id.length <= 200 ? id.replace(/\.git$/, '') : undefined;
}

/** `owner/repo` (lower case) of a GitHub address, with the folder after `tree/<branch>/` when it names one. */
export function githubKeyOf(s: string): string | undefined {
  const m = /^https?:\/\/(?:www\.)?github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?:\/tree\/[^/]+\/([^?#]+?))?\/?(?:[?#].*)?$/i.exec(
    s.trim(),
  );
  if (!m) return undefined;
  return `${m[1]}/${m[2]}${m[3] ? `/${m[3]}` : ''}`.toLowerCase();
}

/** The new-style arXiv id of an arxiv.org address (abs or pdf, any version), or undefined. */
export function arxivIdOf(s: string): string | undefined {
  return /^https?:\/\/(?:www\.)?arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?\/?$/i.exec(s.trim())?.[1];
}

/** An http(s) address the schema accepts, or undefined. */
export function webUrl(s: unknown): string | undefined {
  if (typeof s !== 'string') return undefined;
  const t = s.trim();
  return /^https?:\/\/\S+$/i.test(t) && WebUrl.safeParse(t).success ? t : undefined;
}
