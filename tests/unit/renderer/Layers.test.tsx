// @vitest-environment happy-dom
// The layers section: datasets counted per layer, and "Add catalogue…" handing each chosen file's text on.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Layers } from '../../../renderer/panels/Layers';

describe('panels/Layers', () => {
  it('lists each layer with its datasets (and nodes, where not all are datasets) and reads added files', async () => {
    const onAdd = vi.fn();
    render(
      <Layers
        counts={[
          { layer: { name: 'Survey', kind: 'survey' }, datasets: 48, nodes: 174 },
          { layer: { name: 'dpc.json', kind: 'dpc' }, datasets: 2561, nodes: 2561 },
          { layer: { name: 'Les Miserables.gexf', kind: 'file' }, datasets: 0, nodes: 77 },
        ]}
        onAdd={onAdd}
      />,
    );
    expect(screen.getByText('Survey: 48 datasets (174 nodes)')).toBeTruthy();
    expect(screen.getByText('dpc.json: 2,561 datasets')).toBeTruthy();
    expect(screen.getByText('Les Miserables.gexf: 0 datasets (77 nodes)')).toBeTruthy();
    const input = screen.getByLabelText('Add catalogue') as HTMLInputElement;
    const file = new File(['{"format":"lineage-atlas/graph"}'], 'mine.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() => expect(onAdd).toHaveBeenCalledWith('mine.json', '{"format":"lineage-atlas/graph"}'));
  });
});
