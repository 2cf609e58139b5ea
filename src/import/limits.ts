// import/limits: how much of a catalogue the atlas reads (Data Provenance Collection summaries, Hugging Face cards),
// and the checks that run before a parser does: past a limit a file is refused, unparsed, with a message that says
// which limit and how far. Each limit is far above the real catalogues (measured beside each one).
import { Lexer } from 'yaml';

export const CATALOGUE_LIMITS = {
  /** Characters of one summary (the largest, xP3x.json, has 1.9 million). */
  summaryChars: 20_000_000,
  /** Datasets in one summary (the most, 467). */
  summaryEntries: 20_000,
  /** Datasets of all summaries and cards in one import (the snapshot has 2,512). */
  entries: 50_000,
  /** Characters of a dataset's id in a summary (the longest in the snapshot has 72). */
  idChars: 1_000,
  /** Items of one list field of a dataset (derived-from names, models, languages…; the most in the snapshot, 149). */
  listItems: 5_000,
  /** Characters of one card (the largest fixture has 22,541). */
  cardChars: 5_000_000,
  /** Characters of a card's YAML front matter (the largest fixture's has 6,414; 500,000 parse in about 1.1 s of CPU here). */
  frontMatterChars: 500_000,
  /** Collections inside each other in the front matter (the fixtures nest 9 deep); the parser recurses per level. */
  yamlDepth: 64,
  /** The `yaml` parser's own limit on alias expansion (billion laughs): its default, set here so it is never lost. */
  yamlAliases: 100,
} as const;

/** A path or id as part of an address: each segment percent-encoded, a lone surrogate (which encodeURIComponent throws on) as U+FFFD. */
export const encodePath = (path: string): string =>
  path
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .split('/')
    .map(encodeURIComponent)
    .join('/');

/** The message for an import past its datasets: what was read before the limit stays. */
export const tooManyEntries = (): string =>
  `more than ${CATALOGUE_LIMITS.entries.toLocaleString('en-US')} datasets in one import: this file and the ones after it were not read`;

/** "… characters (at most …)" for a text past a limit. */
export const tooLong = (what: string, chars: number, max: number): string =>
  `${what} has ${chars.toLocaleString('en-US')} characters, more than the ${max.toLocaleString('en-US')} the atlas reads`;

/**
 * What the `yaml` parser must not be given, found on the lexer's tokens (which need no recursion), or null:
 * - collections nested past `max`: the parser and the values it builds recurse once per level, so 1,000 levels
 *   overflow the stack and 10,000 crash V8 outright. Bounded from above: flow brackets exactly; block levels as twice
 *   the open indentation levels (a sequence may sit at its key's indentation) plus the indicators on the line (`- - x`).
 * - a tag (`!!js/function`, `!foo`): a dataset card is plain YAML, and 20,000 unknown tags cost the parser 17 s.
 */
export function yamlRefusal(src: string, max: number = CATALOGUE_LIMITS.yamlDepth): { line: number; depth?: number; tag?: string } | null {
  const indents: number[] = [];
  let flow = 0;
  let line = 1;
  let atStart = true;
  let indent = 0;
  let onLine = 0;
  for (const tok of new Lexer().lex(src)) {
    const c = tok[0];
    if (tok === '\n' || tok === '\r\n' || tok === '') {
      line++;
      atStart = true;
      indent = 0;
      onLine = 0;
      continue;
    }
    if (c === ' ' || c === '\t') {
      if (atStart) indent = tok.length;
      continue;
    }
    if (c === '#' || c === '\u0002' || c === '\ufeff') continue;
    if (c === '!') return { line, tag: tok.slice(0, 80) };
    if (atStart && flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1]! > indent) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1]! < indent) indents.push(indent);
    }
    atStart = false;
    if (tok === '[' || tok === '{') flow++;
    else if ((tok === ']' || tok === '}') && flow > 0) flow--;
    else if (flow === 0 && (tok === '-' || tok === '?' || tok === ':')) onLine++;
    if (tok.includes('\n')) line += tok.split('\n').length - 1; // a quoted or block scalar over several lines
    const depth = 2 * indents.length + onLine + flow;
    if (depth > max) return { line, depth };
  }
  return null;
}
