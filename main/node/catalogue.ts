// main/node/catalogue: list and read, from disk, the files of a Data Provenance Collection checkout or a folder of
// Hugging Face cards (only the summaries and cards: nothing else in the folder is opened), within limits, and hand
// them to the core's importers; and the curated alias table.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { type Alias, parseAliasTable } from '../../src/import/catalogue/aliases';
import { DPC_FOLDERS, type DpcCollection, type CatalogueIssue } from '../../src/import/catalogue/dpc';
import { commitOfReadme, type PickedFile, readCardFiles as readCards, readDpcFiles } from '../../src/import/catalogue/files';

export type ReadCatalogue = { collections: DpcCollection[]; issues: CatalogueIssue[]; filesRead: number };

/** What a picked folder may bring: files, bytes per file and in all (the whole snapshot is 11 MB in 310 files). */
export const PICK_LIMITS = { files: 20_000, fileBytes: 50 * 1024 * 1024, totalBytes: 500 * 1024 * 1024 };

const tooMany = (dir: string, n: number): never => {
  throw new Error(`${basename(dir)} holds ${n} catalogue files; at most ${PICK_LIMITS.files} are read`);
};
const isDir = (p: string) =>
  stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  );
const isFile = (p: string) =>
  stat(p).then(
    (s) => s.isFile(),
    () => false,
  );
const list = (dir: string) =>
  readdir(dir).then(
    (n) => n.sort(),
    () => [] as string[],
  );

/**
 * The paths (relative to `dir`, '/'-separated) of the files an importer reads there: its README.md, each
 * `data_summaries*` folder's summaries, and each subfolder's README.md (a card). Never deeper, never anything else.
 */
export async function catalogueFilesIn(dir: string): Promise<string[]> {
  const out: string[] = [];
  if (await isFile(join(dir, 'README.md'))) out.push('README.md');
  for (const name of await list(dir)) {
    if (!(await isDir(join(dir, name)))) continue;
    if (Object.hasOwn(DPC_FOLDERS, name)) {
      const names = (await list(join(dir, name))).filter((f) => f.endsWith('.json'));
      // Counted before each is stat'ed: 100,000 stats cost 17 s of CPU before the limit refused them (issue 17).
      if (out.length + names.length > PICK_LIMITS.files) tooMany(dir, out.length + names.length);
      for (const f of names) if (await isFile(join(dir, name, f))) out.push(`${name}/${f}`);
    } else if (await isFile(join(dir, name, 'README.md'))) out.push(`${name}/README.md`);
  }
  return out;
}

/** Reads the listed files within PICK_LIMITS; a file over the limit is refused by name. */
export async function readListed(dir: string, paths: readonly string[], prefix = ''): Promise<PickedFile[]> {
  if (paths.length > PICK_LIMITS.files) tooMany(dir, paths.length);
  let total = 0;
  const out: PickedFile[] = [];
  for (const p of paths) {
    const size = (await stat(join(dir, p))).size;
    if (size > PICK_LIMITS.fileBytes)
      throw new Error(`${p} is ${Math.round(size / 1024 / 1024)} MB; a catalogue file may be 50 MB at most`);
    total += size;
    if (total > PICK_LIMITS.totalBytes) throw new Error(`${basename(dir)}: the catalogue files come to more than 500 MB`);
    out.push({ path: prefix + p, bytes: new Uint8Array(await readFile(join(dir, p))) });
  }
  return out;
}

/** A picked folder's catalogue files, their paths under the folder's own name (as a browser's folder input gives them). */
export async function readPickedFolder(dir: string): Promise<PickedFile[]> {
  return readListed(dir, await catalogueFilesIn(dir), `${basename(dir)}/`);
}

/** Every summary of the checkout's data_summaries folders, each a collection; a file that fails is an issue. */
export async function readDpcCheckout(dir: string, commit?: string): Promise<ReadCatalogue> {
  const paths = (await catalogueFilesIn(dir)).filter((p) => p.includes('/') && Object.hasOwn(DPC_FOLDERS, p.split('/')[0]!));
  const r = readDpcFiles(await readListed(dir, paths), commit);
  const issues = [...r.issues];
  if (!(await Promise.all(Object.keys(DPC_FOLDERS).map((f) => isDir(join(dir, f))))).some(Boolean))
    issues.push({ file: dir, message: `no ${Object.keys(DPC_FOLDERS).join(', ')} folder: not a Data Provenance Collection checkout` });
  return { collections: [...r.collections], issues, filesRead: r.filesRead };
}

/** The commit a snapshot's README names ("at commit `<sha>`"), for citations; undefined where it names none. */
export async function snapshotCommit(dir: string): Promise<string | undefined> {
  return readFile(join(dir, 'README.md'), 'utf8').then(commitOfReadme, () => undefined);
}

/** A card file, or every `<id>/README.md` in a folder (the folder's name is the dataset id; `a__b` reads `a/b`). */
export async function readCardFiles(path: string): Promise<ReadCatalogue> {
  const root = (await isDir(path)) ? path : dirname(dirname(path));
  const paths = (await isDir(path))
    ? (await catalogueFilesIn(path)).filter((p) => p.includes('/'))
    : [relative(root, path).split(sep).join('/')];
  const r = readCards(await readListed(root, paths));
  return { collections: [...r.collections], issues: [...r.issues], filesRead: r.filesRead };
}

/** The alias table of a graph-data folder; a missing table is an empty one, a broken one an error. */
export async function readAliases(graphDir: string): Promise<Alias[]> {
  let text: string;
  try {
    text = await readFile(join(graphDir, 'aliases.json'), 'utf8');
  } catch {
    return [];
  }
  const r = parseAliasTable(join(graphDir, 'aliases.json'), text);
  if (!r.ok) throw new Error(r.message);
  return r.table.aliases;
}
