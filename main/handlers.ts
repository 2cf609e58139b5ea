// main/handlers: what each IPC channel does, with the dialogs and stores passed in, so tests drive them
// against real temporary folders without Electron.
import { basename } from 'node:path';
import type { Channel, ParsedRequest, Response } from '../src/ipc/contract';
import { svgToPdf, svgToPngAsync } from './node/figure-render';
import { checkFigureSvg } from './node/svg-check';
import { pushRecent, readGraphFile, readViewFile, writeFileAtomic } from './node/files';
import { readPickedFolder } from './node/catalogue';
import { fetchHubCard } from './node/hub';

export type Dialogs = {
  /** The chosen path, or null when the user cancels. */
  readonly open: (o: { title: string; filters: { name: string; extensions: string[] }[] }) => Promise<string | null>;
  readonly save: (o: { title: string; defaultPath: string; filters: { name: string; extensions: string[] }[] }) => Promise<string | null>;
  /** The chosen folder, or null when the user cancels. */
  readonly openFolder: (o: { title: string }) => Promise<string | null>;
};

export type Recent = { readonly list: () => readonly string[]; readonly set: (list: string[]) => Promise<void> };

export type Handlers = { readonly [C in Channel]: (req: ParsedRequest<C>) => Promise<Response<C>> };

const GRAPH_FILTERS = [
  {
    name: 'Graphs (Lineage Atlas, GEXF, GraphML, Cytoscape.js, graphology, CSV)',
    extensions: ['json', 'gexf', 'graphml', 'xml', 'csv', 'cyjs'],
  },
];
const VIEW_FILTERS = [{ name: 'Lineage Atlas view', extensions: ['view.json', 'json'] }];

export function createHandlers(dialogs: Dialogs, recent: Recent, defaultDir: () => string, hub = fetchHubCard): Handlers {
  const remember = (path: string) => recent.set(pushRecent(recent.list(), path));
  const saveTo = async (title: string, name: string, ext: string, data: string | Uint8Array): Promise<Response<'export:save'>> => {
    const path = await dialogs.save({
      title,
      defaultPath: `${defaultDir()}/${basename(name)}`,
      filters: [{ name: ext.toUpperCase(), extensions: [ext] }],
    });
    if (!path) return { ok: true, value: null };
    try {
      await writeFileAtomic(path, data);
      return { ok: true, value: { path } };
    } catch (e) {
      return { ok: false, message: `${basename(path)} was not saved: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
    }
  };
  return {
    // Open only what the user picks in the dialog, never a path the page names (it sends none; the contract
    // refuses one, and this handler would not read it either). Main reads and decodes the file within its limits;
    // the page parses it, so a hostile file never holds main's event loop.
    'graph:open': async () => {
      const chosen = await dialogs.open({ title: 'Open graph', filters: GRAPH_FILTERS });
      if (!chosen) return { ok: true, value: null };
      const r = await readGraphFile(chosen);
      if (r.ok) await remember(chosen);
      return r;
    },
    'view:open': async () => {
      const chosen = await dialogs.open({ title: 'Open view', filters: VIEW_FILTERS });
      if (!chosen) return { ok: true, value: null };
      const r = await readViewFile(chosen);
      if (r.ok) await remember(chosen);
      return r;
    },
    'view:save': async ({ view, suggestedName }) => {
      const name = suggestedName.endsWith('.view.json') ? suggestedName : `${suggestedName}.view.json`;
      const r = await saveTo('Save view', name, 'json', `${JSON.stringify(view, null, 2)}\n`);
      if (r.ok && r.value) await remember(r.value.path);
      return r;
    },
    'export:save': ({ suggestedName, extension, data }) => saveTo('Export', suggestedName, extension, data),
    // The page composed the SVG: main renders and saves only what holds nothing but a figure's shapes and text.
    'figure:save': async ({ svg: sent, widthPt, heightPt, dataHash, format, options, title, suggestedName, view }) => {
      const checked = checkFigureSvg(sent);
      if (!checked.ok) return checked;
      const svg = checked.value;
      const bytes =
        format === 'svg'
          ? svg
          : format === 'png'
            ? await svgToPngAsync(svg, options)
            : await svgToPdf(svg, {
                widthPt,
                heightPt,
                title,
                subject: `Lineage Atlas view; data ${dataHash}`,
                keywords: JSON.stringify(view),
              });
      return saveTo('Export figure', suggestedName, format, bytes);
    },
    'recent:list': async () => ({ ok: true, value: [...recent.list()] }),
    // Only the folder the user picks, and in it only the summaries and cards an importer reads (main/node/catalogue).
    'catalogue:pick': async () => {
      const dir = await dialogs.openFolder({ title: 'Add catalogue: a Data Provenance Collection checkout or a folder of dataset cards' });
      if (!dir) return { ok: true, value: null };
      return { ok: true, value: { name: basename(dir), files: await readPickedFolder(dir) } };
    },
    'hub:card': ({ id }) => hub(id.trim()),
  };
}
