// schema/limits: how much of another tool's file the atlas reads, and the plain messages past those limits.
import { AtlasError } from '../errors';

export const FOREIGN_LIMITS = {
  /** Characters of text (about bytes, for mostly-ASCII files): past this a file is refused unparsed. */
  chars: 5_000_000,
  /** Nodes and edges together. */
  elements: 200_000,
  /** CSV rows after the header. */
  rows: 200_000,
  /** One node or edge id. */
  idChars: 1_000,
  /** One attribute value. */
  stringChars: 100_000,
  /** Arrays and objects inside each other in a JSON file. */
  jsonDepth: 64,
} as const;

/** A limit was passed: the message says which and how far. */
export class ForeignLimitError extends AtlasError {
  constructor(message: string) {
    super('limit-exceeded', message);
  }
}

/**
 * "52.4 MB", "800 KB", "12 bytes": decimal units, at most one decimal, no trailing ".0". `up` rounds up, for
 * a size past a limit (50,000,001 bytes is "50.1 MB", never "50 MB is larger than 50 MB").
 */
export function formatMegabytes(bytes: number, round: 'nearest' | 'up' = 'nearest'): string {
  const one = (n: number) =>
    ((round === 'up' ? Math.ceil(n * 10) : Math.round(n * 10)) / 10).toLocaleString('en-US', { maximumFractionDigits: 1 });
  if (bytes >= 1e6) return `${one(bytes / 1e6)} MB`;
  if (bytes >= 1e3) return `${one(bytes / 1e3)} KB`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

/** Refuses JSON text whose arrays and objects nest deeper than `max`, before any walk over it can recurse. */
export function checkJsonNesting(text: string, max: number = FOREIGN_LIMITS.jsonDepth): void {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: jump to its closing quote (one not escaped: an even run of backslashes before it), found by the
      // runtime's own search; a summary is mostly strings, and a loop over each of their characters took most of this.
      let j = i;
      for (;;) {
        j = text.indexOf('"', j + 1);
        if (j < 0) return; // unterminated: the parser says so
        let k = j - 1;
        while (text.charCodeAt(k) === 92) k--;
        if ((j - 1 - k) % 2 === 0) break;
      }
      i = j;
    } else if (c === 123 || c === 91) {
      if (++depth > max)
        throw new ForeignLimitError(`arrays and objects nested more than ${max} deep (at character ${(i + 1).toLocaleString('en-US')})`);
    } else if (c === 125 || c === 93) depth--;
  }
}
