// panels/AddCatalogue: add a catalogue as a layer. A folder (a Data Provenance Collection checkout or a folder of
// Hugging Face cards: a folder input in web mode, main's folder dialog on the desktop), card or graph files, or one
// card fetched from the Hub by its id (desktop only: main fetches it). The import runs in a worker; its report is
// shown, and "Add as layer" adds it beside the survey graph.
import { createFocusTrap } from 'focus-trap';
import { useEffect, useRef, useState } from 'react';
import type { ImportReport as Report } from '../../src/import/catalogue/build';
import type { LayerKind } from '../../src/model/layers';
import type { GraphFile } from '../../src/schema/document';
import { chosenFiles, type Imported, importCatalogue, startImportWorker } from '../catalogue/importer';
import { type ImportTiming, importTiming } from '../catalogue/protocol';
import { bridge } from '../platform';
import { ImportReport } from './ImportReport';
import '../catalogue/dialog.css';

export type AddLayer = (file: GraphFile, name: string, kind: LayerKind) => void;

type Props = {
  readonly start: 'catalogue' | 'hub';
  readonly onClose: () => void;
  /** A graph file chosen among the files (an import made by `npm run import`): its name and text. */
  readonly onAddGraphText: (name: string, text: string) => void;
  readonly onAddLayer: AddLayer;
};

type State =
  | { readonly phase: 'choose' }
  | { readonly phase: 'working'; readonly what: string }
  | { readonly phase: 'failed'; readonly message: string }
  | {
      readonly phase: 'done';
      readonly name: string;
      readonly kind: LayerKind;
      /** The graph file, from the worker after the report (asked for once the report is drawn). */
      readonly file: () => Promise<GraphFile>;
      readonly report: Report;
      readonly timing: ImportTiming;
    };

export function AddCatalogue({ start, onClose, onAddGraphText, onAddLayer }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const files = useRef<HTMLInputElement>(null);
  const hubId = useRef<HTMLInputElement>(null);
  const primary = useRef<HTMLButtonElement>(null);
  const [state, setState] = useState<State>({ phase: 'choose' });
  // The report's default action takes the focus (Enter adds the layer, Escape closes); the buttons that had it were disabled.
  useEffect(() => {
    if (state.phase === 'done') primary.current?.focus();
  }, [state.phase]);
  // Once the report is drawn, the graph file is asked for (its clone from the worker takes a while): when it has come,
  // the report's timing says how long after the report it reached the page.
  const fileOfReport = state.phase === 'done' ? state.file : undefined;
  useEffect(() => {
    if (!fileOfReport) return;
    const shown = performance.now();
    fileOfReport().then(
      () =>
        setState((s) =>
          s.phase === 'done' && s.file === fileOfReport && s.timing.fileAfter === undefined
            ? { ...s, timing: { ...s.timing, fileAfter: performance.now() - shown } }
            : s,
        ),
      () => undefined, // "Add as layer" says why
    );
  }, [fileOfReport]);
  useEffect(() => {
    startImportWorker();
    const el = dialog.current;
    if (!el) return;
    if (!el.open) el.showModal();
    // A modal dialog lets Tab leave it past its last control: keep the focus inside (Escape is the dialog's own).
    const trap = createFocusTrap(el, { escapeDeactivates: false, allowOutsideClick: true, initialFocus: false, fallbackFocus: el });
    trap.activate();
    return () => void trap.deactivate();
  }, []);
  useEffect(() => {
    if (start === 'hub') hubId.current?.focus();
  }, [start]);

  const imported =
    (name: string, started: number) =>
    ({ reply: r, posted, arrived, file }: Imported) =>
      setState(
        r.ok
          ? {
              phase: 'done',
              name: r.kind === 'dpc' ? 'Data Provenance Collection' : name,
              kind: r.kind,
              file,
              report: r.report,
              timing: importTiming(r.timing, performance.now() - started, posted, arrived),
            }
          : { phase: 'failed', message: `${name}: ${r.message}` },
      );
  const importFiles = async (name: string, chosen: readonly File[]) => {
    const started = performance.now();
    const picked = chosenFiles(chosen);
    setState({ phase: 'working', what: `Importing ${name} (${picked.length} files)…` });
    imported(name, started)(await importCatalogue({ type: 'chosen', files: picked }));
  };
  const chooseFolder = async () => {
    if (!bridge) return folder.current?.click();
    const started = performance.now();
    setState({ phase: 'working', what: 'Reading the folder…' });
    const r = await bridge.pickCatalogue();
    if (!r.ok) return setState({ phase: 'failed', message: r.message });
    if (!r.value) return setState({ phase: 'choose' });
    setState({ phase: 'working', what: `Importing ${r.value.name} (${r.value.files.length} files)…` });
    imported(r.value.name, started)(await importCatalogue({ type: 'files', files: r.value.files }));
  };
  const fetchCard = async (id: string) => {
    if (!bridge) return;
    const started = performance.now();
    setState({ phase: 'working', what: `Fetching the card of ${id} from the Hub…` });
    const r = await bridge.hubCard({ id });
    if (!r.ok) return setState({ phase: 'failed', message: r.message });
    imported(
      `Hugging Face: ${r.value.id}`,
      started,
    )(await importCatalogue({ type: 'hub-card', dataset: r.value.id, url: r.value.url, text: r.value.text }));
  };
  const busy = state.phase === 'working';

  return (
    <dialog ref={dialog} className="add-catalogue" aria-label="Add catalogue" onClose={onClose}>
      <h2>Add a catalogue as a layer</h2>
      <p className="note">
        Its datasets join the survey graph: a dataset the survey holds keeps the survey&apos;s claims and gains the catalogue&apos;s beside
        them.
      </p>
      <div className="add-catalogue-choices">
        <button type="button" disabled={busy} onClick={() => void chooseFolder()}>
          Choose a folder…
        </button>
        <span>a Data Provenance Collection checkout, or a folder of Hugging Face dataset cards</span>
        <button type="button" disabled={busy} onClick={() => files.current?.click()}>
          Choose files…
        </button>
        <span>dataset cards (README.md), or graph files made by npm run import</span>
      </div>
      <form
        className="add-from-hub"
        onSubmit={(e) => {
          e.preventDefault();
          const id = hubId.current?.value.trim();
          if (id) void fetchCard(id);
        }}
      >
        <label htmlFor="add-catalogue-hub-id">From the Hugging Face Hub</label>
        <span className="hub-row">
          <input
            ref={hubId}
            id="add-catalogue-hub-id"
            name="hub-id"
            aria-label="Hugging Face dataset id"
            placeholder="dataset id, e.g. tatsu-lab/alpaca"
            disabled={!bridge || busy}
            spellCheck={false}
          />
          <button type="submit" disabled={!bridge || busy}>
            Fetch card
          </button>
        </span>
        {!bridge && (
          <p className="note" role="note">
            Fetching a card from the Hugging Face Hub needs the desktop app: a web page may not read the Hub&apos;s cards. Here, save the
            card&apos;s README.md and choose it with &quot;Choose files…&quot;.
          </p>
        )}
      </form>
      <input
        ref={(el) => {
          folder.current = el;
          el?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        hidden
        aria-label="Catalogue folder"
        onChange={(e) => {
          const chosen = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          const name = chosen[0]?.webkitRelativePath.split('/')[0] || 'folder';
          if (chosen.length > 0) void importFiles(name, chosen);
        }}
      />
      <input
        ref={files}
        type="file"
        accept=".md,.json,text/markdown,application/json"
        multiple
        hidden
        aria-label="Catalogue files"
        onChange={(e) => {
          const chosen = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          const graphs = chosen.filter((f) => /\.json$/i.test(f.name));
          const cards = chosen.filter((f) => /\.md$/i.test(f.name));
          for (const g of graphs) void g.text().then((text) => onAddGraphText(g.name, text));
          if (cards.length > 0) void importFiles(cards.length === 1 ? cards[0]!.name : `${cards.length} cards`, cards);
          else if (graphs.length > 0) onClose();
        }}
      />
      <div className="add-catalogue-status" role="status" aria-live="polite">
        {state.phase === 'working' && (
          <p className="working">
            <progress aria-label="Importing" /> {state.what}
          </p>
        )}
        {state.phase === 'failed' && <p className="error">{state.message}</p>}
        {state.phase === 'done' && (
          <>
            <h3>{state.name}</h3>
            <ImportReport report={state.report} timing={state.timing} />
          </>
        )}
      </div>
      <div className="dialog-buttons">
        <button type="button" onClick={() => dialog.current?.close()}>
          {state.phase === 'done' ? 'Cancel' : 'Close'}
        </button>
        {state.phase === 'done' && (
          <button
            ref={primary}
            type="button"
            className="primary"
            onClick={() => {
              const { name, kind } = state;
              void state.file().then(
                (file) => onAddLayer(file, name, kind),
                (e: Error) => setState({ phase: 'failed', message: `${name}: ${e.message}` }),
              );
            }}
          >
            Add as layer
          </button>
        )}
      </div>
    </dialog>
  );
}
