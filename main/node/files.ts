// main/node/files: file operations of the desktop app and the CLI: atomic writes, checked reads, small JSON stores.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatMegabytes } from '../../src/schema/limits';
import { decodeText } from '../../src/import/text';
import type { Result } from '../../src/ipc/contract';
import { parseViewText } from '../../src/view/file';
import type { ViewSpec } from '../../src/view/spec';

/** Larger files are refused before they are read: no graph of ours comes near this. */
export const MAX_FILE_BYTES = 50_000_000;
/** A view is a few hundred bytes (a selection of thousands of ids a few hundred KB): main parses it, within this bound. */
export const MAX_VIEW_BYTES = 2_000_000;

export type ReadLimit = { readonly bytes: number; readonly what: string };
export const GRAPH_FILE: ReadLimit = { bytes: MAX_FILE_BYTES, what: 'a graph file' };
export const VIEW_FILE: ReadLimit = { bytes: MAX_VIEW_BYTES, what: 'a view file' };

export { cleanStaleTemporaries, writeFileAtomic } from './atomic';

/** A file's text: a file, within the size limit, UTF-8 (a BOM skipped); else why not, naming the file. Nothing is parsed. */
export async function readTextFile(path: string, limit: ReadLimit = GRAPH_FILE): Promise<Result<string>> {
  try {
    const s = await stat(path);
    if (!s.isFile()) return { ok: false, message: `${basename(path)}: not a file` };
    if (s.size > limit.bytes)
      return {
        ok: false,
        message: `${basename(path)}: ${formatMegabytes(s.size, 'up')} is larger than the ${formatMegabytes(limit.bytes)} ${limit.what} may be`,
      };
    const decoded = decodeText(await readFile(path));
    return decoded.ok ? { ok: true, value: decoded.text } : { ok: false, message: `${basename(path)}: ${decoded.message}` };
  } catch (e) {
    return { ok: false, message: `${basename(path)}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
}

/**
 * A graph file's text, read within the limits and decoded, but not parsed: the page parses it (it has the
 * parsers, and does the same for a dropped file), so a hostile file can hold one page for as long as its parse
 * takes, never the main process that every window's dialogs, menus and saves go through.
 */
export async function readGraphFile(path: string): Promise<Result<{ name: string; path: string; text: string }>> {
  const read = await readTextFile(path, GRAPH_FILE);
  return read.ok ? { ok: true, value: { name: basename(path), path, text: read.value } } : read;
}

/** A view file, read within its small limit and parsed (in main: bounded by the limit to a few milliseconds). */
export async function readViewFile(path: string): Promise<Result<{ path: string; view: ViewSpec }>> {
  const read = await readTextFile(path, VIEW_FILE);
  if (!read.ok) return read;
  const r = parseViewText(basename(path), read.value);
  return r.ok ? { ok: true, value: { path, view: r.view } } : r;
}

/** Recent files, most recent first, without duplicates, at most `max`. */
export const pushRecent = (list: readonly string[], path: string, max = 10): string[] =>
  [path, ...list.filter((p) => p !== path)].slice(0, max);

/** A small JSON file of settings (recent files, window bounds); a missing or broken one reads as `fallback`. */
export async function readJsonStore<T>(path: string, parse: (json: unknown) => T | null, fallback: T): Promise<T> {
  try {
    return parse(JSON.parse(await readFile(path, 'utf8'))) ?? fallback;
  } catch {
    return fallback;
  }
}
