// @vitest-environment happy-dom
// The layers section: datasets counted per layer; "Add catalogue…" hands graph files on as text and imports cards
// (here without a Worker: the worker's own handler runs in place), shows the report, and adds the layer on request.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Layers } from '../../../renderer/panels/Layers';
import { handleImport, readChosen } from '../../../renderer/catalogue/protocol';
import { miniFile } from '../../fixtures/mini';

vi.mock('../../../renderer/catalogue/importer', async (actual) => ({
  ...(await actual<object>()),
  importCatalogue: async (ask: Parameters<typeof readChosen>[0]) => {
    // As the worker sends it: the report first, the file when asked.
    const reply = handleImport(await readChosen({ ...ask, id: 1 }), { ...miniFile(), files: ['mini.json'] }, []);
    if (!reply.ok) return { reply, posted: Date.now(), arrived: Date.now(), file: () => Promise.reject(new Error(reply.message)) };
    const { file, ...report } = reply;
    return { reply: report, posted: Date.now(), arrived: Date.now(), file: () => Promise.resolve(file) };
  },
}));

const COUNTS = [
  { layer: { name: 'Survey', kind: 'survey' as const }, datasets: 48, nodes: 174 },
  { layer: { name: 'dpc.json', kind: 'dpc' as const }, datasets: 2561, nodes: 2561 },
  { layer: { name: 'Les Miserables.gexf', kind: 'file' as const }, datasets: 0, nodes: 77 },
];
const CARD = '---\npretty_name: Tiny Card\nlicense: mit\nlanguage: [fr]\nsource_datasets:\n- extended|squad\n---\n# Tiny\n';

afterEach(cleanup);

describe('panels/Layers', () => {
  it('lists each layer with its datasets and hands chosen graph files on as text', async () => {
    const onAdd = vi.fn();
    render(<Layers counts={COUNTS} onAdd={onAdd} onAddLayer={vi.fn()} />);
    expect(screen.getByText('Survey: 48 datasets (174 nodes)')).toBeTruthy();
    expect(screen.getByText('dpc.json: 2,561 datasets')).toBeTruthy();
    expect(screen.getByText('Les Miserables.gexf: 0 datasets (77 nodes)')).toBeTruthy();
    fireEvent.click(screen.getByText('Add catalogue…'));
    const input = screen.getByLabelText('Catalogue files') as HTMLInputElement;
    const file = new File(['{"format":"lineage-atlas/graph"}'], 'mine.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() => expect(onAdd).toHaveBeenCalledWith('mine.json', '{"format":"lineage-atlas/graph"}'));
  });

  it('imports a card, shows what it read and created, and adds it as a dataset-card layer when asked', async () => {
    const onAddLayer = vi.fn();
    render(<Layers counts={COUNTS} onAdd={vi.fn()} onAddLayer={onAddLayer} />);
    fireEvent.click(screen.getByText('Add catalogue…'));
    const card = new File([CARD], 'README.md', { type: 'text/markdown' });
    fireEvent.change(screen.getByLabelText('Catalogue files'), { target: { files: [card] } });
    await waitFor(() => expect(screen.getByLabelText('Import report')).toBeTruthy());
    // The counts are a table: each row headed by what it counts.
    expect(screen.getByRole('rowheader', { name: 'Entries read' }).closest('tr')?.querySelector('[data-count="entries"]')).toBeTruthy();
    const count = (k: string) => document.querySelector(`[data-count="${k}"]`)?.textContent;
    expect(count('entries')).toMatch(/^1 from 1 file in \d+\.\d s$/);
    expect(count('created')).toBe('1 datasets, 0 collections, 0 models, 0 references');
    expect(count('resolved')).toBe('0 of 1');
    expect(count('free-text')).toBe('1');
    expect(onAddLayer).not.toHaveBeenCalled();
    // The file follows the report: the timing says when it came.
    await waitFor(() => expect(document.querySelector('[data-count="entries"]')?.getAttribute('title')).toMatch(/graph file followed/));
    fireEvent.click(screen.getByText('Add as layer'));
    await waitFor(() => expect(onAddLayer).toHaveBeenCalledTimes(1));
    const [file, name, kind] = onAddLayer.mock.calls[0]!;
    expect([name, kind]).toEqual(['README.md', 'cards']);
    expect(file.nodes.find((n: { label: string }) => n.label === 'Tiny Card')).toMatchObject({ kind: 'dataset' });
  });

  it('says plainly in web mode that fetching from the Hub needs the desktop app', () => {
    render(<Layers counts={COUNTS} onAdd={vi.fn()} onAddLayer={vi.fn()} />);
    fireEvent.click(screen.getByText('Add from Hugging Face…'));
    expect((screen.getByLabelText('Hugging Face dataset id') as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByRole('note').textContent).toMatch(/needs the desktop app/);
  });
});
