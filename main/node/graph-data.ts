// main/node/graph-data: read graph files from disk (Node only) and load them with the core.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { decodeText } from '../../src/import/text';
import { loadGraph, loadGraphPartial, type LoadIssue, type LoadResult, type PartialLoad, type SourceText } from '../../src/import/load';

export const SCHEMA_FILE = 'graph.schema.json';
/** The classification of licence terms (issue 13): beside the graph files, not one of them. */
export const LICENCE_TERMS_FILE = 'licence-terms.json';
/** Files in graph-data/ that are not graph files: the schema, the alias table and its schema, the licence terms. */
export const NOT_GRAPH_FILES = new Set([SCHEMA_FILE, 'aliases.json', 'aliases.schema.json', LICENCE_TERMS_FILE]);

/**
 * Every `*.json` in a folder except the generated JSON Schema, sorted for a stable merge order, decoded as
 * UTF-8 (a BOM skipped); a file that is not UTF-8 is an issue naming it and its encoding.
 */
export async function readGraphFolder(dir: string, cwd = process.cwd()): Promise<{ sources: SourceText[]; issues: LoadIssue[] }> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json') && !NOT_GRAPH_FILES.has(n)).sort();
  const read = await Promise.all(
    names.map(async (n) => {
      const file = relative(cwd, join(dir, n)) || n;
      return { file, decoded: decodeText(await readFile(join(dir, n))) };
    }),
  );
  const sources: SourceText[] = [];
  const issues: LoadIssue[] = [];
  for (const { file, decoded } of read) {
    if (decoded.ok) sources.push({ file, text: decoded.text });
    else issues.push({ file, path: '', message: decoded.message });
  }
  return { sources, issues };
}

export async function loadGraphFolder(dir: string, cwd?: string): Promise<LoadResult> {
  const { sources, issues } = await readGraphFolder(dir, cwd);
  const loaded = loadGraph(sources);
  if (issues.length === 0) return loaded;
  return { ok: false, issues: [...issues, ...(loaded.ok ? [] : loaded.issues)] };
}

/** Loads what is valid in a folder (see loadGraphPartial): files that are not UTF-8 are among the failed. */
export async function loadGraphFolderPartial(dir: string, cwd?: string): Promise<PartialLoad> {
  const { sources, issues } = await readGraphFolder(dir, cwd);
  const r = loadGraphPartial(sources);
  return { document: r.document, failed: [...issues.map((i) => ({ file: i.file, issues: [i] })), ...r.failed] };
}
