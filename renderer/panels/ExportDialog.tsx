// panels/ExportDialog: the scene the canvas shows as a figure (SVG, PNG, PDF) with a live preview, or its
// data in other formats. It composes the scene it is given; it never lays the graph out again.
import { useEffect, useMemo, useRef, useState } from 'react';
import { DATA_FORMATS, type DataFormat, dataFiles } from '../../src/export/data';
import { composeFigure, figureWidthInches, FigureOptions } from '../../src/figure';
import type { AtlasGraph } from '../../src/model/build';
import type { Scene } from '../../src/view/scene';
import { bridge, download, svgToPngBlob } from '../platform';

const FIGURE_FORMATS = ['svg', 'png', 'pdf'] as const;
type Format = (typeof FIGURE_FORMATS)[number] | DataFormat;

type Props = {
  readonly initialTab: 'figure' | 'data';
  readonly onClose: () => void;
  readonly graph: AtlasGraph;
  readonly scene: Scene;
  readonly dataHash: string;
  readonly onError: (message: string) => void;
};

export function ExportDialog(p: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [format, setFormat] = useState<Format>(p.initialTab === 'data' ? 'gexf' : 'svg');
  // Datasets are coloured as the view says (issue 13), so a saved view reproduces its figure.
  const [opts, setOpts] = useState<FigureOptions>(() => FigureOptions.parse({ colourBy: p.scene.view.colourBy }));
  const [busy, setBusy] = useState(false);

  // Mounted only while open (the parent keys it by tab), so its state starts fresh each time.
  useEffect(() => {
    const d = ref.current!;
    if (!d.open) d.showModal();
  }, []);

  const isFigure = (FIGURE_FORMATS as readonly string[]).includes(format);
  const figure = useMemo(() => {
    if (!isFigure) return null;
    try {
      const composed = composeFigure(p.graph, p.scene, opts, { dataHash: p.dataHash });
      // A figure that cannot be drawn legibly at this size is refused, with what would fit; nothing is exported.
      if (composed.refusal) return { ok: false as const, message: composed.refusal };
      return { ok: true as const, ...composed };
    } catch (e) {
      return { ok: false as const, message: (e as Error).message };
    }
  }, [isFigure, p.graph, p.scene, p.dataHash, opts]);
  const leftOut = figure?.ok ? figure.labelsLeftOut : [];
  const previewUrl = useMemo(() => (figure?.ok ? URL.createObjectURL(new Blob([figure.svg], { type: 'image/svg+xml' })) : null), [figure]);
  useEffect(() => () => void (previewUrl && URL.revokeObjectURL(previewUrl)), [previewUrl]);

  const set = (patch: Partial<FigureOptions>) => {
    const next = FigureOptions.safeParse({ ...opts, ...patch });
    if (next.success) setOpts(next.data);
  };
  const name = `lineage-atlas-${p.scene.view.layout}`;

  async function exportNow() {
    setBusy(true);
    try {
      if (isFigure) {
        if (!figure?.ok) return;
        const f = format as (typeof FIGURE_FORMATS)[number];
        if (bridge) {
          const r = await bridge.saveFigure({
            svg: figure.svg,
            widthPt: figure.widthPt,
            heightPt: figure.heightPt,
            dataHash: figure.dataHash,
            format: f,
            options: opts,
            title: opts.title ?? 'Lineage Atlas figure',
            suggestedName: `${name}.${f}`,
            view: p.scene.view,
          });
          if (!r.ok) return p.onError(r.message);
          if (!r.value) return;
        } else if (f === 'svg') download(`${name}.svg`, figure.svg, 'image/svg+xml');
        else if (f === 'png')
          download(`${name}.png`, await svgToPngBlob(figure.svg, Math.round(figureWidthInches(opts) * opts.dpi), opts.transparent));
        else return;
      } else {
        const files = dataFiles(format as DataFormat, p.graph, p.scene, name);
        for (const [fileName, text] of files) {
          if (bridge) {
            const r = await bridge.saveExport({ suggestedName: fileName, extension: fileName.split('.').pop()!, data: text });
            if (!r.ok) return p.onError(r.message);
            if (!r.value) return;
          } else download(fileName, text, 'text/plain');
        }
      }
      p.onClose();
    } finally {
      setBusy(false);
    }
  }

  const pdfUnavailable = format === 'pdf' && !bridge;
  return (
    <dialog ref={ref} className="export-dialog" aria-label="Export" onClose={p.onClose}>
      <form method="dialog" onSubmit={(e) => e.preventDefault()}>
        <h2>Export the current view</h2>
        <div className="export-body">
          <div className="export-options">
            <label>
              Format{' '}
              <select aria-label="Format" value={format} onChange={(e) => setFormat(e.target.value as Format)}>
                <optgroup label="Figure">
                  <option value="svg">SVG (vector)</option>
                  <option value="png">PNG</option>
                  <option value="pdf">PDF (vector, fonts embedded)</option>
                </optgroup>
                <optgroup label="Data of the datasets shown">
                  {Object.entries(DATA_FORMATS).map(([k, label]) => (
                    <option key={k} value={k}>
                      {label}
                    </option>
                  ))}
                </optgroup>
              </select>
            </label>
            {isFigure && (
              <>
                <label>
                  Size{' '}
                  <select
                    aria-label="Size"
                    value={opts.size}
                    onChange={(e) =>
                      set({
                        size: e.target.value as FigureOptions['size'],
                        width: e.target.value === 'custom' ? (opts.width ?? 5) : undefined,
                      })
                    }
                  >
                    <option value="single">Single column (3.5 in)</option>
                    <option value="double">Double column (7.16 in)</option>
                    <option value="custom">Custom</option>
                  </select>
                </label>
                {opts.size === 'custom' && (
                  <label>
                    Width (in){' '}
                    <input
                      type="number"
                      aria-label="Width (in)"
                      min={0.5}
                      max={40}
                      step={0.01}
                      value={opts.width ?? 5}
                      onChange={(e) => set({ width: Number(e.target.value) })}
                    />
                  </label>
                )}
                <label>
                  Height (in){' '}
                  <input
                    type="number"
                    aria-label="Height (in)"
                    placeholder="auto"
                    min={0.5}
                    max={40}
                    step={0.01}
                    value={opts.height ?? ''}
                    onChange={(e) => set({ height: e.target.value === '' ? undefined : Number(e.target.value) })}
                  />
                </label>
                <label>
                  Theme{' '}
                  <select
                    aria-label="Figure theme"
                    value={opts.theme}
                    onChange={(e) => set({ theme: e.target.value as FigureOptions['theme'] })}
                  >
                    <option value="print">Print</option>
                    <option value="light">Light</option>
                    <option value="dark">Dark</option>
                  </select>
                </label>
                <label>
                  Title <input aria-label="Title" value={opts.title ?? ''} onChange={(e) => set({ title: e.target.value || undefined })} />
                </label>
                <label>
                  Caption{' '}
                  <textarea
                    aria-label="Caption"
                    rows={2}
                    value={opts.caption ?? ''}
                    onChange={(e) => set({ caption: e.target.value || undefined })}
                  />
                </label>
                <label className="check">
                  <input type="checkbox" checked={opts.legend} onChange={(e) => set({ legend: e.target.checked })} /> Legend
                </label>
                <label>
                  Font size (pt){' '}
                  <input
                    type="number"
                    aria-label="Font size (pt)"
                    min={4}
                    max={24}
                    value={opts.fontSize}
                    onChange={(e) => set({ fontSize: Number(e.target.value) })}
                  />
                </label>
                {format === 'png' && (
                  <>
                    <label>
                      Resolution{' '}
                      <select
                        aria-label="Resolution"
                        value={opts.dpi}
                        onChange={(e) => set({ dpi: Number(e.target.value) as FigureOptions['dpi'] })}
                      >
                        <option value={150}>150 DPI</option>
                        <option value={300}>300 DPI</option>
                        <option value={600}>600 DPI</option>
                      </select>
                    </label>
                    <label className="check">
                      <input type="checkbox" checked={opts.transparent} onChange={(e) => set({ transparent: e.target.checked })} />{' '}
                      Transparent background
                    </label>
                  </>
                )}
              </>
            )}
            {figure?.ok && leftOut.length > 0 && (
              <p className="note warning" role="alert">
                Without labels:{' '}
                {leftOut
                  .slice(0, 5)
                  .map((id) => p.graph.getNodeAttribute(id, 'label'))
                  .join(', ')}
                {leftOut.length > 5 ? `, and ${leftOut.length - 5} more` : ''}. {figure.advice}
              </p>
            )}
            {pdfUnavailable && (
              <p className="note">PDF is made by the desktop app or by `npm run figure -- --format pdf`; in the browser, export SVG.</p>
            )}
          </div>
          <div className="export-preview" aria-label="Preview">
            {figure?.ok && previewUrl && <img src={previewUrl} alt="Preview of the figure" data-testid="figure-preview" />}
            {figure && !figure.ok && <p role="alert">{figure.message}</p>}
            {!isFigure && (
              <p className="note">
                Exports the {p.scene.status.datasetsShown} datasets shown and what they link to, with every attribute and its source.
              </p>
            )}
          </div>
        </div>
        <div className="dialog-buttons">
          <button type="button" onClick={p.onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="primary"
            disabled={busy || pdfUnavailable || (isFigure && !figure?.ok)}
            onClick={() => void exportNow()}
          >
            {leftOut.length ? `Export without ${leftOut.length} label${leftOut.length === 1 ? '' : 's'}` : 'Export'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
