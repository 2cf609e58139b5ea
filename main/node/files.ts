// main/node/files: file operations of the desktop app and the CLI: atomic writes, checked reads, small JSON stores.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatMegabytes } from '../../src/schema/limits';
import { decodeText } from '../../src/import/text';
import type { Result } from '../../src/ipc/contract';
import { formatIssue, loadGraph } from '../../src/import/load';
import { parseViewText } from '../../src/view/file';
import type { ViewSpec } from '../../src/view/spec';

/** Larger files are refused before they are read: no graph of ours comes near this. */
export const MAX_FILE_BYTES = 50_000_000;

export { cleanStaleTemporaries, writeFileAtomic } from './atomic';

async function readChecked(path: string): Promise<Result<string>> {
  try {
    const s = await stat(path);
    if (!s.isFile()) return { ok: false, message: `${basename(path)}: not a file` };
    if (s.size > MAX_FILE_BYTES)
      return {
        ok: false,
        message: `${basename(path)}: ${formatMegabytes(s.size, 'up')} is larger than the ${formatMegabytes(MAX_FILE_BYTES)} a graph file may be`,
      };
    const decoded = decodeText(await readFile(path));
    return decoded.ok ? { ok: true, value: decoded.text } : { ok: false, message: `${basename(path)}: ${decoded.message}` };
  } catch (e) {
    return { ok: false, message: `${basename(path)}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
}

/** Reads and checks a graph file; the message of a broken one names the file, the field path and what was expected. */
export async function readGraphFile(path: string): Promise<Result<{ name: string; path: string; text: string }>> {
  const read = await readChecked(path);
  if (!read.ok) return read;
  const loaded = loadGraph([{ file: basename(path), text: read.value }]);
  if (!loaded.ok) {
    const lines = loaded.issues.slice(0, 20).map(formatIssue);
    if (loaded.issues.length > 20) lines.push(`…and ${loaded.issues.length - 20} more`);
    return { ok: false, message: lines.join('\n') };
  }
  return { ok: true, value: { name: basename(path), path, text: read.value } };
}

export async function readViewFile(path: string): Promise<Result<{ path: string; view: ViewSpec }>> {
  const read = await readChecked(path);
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
