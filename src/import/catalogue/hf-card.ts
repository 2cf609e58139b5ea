// import/catalogue/hf-card: a Hugging Face dataset card (README.md with YAML front matter) as a catalogue entry,
// read with the `yaml` parser: old and new keys (`licenses`/`license`, `languages`/`language`, per-config
// dictionaries, metadata nested under `tags`). A card without front matter, or whose front matter does not
// parse, is an issue, not a guess.
import { isMap, isScalar, parseDocument } from 'yaml';
import { HfId, type Modality } from '../../schema/nodes';
import { LIMITS, WebUrl } from '../../schema/text';
import { withoutBom } from '../../schema/read';
import { cleanText, type Entry, onePerField, strings } from './entry';
import type { CatalogueIssue } from './dpc';
import { languageCode, licenseId } from './vocab';
import { CATALOGUE_LIMITS, encodePath, tooLong, yamlRefusal } from '../limits';

export type CardInput = {
  /** The dataset id on the Hub ("snli", "tatsu-lab/alpaca"). */
  readonly id: string;
  readonly file: string;
  readonly text: string;
  /** The address the card was read from (its provenance); by default the dataset's page on the Hub. */
  readonly url?: string;
};

/** The card's address on the Hub. */
export const hubCardUrl = (id: string): string => `https://huggingface.co/datasets/${encodePath(id)}`;

const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Values of a key anywhere it may be: top level, or in a `tags` list of objects; a per-config dictionary flattened. */
function field(meta: Record<string, unknown>, ...keys: string[]): string[] {
  const holders: unknown[] = [meta, ...(Array.isArray(meta.tags) ? meta.tags : [])];
  const out = new Set<string>();
  for (const h of holders) {
    if (!h || typeof h !== 'object' || Array.isArray(h)) continue;
    for (const k of keys) {
      const v = (h as Record<string, unknown>)[k];
      const flat = v && typeof v === 'object' && !Array.isArray(v) ? Object.values(v).flatMap((x) => strings(x)) : strings(v);
      flat.forEach((s) => out.add(s.trim()));
    }
  }
  return [...out];
}

/** Modality from the card's task categories: speech and audio tasks, image and video tasks, else text. */
function modalityOf(tasks: readonly string[]): Modality {
  const t = tasks.join(' ');
  if (/speech|audio/.test(t)) return 'speech';
  if (/video/.test(t)) return 'video';
  if (/image|object-detection|visual/.test(t)) return 'image';
  return 'text';
}

/**
 * The card's front matter as a mapping, or why not. Limits come before the parser (size, then nesting, which the
 * parser would recurse into); the parser's alias limit stops billion laughs; a tag YAML's core schema does not know
 * (`!!js/function`, `!!python/object`) is refused, not read as text, and nothing is printed to the console.
 */
function frontMatter(text: string): Record<string, unknown> | string {
  if (text.length > CATALOGUE_LIMITS.cardChars) return tooLong('the card', text.length, CATALOGUE_LIMITS.cardChars);
  const m = FRONT_MATTER.exec(text);
  if (!m) return 'no YAML front matter (a card starts with a "---" block)';
  const src = m[1] ?? '';
  if (src.length > CATALOGUE_LIMITS.frontMatterChars) return tooLong('the front matter', src.length, CATALOGUE_LIMITS.frontMatterChars);
  const bad = yamlRefusal(src);
  if (bad?.tag) return `the front matter is not read: it uses the tag ${bad.tag} (line ${bad.line}), and a dataset card is plain YAML`;
  if (bad) return `the front matter nests lists and mappings more than ${CATALOGUE_LIMITS.yamlDepth} deep (line ${bad.line})`;
  let meta: unknown;
  try {
    // uniqueKeys compares each key with every other (2.8 s of CPU for 20,000 keys): top-level duplicates are found below.
    const doc = parseDocument(src, { logLevel: 'silent', prettyErrors: true, uniqueKeys: false });
    const error = doc.errors[0];
    if (error) return `the front matter is not valid YAML: ${error.message.split('\n')[0]}`;
    const twice = duplicateKey(doc.contents);
    if (twice) return `the front matter is not read: the key ${JSON.stringify(twice.slice(0, 80))} is there twice`;
    meta = doc.toJS({ maxAliasCount: CATALOGUE_LIMITS.yamlAliases });
  } catch (e) {
    return `the front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}`;
  }
  if (meta === null || meta === undefined) return 'the front matter is empty';
  if (typeof meta !== 'object' || Array.isArray(meta)) return 'the front matter is not a mapping of keys to values';
  return meta as Record<string, unknown>;
}

/** A key the top-level mapping holds twice (which value would count is a guess), or undefined. */
function duplicateKey(contents: unknown): string | undefined {
  if (!isMap(contents)) return undefined;
  const seen = new Set<string>();
  for (const { key } of contents.items) {
    const k = isScalar(key) ? String(key.value) : String(key);
    if (seen.has(k)) return k;
    seen.add(k);
  }
  return undefined;
}

export function readHfCard(input: CardInput): { ok: true; entry: Entry } | { ok: false; issue: CatalogueIssue } {
  const refuse = (message: string) => ({ ok: false as const, issue: { file: input.file, message } });
  const url = input.url ?? hubCardUrl(input.id);
  if (!WebUrl.safeParse(url).success)
    return refuse(`its address, ${JSON.stringify(url.slice(0, 80))}, cannot be cited (a web address of at most ${LIMITS.url} characters)`);
  const meta = frontMatter(withoutBom(input.text));
  if (typeof meta === 'string') return refuse(meta);
  const md = meta;
  const title = cleanText(`${input.id} dataset card`, LIMITS.name);
  const cite: Entry['cite'] = onePerField((f) => ({ kind: 'url', url, title, field: cleanText(f, LIMITS.name) }));
  const tasks = [...field(md, 'task_categories'), ...field(md, 'task_ids')];
  const languages = new Set<string>();
  const unknownLanguages: string[] = [];
  for (const l of field(md, 'language', 'languages')) {
    const code = languageCode(l);
    if (code) languages.add(code);
    else unknownLanguages.push(l);
  }
  const licenses = field(md, 'license', 'licenses').flatMap((l) => {
    const id = licenseId(l);
    const value = id ? cleanText(id) : '';
    return value ? [{ value, field: md.license !== undefined ? 'license' : 'licenses' }] : [];
  });
  const annotations = field(md, 'annotations_creators');
  const prettyName = typeof md.pretty_name === 'string' ? cleanText(md.pretty_name) : '';
  const name = prettyName || cleanText(input.id.split('/').pop()!);
  if (!name) return refuse('no name: the card has no pretty_name, and its dataset id has no letters to name it by');
  const hfId = HfId.safeParse(input.id).success ? input.id : undefined; // the schema's shape and length
  return {
    ok: true,
    entry: {
      origin: 'hf-card',
      file: input.file,
      key: input.id,
      name,
      modality: modalityOf(tasks),
      ...(hfId ? { hfId } : {}),
      dates: [],
      licenses,
      languages: [...languages],
      unknownLanguages,
      creators: [],
      derivedFrom: field(md, 'source_datasets').filter((s) => s !== 'original'),
      models: [],
      ...(annotations.some((a) => /crowdsourced|expert-generated/.test(a)) ? { humanAnnotation: true } : {}),
      ...(annotations.includes('machine-generated') ? { machineGenerated: true } : {}),
      tasks,
      cite,
    },
  };
}
