// import/catalogue/hf-card: a Hugging Face dataset card (README.md with YAML front matter) as a catalogue entry,
// read with the `yaml` parser: old and new keys (`licenses`/`license`, `languages`/`language`, per-config
// dictionaries, metadata nested under `tags`). A card without front matter, or whose front matter does not
// parse, is an issue, not a guess.
import { parse } from 'yaml';
import type { Modality } from '../../schema/nodes';
import { LIMITS } from '../../schema/text';
import { withoutBom } from '../../schema/read';
import { cleanText, type Entry, hfIdOf, strings } from './entry';
import type { CatalogueIssue } from './dpc';
import { languageCode, licenseId } from './vocab';

export type CardInput = {
  /** The dataset id on the Hub ("snli", "tatsu-lab/alpaca"). */
  readonly id: string;
  readonly file: string;
  readonly text: string;
  /** The address the card was read from (its provenance); by default the dataset's page on the Hub. */
  readonly url?: string;
};

/** The card's address on the Hub. */
export const hubCardUrl = (id: string): string => `https://huggingface.co/datasets/${id}`;

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

export function readHfCard(input: CardInput): { ok: true; entry: Entry } | { ok: false; issue: CatalogueIssue } {
  const text = withoutBom(input.text);
  const m = FRONT_MATTER.exec(text);
  if (!m) return { ok: false, issue: { file: input.file, message: 'no YAML front matter (a card starts with a "---" block)' } };
  let meta: unknown;
  try {
    meta = parse(m[1] ?? '', { maxAliasCount: 100 });
  } catch (e) {
    return {
      ok: false,
      issue: { file: input.file, message: `the front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}` },
    };
  }
  if (meta === null || meta === undefined) return { ok: false, issue: { file: input.file, message: 'the front matter is empty' } };
  if (typeof meta !== 'object' || Array.isArray(meta))
    return { ok: false, issue: { file: input.file, message: 'the front matter is not a mapping of keys to values' } };
  const md = meta as Record<string, unknown>;
  const url = input.url ?? hubCardUrl(input.id);
  const title = cleanText(`${input.id} dataset card`, LIMITS.name);
  const cite: Entry['cite'] = (f) => ({ kind: 'url', url, title, field: cleanText(f, LIMITS.name) });
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
    return id ? [{ value: cleanText(id), field: md.license !== undefined ? 'license' : 'licenses' }] : [];
  });
  const annotations = field(md, 'annotations_creators');
  const prettyName = typeof md.pretty_name === 'string' ? cleanText(md.pretty_name) : '';
  const hfId = hfIdOf(input.id) ?? (/^[A-Za-z0-9][\w.-]*$/.test(input.id) ? input.id : undefined);
  return {
    ok: true,
    entry: {
      origin: 'hf-card',
      file: input.file,
      key: input.id,
      name: prettyName || cleanText(input.id.split('/').pop()!),
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
