// main/node/graph-data: read graph files from disk (Node only) and load them with the core.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { loadGraph, type LoadResult, type SourceText } from '../../src/schema';

export const SCHEMA_FILE = 'graph.schema.json';

/** Every `*.json` in a folder except the generated JSON Schema, sorted for a stable merge order. */
export async function readGraphFolder(dir: string, cwd = process.cwd()): Promise<SourceText[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json') && n !== SCHEMA_FILE).sort();
  return Promise.all(names.map(async (n) => ({ file: relative(cwd, join(dir, n)) || n, text: await readFile(join(dir, n), 'utf8') })));
}

export async function loadGraphFolder(dir: string, cwd?: string): Promise<LoadResult> {
  return loadGraph(await readGraphFolder(dir, cwd));
}
