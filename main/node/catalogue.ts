// main/node/catalogue: list and read, from disk, the files of a Data Provenance Collection checkout or a folder of
// Hugging Face cards (only the summaries and cards: nothing else in the folder is opened), within limits, and hand
// them to the core's importers; and the curated alias table.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { type Alias, parseAliasTable } from '../../src/import/catalogue/aliases';
import { DPC_FOLDERS, type DpcCollection, type CatalogueIssue } from '../../src/import/catalogue/dpc';
import { commitOfReadme, type PickedFile, readCardFiles as readCards, readDpcFiles } from '../../src/import/catalogue/files';
import { CATALOGUE_LIMITS, tooLarge, tooManyFiles } from '../../src/import/limits';

export type ReadCatalogue = { collections: DpcCollection[]; issues: CatalogueIssue[]; filesRead: number };

/** What a picked folder may bring in all (the whole snapshot is 11 MB in 310 files); files and bytes per file are CATALOGUE_LIMITS'. */
const TOTAL_BYTES = 500 * 1024 * 1024;

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
const isDpcFolder = (name: string) => Object.hasOwn(DPC_FOLDERS, name);

/**
 * The paths (relative to `dir`, '/'-separated) of the files an importer reads there: its README.md, each
 * `data_summaries*` folder's summaries, and each subfolder's README.md (a card). Never deeper, never anything else.
 */
export async function catalogueFilesIn(dir: string): Promise<string[]> {
  // Each folder is listed once and its entries typed by readdir (no stat a file); the folders are read together.
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const found = await Promise.all(
    entries
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map(async (e): Promise<string[]> => {
        if (e.isFile()) return e.name === 'README.md' ? ['README.md'] : [];
        if (!e.isDirectory()) return [];
        if (isDpcFolder(e.name)) {
          const inner = await readdir(join(dir, e.name), { withFileTypes: true }).catch(() => []);
          return inner
            .filter((f) => f.isFile() && f.name.endsWith('.json'))
            .map((f) => `${e.name}/${f.name}`)
            .sort();
        }
        return (await isFile(join(dir, e.name, 'README.md'))) ? [`${e.name}/README.md`] : [];
      }),
  );
  return found.flat();
}

type Listed = { files: PickedFile[]; issues: CatalogueIssue[] };

/**
 * Reads the listed files within CATALOGUE_LIMITS, several at a time: too many files are refused unread (naming the
 * folder), a file over the size limit is refused by its size on disk, unread (naming the file), and the rest is read;
 * the files read may come to 500 MB.
 */
export async function readListed(dir: string, paths: readonly string[], prefix = '', what = 'catalogue files'): Promise<Listed> {
  if (paths.length > CATALOGUE_LIMITS.files) return { files: [], issues: [{ file: dir, message: tooManyFiles(paths.length, what) }] };
  const sizes = await Promise.all(paths.map(async (p) => (await stat(join(dir, p))).size));
  const issues: CatalogueIssue[] = [];
  let total = 0;
  const kept = paths.filter((p, i) => {
    if (sizes[i]! <= CATALOGUE_LIMITS.fileBytes) return ((total += sizes[i]!), true);
    issues.push({ file: prefix + p, message: tooLarge(sizes[i]!) });
    return false;
  });
  // Only what is read counts toward the total: a file refused for its size is never read.
  if (total > TOTAL_BYTES) throw new Error(`${basename(dir)}: the catalogue files come to more than 500 MB`);
  const files = await Promise.all(kept.map(async (p) => ({ path: prefix + p, bytes: new Uint8Array(await readFile(join(dir, p))) })));
  return { files, issues };
}

/** A picked folder's catalogue files, their paths under the folder's own name (as a browser's folder input gives them). */
export async function readPickedFolder(dir: string): Promise<PickedFile[]> {
  const r = await readListed(dir, await catalogueFilesIn(dir), `${basename(dir)}/`);
  if (r.issues.length) throw new Error(r.issues.map((i) => `${i.file}: ${i.message}`).join('\n'));
  return r.files;
}

/** Every summary of the checkout's data_summaries folders, each a collection; a file that fails is an issue. */
export async function readDpcCheckout(dir: string, commit?: string): Promise<ReadCatalogue> {
  const paths = (await catalogueFilesIn(dir)).filter((p) => p.includes('/') && isDpcFolder(p.split('/')[0]!));
  const listed = await readListed(dir, paths, '', 'summaries');
  const r = readDpcFiles(listed.files, commit);
  const issues = [...listed.issues, ...r.issues];
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
  const folder = await isDir(path);
  const root = folder ? path : dirname(dirname(path));
  const paths = folder ? (await catalogueFilesIn(path)).filter((p) => p.includes('/')) : [relative(root, path).split(sep).join('/')];
  const listed = await readListed(root, paths, '', 'cards');
  const r = readCards(listed.files);
  return { collections: [...r.collections], issues: [...listed.issues, ...r.issues], filesRead: r.filesRead };
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
