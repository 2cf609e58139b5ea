// schema/text: the rules every string of a graph file keeps: a length limit, and no character a person cannot
// see or that breaks the exports (controls, zero-width and bidi marks, lone surrogates, noncharacters).
import { z } from 'zod';

/** Names of the refused characters people meet most, for the message. */
const NAMES: Readonly<Record<number, string>> = {
  0x09: 'tab',
  0x0a: 'line feed',
  0x0d: 'carriage return',
  0xad: 'soft hyphen',
  0x061c: 'Arabic letter mark',
  0x200b: 'zero width space',
  0x200c: 'zero width non-joiner',
  0x200d: 'zero width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'byte order mark / zero width no-break space',
  0xfffe: 'noncharacter',
  0xffff: 'noncharacter',
};

/** Controls, invisible and format characters, bidi controls and noncharacters (checked per code point). */
function refused(cp: number, multiline: boolean): boolean {
  if (cp < 0x20) return !(multiline && (cp === 0x09 || cp === 0x0a || cp === 0x0d));
  if (cp >= 0x7f && cp <= 0x9f) return true;
  if (
    cp === 0xad ||
    cp === 0x034f ||
    cp === 0x061c ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    cp === 0x3164 ||
    cp === 0xffa0
  )
    return true;
  if (cp >= 0x180b && cp <= 0x180f) return true;
  if (cp >= 0x200b && cp <= 0x200f) return true;
  if (cp >= 0x2028 && cp <= 0x202e) return true;
  if (cp >= 0x2060 && cp <= 0x206f) return true;
  if (cp === 0xfeff || (cp >= 0xfff9 && cp <= 0xfffb)) return true;
  if (cp >= 0xfdd0 && cp <= 0xfdef) return true;
  if ((cp & 0xfffe) === 0xfffe) return true; // U+FFFE, U+FFFF and their kin in every plane
  if (cp >= 0xe0000 && cp <= 0xe007f) return true; // tag characters
  return false;
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The characters `refused` refuses, as one compiled pattern (the `u` flag matches a lone surrogate, never half of a
 * pair): testing a string against it is many times faster than walking it, and nearly every string passes. A test
 * checks that it refuses exactly the code points `refused` does.
 */
const REFUSED_CORE =
  '\\u007f-\\u009f\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f' +
  '\\u3164\\uffa0\\ufdd0-\\ufdef\\ufeff\\ufff9-\\ufffb\\ufffe\\uffff\\ud800-\\udfff\\u{e0000}-\\u{e007f}' +
  Array.from({ length: 16 }, (_, i) => `\\u{${(i + 1).toString(16)}fffe}\\u{${(i + 1).toString(16)}ffff}`).join('');
export const REFUSED = {
  line: new RegExp(`[\\u0000-\\u001f${REFUSED_CORE}]`, 'u'),
  multiline: new RegExp(`[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f${REFUSED_CORE}]`, 'u'),
} as const;

/** The first character of `s` a graph file may not hold, described; or null. `multiline` allows tab and line breaks. */
export function invisibleCharacter(s: string, multiline = false): string | null {
  return (multiline ? REFUSED.multiline : REFUSED.line).test(s) ? describeRefused(s, multiline) : null;
}

/** The first refused character of `s`, found by walking it (the message names it and its place); or null. */
export function describeRefused(s: string, multiline = false): string | null {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        if (refused(cp, multiline)) return `an invisible or reserved character ${hex(cp)} at character ${i + 1}`;
        i++;
        continue;
      }
      return `a lone surrogate ${hex(c)} at character ${i + 1} (the text is not valid Unicode)`;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return `a lone surrogate ${hex(c)} at character ${i + 1} (the text is not valid Unicode)`;
    if (refused(c, multiline)) {
      const name = NAMES[c] ?? (c < 0x20 || (c >= 0x7f && c <= 0x9f) ? 'control character' : 'invisible or reserved character');
      return `${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name} (${hex(c)}) at character ${i + 1}`;
    }
  }
  return null;
}

/**
 * A string field: non-empty unless `min` is 0, at most `max` characters, and none of the characters above.
 * Labels are short (the canvas shortens them per character; a 10,000-character label froze it).
 */
export const text = (max: number, opts: { min?: number; multiline?: boolean } = {}) =>
  z
    .string()
    .min(opts.min ?? 1)
    .max(max, `at most ${max.toLocaleString('en-US')} characters`)
    .superRefine((s, ctx) => {
      if (s.length > max) return; // the length is the problem to fix first
      const bad = invisibleCharacter(s, opts.multiline ?? false);
      if (bad) ctx.addIssue({ code: 'custom', message: `${bad}; remove it`, input: s });
    });

export const LIMITS = { label: 200, name: 300, note: 2_000, description: 5_000, url: 2_000, bibtex: 20_000 } as const;

/** `YYYY-MM` or `YYYY-MM-DD` names a day that exists (no 2023-02-30, no 2023-02-29). The pattern is checked first. */
export function realDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  if (!m) return true; // the pattern's message covers it
  const [y, mo, d] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (mo < 1 || mo > 12) return true; // the pattern's message covers it
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!;
  return d >= 1 && d <= days;
}

/**
 * Why `s` is not exactly one BibTeX entry, or null. Braces are counted as BibTeX counts them: the entry's
 * braces must balance and close at its last character, so a field cannot close the entry and open another.
 */
export function oneBibtexEntry(s: string): string | null {
  const t = s.trim();
  const head = /^@(\w+)\s*\{\s*([^\s,{}]+)\s*,/.exec(t);
  if (!head) return 'it must start "@type{key,"';
  let depth = 0;
  for (let i = t.indexOf('{'); i < t.length; i++) {
    const c = t[i];
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0 && i !== t.length - 1)
        return `the entry closes at character ${i + 1} and more text follows; put each reference in its own node`;
      if (depth < 0) return `an unmatched "}" at character ${i + 1}`;
    }
  }
  return depth === 0 ? null : `${depth} unclosed "{"`;
}

/** An http(s) address; any other scheme (javascript:, file:, data:) is named in the refusal. */
export const WebUrl = z
  .url({
    protocol: /^https?$/,
    error: (iss) => {
      const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(typeof iss.input === 'string' ? iss.input : '')?.[1];
      return scheme && !/^https?$/i.test(scheme)
        ? `only http:// and https:// addresses, not ${scheme.toLowerCase()}:`
        : 'a web address starting http:// or https://';
    },
  })
  .max(LIMITS.url, `at most ${LIMITS.url.toLocaleString('en-US')} characters`)
  .superRefine((s, ctx) => {
    const bad = invisibleCharacter(s);
    if (bad) ctx.addIssue({ code: 'custom', message: `${bad}; remove it`, input: s });
  });
