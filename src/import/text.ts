// import/text: a file's bytes as text. Graph, view and foreign files are UTF-8 (JSON requires it): a UTF-8
// BOM is skipped, UTF-16 and UTF-32 are recognised and named, and bytes that are not UTF-8 (Latin-1,
// Windows-1252) are refused with the place of the first one, never read as replacement characters.

// TextDecoder is in every runtime the core runs in (browsers, Node, Electron); the core's tsconfig has no
// DOM or Node types, so the one member used is declared here.
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => { decode(input: Uint8Array): string };

export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** The byte offset of the first byte that does not begin or continue a UTF-8 character, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [n, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [n, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i; // overlong, too large, or a surrogate
    i += n + 1;
  }
  return -1;
}

/** Which UTF-16/32 a file starts as, from its BOM or, without one, from the zero bytes of ASCII text. */
function wideEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xff && b[1] === 0xfe) return b[2] === 0 && b[3] === 0 ? 'UTF-32 (little-endian)' : 'UTF-16 (little-endian)';
  if (b[0] === 0xfe && b[1] === 0xff) return 'UTF-16 (big-endian)';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32 (big-endian)';
  if (b.length >= 4 && b[0] !== 0 && b[1] === 0 && b[2] !== 0 && b[3] === 0) return 'UTF-16 (little-endian)';
  if (b.length >= 4 && b[0] === 0 && b[1] !== 0 && b[2] === 0 && b[3] !== 0) return 'UTF-16 (big-endian)';
  return null;
}

/** The file's text, or why it cannot be read as UTF-8 (the caller names the file). */
export function decodeText(bytes: Uint8Array): Decoded {
  const wide = wideEncoding(bytes);
  if (wide) return { ok: false, message: `the file is in ${wide}; save it as UTF-8 and open it again` };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  // The runtime's own strict decoder checks valid text in native code (52 MB took 2.8 s in the loop below, which
  // held the desktop's main process); only text it refuses is walked again to find the first bad byte.
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    // not UTF-8: say where below
  }
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const at = bad + (body === bytes ? 0 : 3);
    const line = countLines(bytes, at);
    return {
      ok: false,
      message: `not UTF-8 text: byte ${hex(bytes[at]!)} at line ${line} (byte ${at.toLocaleString('en-US')}) is not UTF-8 (a Latin-1 or Windows-1252 file?); save it as UTF-8 and open it again`,
    };
  }
  return { ok: true, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body) };
}

const countLines = (bytes: Uint8Array, end: number) => {
  let n = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) n++;
  return n;
};

/**
 * `s` cut to at most `max` UTF-16 units with "…" at the end, never between the two halves of a surrogate pair
 * (a cut there leaves a lone surrogate, which the schema refuses).
 */
export function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const last = s.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${s.slice(0, end).trimEnd()}…`;
}
