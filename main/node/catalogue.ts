// main/node/catalogue: read a Data Provenance Collection checkout or a folder of Hugging Face cards from disk
// (Node only) and hand the texts to the core's importers; and the curated alias table.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { type Alias, parseAliasTable } from '../../src/import/catalogue/aliases';
import { type CatalogueIssue, DPC_FOLDERS, type DpcCollection, isDpcSummary, readDpcSummary } from '../../src/import/catalogue/dpc';
import { readHfCard } from '../../src/import/catalogue/hf-card';
import { decodeText } from '../../src/import/text';
import { CATALOGUE_LIMITS, tooLarge, tooManyEntries, tooManyFiles } from '../../src/import/limits';

export type ReadCatalogue = { collections: DpcCollection[]; issues: CatalogueIssue[]; filesRead: number };

async function textOf(path: string, file: string): Promise<{ ok: true; text: string } | { ok: false; issue: CatalogueIssue }> {
  // The size first: a 50 MB card is refused unread (issue 17).
  const { size } = await stat(path);
  if (size > CATALOGUE_LIMITS.fileBytes) return { ok: false, issue: { file, message: tooLarge(size) } };
  const d = decodeText(await readFile(path));
  return d.ok ? { ok: true, text: d.text } : { ok: false, issue: { file, message: d.message } };
}

/** Every summary of the checkout's data_summaries folders, each a collection; a file that fails is an issue. */
export async function readDpcCheckout(dir: string, commit?: string): Promise<ReadCatalogue> {
  const out: ReadCatalogue = { collections: [], issues: [], filesRead: 0 };
  const folders: [string, string[]][] = [];
  for (const folder of Object.keys(DPC_FOLDERS)) {
    try {
      folders.push([folder, (await readdir(join(dir, folder))).filter((n) => isDpcSummary(`${folder}/${n}`)).sort()]);
    } catch {
      continue;
    }
  }
  const count = folders.reduce((n, [, names]) => n + names.length, 0);
  if (count > CATALOGUE_LIMITS.files) return { ...out, issues: [{ file: dir, message: tooManyFiles(count, 'summaries') }] };
  let entries = 0;
  for (const [folder, names] of folders) {
    for (const name of names) {
      const file = `${folder}/${name}`;
      out.filesRead++;
      const t = await textOf(join(dir, folder, name), file);
      if (!t.ok) {
        out.issues.push(t.issue);
        continue;
      }
      const r = readDpcSummary({ file, text: t.text }, commit);
      if (r.ok && (entries += r.collection.entries.length) > CATALOGUE_LIMITS.entries) {
        out.issues.push({ file, message: tooManyEntries() });
        return out;
      }
      if (r.ok) out.collections.push(r.collection);
      else out.issues.push(r.issue);
    }
  }
  if (folders.length === 0)
    out.issues.push({ file: dir, message: `no ${Object.keys(DPC_FOLDERS).join(', ')} folder: not a Data Provenance Collection checkout` });
  return out;
}

/** The commit a snapshot's README names ("at commit `<sha>`"), for citations; undefined where it names none. */
export async function snapshotCommit(dir: string): Promise<string | undefined> {
  try {
    return /commit\s+`([0-9a-f]{40})`/.exec(await readFile(join(dir, 'README.md'), 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

/** A card file, or every `<id>/README.md` in a folder (the folder's name is the dataset id; `a__b` reads `a/b`). */
export async function readCardFiles(path: string): Promise<ReadCatalogue> {
  const out: ReadCatalogue = { collections: [], issues: [], filesRead: 0 };
  const cards: { path: string; id: string }[] = [];
  if ((await stat(path)).isDirectory()) {
    for (const name of (await readdir(path)).sort()) {
      const p = join(path, name, 'README.md');
      if (
        await stat(p).then(
          (s) => s.isFile(),
          () => false,
        )
      )
        cards.push({ path: p, id: name.replace('__', '/') });
    }
    if (cards.length > CATALOGUE_LIMITS.files) return { ...out, issues: [{ file: path, message: tooManyFiles(cards.length, 'cards') }] };
  } else cards.push({ path, id: basename(dirname(path)).replace('__', '/') });
  const root = (await stat(path)).isDirectory() ? path : dirname(dirname(path));
  for (const c of cards) {
    const file = relative(root, c.path);
    out.filesRead++;
    const t = await textOf(c.path, file);
    if (!t.ok) {
      out.issues.push(t.issue);
      continue;
    }
    const r = readHfCard({ id: c.id, file, text: t.text });
    if (r.ok) out.collections.push({ file, name: r.entry.name, entries: [r.entry] });
    else out.issues.push(r.issue);
  }
  return out;
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
