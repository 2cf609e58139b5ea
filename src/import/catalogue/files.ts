// import/catalogue/files: what a person picked (a Data Provenance Collection checkout, a folder of Hugging Face
// cards, or card files), given as paths and bytes, read into the importers' input. Pure: the page (a folder
// input) and main (a folder dialog) both list and read the files, and hand them here.
import { CATALOGUE_LIMITS, tooManyEntries } from '../limits';
import { decodeText } from '../text';
import { type CatalogueIssue, DPC_FOLDERS, type DpcCollection, isDpcSummary, readDpcSummary } from './dpc';
import { readHfCard } from './hf-card';
import type { CatalogueInput } from './report';

/** One picked file: its path inside what was picked ('/'-separated, e.g. `checkout/data_summaries/x.json`). */
export type PickedFile = { readonly path: string; readonly bytes: Uint8Array<ArrayBuffer> };
export type CatalogueKind = 'dpc' | 'cards';
export const CATALOGUE_TITLE: Readonly<Record<CatalogueKind, string>> = {
  dpc: 'Data Provenance Collection',
  cards: 'Hugging Face dataset cards',
};

export type PickedCatalogue =
  { readonly ok: true; readonly kind: CatalogueKind; readonly input: CatalogueInput } | { readonly ok: false; readonly message: string };

const SUMMARY = new RegExp(`(?:^|/)((?:${Object.keys(DPC_FOLDERS).join('|')})/[^/]+)$`);

/** Whether an importer reads the file at this path (a summary, or a README.md at most two folders down): a folder
 * input lists everything under the folder, and only these are read. */
export const isCatalogueFilePath = (path: string): boolean =>
  (SUMMARY.test(path) && isDpcSummary(SUMMARY.exec(path)![1]!)) || /^(?:[^/]+\/){0,2}README\.md$/i.test(path);

/** Which picked paths a reader takes: a checkout's summaries, or cards (`README.md`). Others are never read. */
export function catalogueKindOf(paths: readonly string[]): CatalogueKind | undefined {
  if (paths.some((p) => SUMMARY.test(p) && isDpcSummary(SUMMARY.exec(p)![1]!))) return 'dpc';
  if (paths.some((p) => /(?:^|\/)README\.md$/i.test(p))) return 'cards';
  return undefined;
}

/** The commit a snapshot's README names ("at commit `<sha>`"), for citations; undefined where it names none. */
export const commitOfReadme = (text: string): string | undefined => /commit\s+`([0-9a-f]{40})`/.exec(text)?.[1];

/** The dataset id a card's path names: its folder (`a__b` reads `a/b`), or `fallback` for a card at the top. */
export function cardIdOf(path: string, fallback = 'dataset'): string {
  const parts = path.split('/');
  const folder = parts.length >= 2 ? parts[parts.length - 2]! : fallback;
  return folder.replace('__', '/');
}

const decoded = (f: PickedFile, file: string): { ok: true; text: string } | { ok: false; issue: CatalogueIssue } => {
  const d = decodeText(f.bytes);
  return d.ok ? { ok: true, text: d.text } : { ok: false, issue: { file, message: d.message } };
};

/** Reads the summaries of a checkout (in path order); a file that fails is an issue naming it. */
export function readDpcFiles(files: readonly PickedFile[], commit?: string): CatalogueInput {
  const collections: DpcCollection[] = [];
  const issues: CatalogueIssue[] = [];
  let filesRead = 0;
  let entries = 0;
  const summaries = files
    .map((f) => ({ f, file: SUMMARY.exec(f.path)?.[1] }))
    .filter((x): x is { f: PickedFile; file: string } => !!x.file && isDpcSummary(x.file))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const { f, file } of summaries) {
    filesRead++;
    const t = decoded(f, file);
    if (!t.ok) {
      issues.push(t.issue);
      continue;
    }
    const r = readDpcSummary({ file, text: t.text }, commit);
    // Past the datasets of one import, stop: what came before stays (issue 17).
    if (r.ok && (entries += r.collection.entries.length) > CATALOGUE_LIMITS.entries) {
      issues.push({ file, message: tooManyEntries() });
      break;
    }
    if (r.ok) collections.push(r.collection);
    else issues.push(r.issue);
  }
  return { title: CATALOGUE_TITLE.dpc, collections, issues, filesRead };
}

/** Reads the `README.md` files as cards, each its own collection of one. */
export function readCardFiles(files: readonly PickedFile[], fallbackId?: string): CatalogueInput {
  const collections: DpcCollection[] = [];
  const issues: CatalogueIssue[] = [];
  // A folder of cards may have its own README.md beside the cards' folders: the cards are the deepest ones.
  const readmes = files.filter((f) => /(?:^|\/)README\.md$/i.test(f.path));
  const depth = Math.max(0, ...readmes.map((f) => f.path.split('/').length));
  const cards = readmes.filter((f) => f.path.split('/').length === depth).sort((a, b) => (a.path < b.path ? -1 : 1));
  for (const f of cards) {
    const t = decoded(f, f.path);
    if (!t.ok) {
      issues.push(t.issue);
      continue;
    }
    const r = readHfCard({ id: cardIdOf(f.path, fallbackId), file: f.path, text: t.text });
    if (r.ok) collections.push({ file: f.path, name: r.entry.name, entries: [r.entry] });
    else issues.push(r.issue);
  }
  return { title: CATALOGUE_TITLE.cards, collections, issues, filesRead: cards.length };
}

/** What was picked, read as the catalogue it is, or a message saying why it is neither. */
export function readPickedCatalogue(files: readonly PickedFile[]): PickedCatalogue {
  const kind = catalogueKindOf(files.map((f) => f.path));
  if (kind === 'dpc') {
    // The checkout's own README (beside its data_summaries folder) names the commit the citations point at.
    const readme = files.find(
      (f) => /(?:^|\/)README\.md$/.test(f.path) && files.some((s) => s.path.startsWith(f.path.replace(/README\.md$/, 'data_summaries'))),
    );
    const text = readme && decodeText(readme.bytes);
    return { ok: true, kind, input: readDpcFiles(files, text && text.ok ? commitOfReadme(text.text) : undefined) };
  }
  if (kind === 'cards') return { ok: true, kind, input: readCardFiles(files) };
  return {
    ok: false,
    message: `neither a Data Provenance Collection checkout (no ${Object.keys(DPC_FOLDERS).join(', ')} folder with summaries) nor dataset cards (no README.md)`,
  };
}

/** One card fetched from the Hub, cited by the address it was read from. */
export function readHubCard(id: string, url: string, text: string): CatalogueInput {
  const file = `${id}/README.md`;
  const r = readHfCard({ id, file, text, url });
  return {
    title: CATALOGUE_TITLE.cards,
    collections: r.ok ? [{ file, name: r.entry.name, entries: [r.entry] }] : [],
    issues: r.ok ? [] : [r.issue],
    filesRead: 1,
  };
}
