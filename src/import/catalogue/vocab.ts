// import/catalogue/vocab: catalogue wording to the schema's: language names to ISO 639 codes (iso-639-3) and
// licence names to SPDX ids (spdx-correct). What has no code is kept verbatim or reported, never guessed.
import { iso6393 } from 'iso-639-3';
import spdxCorrect from 'spdx-correct';

const byName = new Map<string, string>();
for (const l of iso6393) {
  const key = l.name.toLowerCase();
  if (!byName.has(key) || l.iso6391) byName.set(key, l.iso6391 ?? l.iso6393);
}
const codes = new Set(iso6393.flatMap((l) => [l.iso6393, ...(l.iso6391 ? [l.iso6391] : [])]));

/**
 * An ISO 639 code (639-1 where one exists) for a language name ("English", "Chinese (Simplified)") or a
 * code ("en", "zh-CN"), or undefined: a name ISO 639-3 does not hold ("Code", a dialect's own name) stays out.
 */
const languageMemo = new Map<string, string | undefined>();
const licenseMemo = new Map<string, string | undefined>();

export function languageCode(name: string): string | undefined {
  if (!languageMemo.has(name)) languageMemo.set(name, languageCodeOf(name));
  return languageMemo.get(name);
}

function languageCodeOf(name: string): string | undefined {
  const t = name.trim();
  const tag = /^([a-z]{2,3})(?:[-_][A-Za-z0-9]+)*$/.exec(t);
  if (tag && codes.has(tag[1]!)) return tag[1]!;
  const plain = t
    .toLowerCase()
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .trim();
  return byName.get(plain) ?? byName.get(t.toLowerCase());
}

/** What a catalogue writes for "no licence stated": not a licence, so not a claim. */
const UNSTATED = new Set(['', 'unspecified', 'unknown', 'other', 'not specified', 'none']);

/**
 * The SPDX id of a licence name ("MIT License" -> "MIT"), the name verbatim where SPDX has none ("OpenAI",
 * "Custom"), or undefined where the catalogue states no licence. spdx-correct reads "GPL v3.0" as "or later";
 * the name does not say so, so such an upgrade is undone.
 */
export function licenseId(name: string): string | undefined {
  if (!licenseMemo.has(name)) licenseMemo.set(name, licenseIdOf(name));
  return licenseMemo.get(name);
}

function licenseIdOf(name: string): string | undefined {
  const t = name.trim();
  if (UNSTATED.has(t.toLowerCase())) return undefined;
  let id: string | null;
  try {
    id = spdxCorrect(t);
  } catch {
    id = null; // spdx-correct throws on some inputs; the name is then kept verbatim
  }
  if (id && id.endsWith('-or-later') && !/later|\+/i.test(t)) id = id.replace(/-or-later$/, '-only');
  return id ?? t;
}
