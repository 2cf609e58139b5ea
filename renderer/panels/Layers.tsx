// panels/Layers: the layers of the graph (the survey, the Data Provenance Collection, dataset cards, a person's
// own file) with how many datasets each holds; "Add catalogue…" (a folder, card or graph files) and "Add from
// Hugging Face…" (one card by its id) import a catalogue and add it as a layer beside the survey graph.
import { useState } from 'react';
import { LAYER_KIND_NAME, type LayerInfo } from '../../src/model/layers';
import { AddCatalogue, type AddLayer } from './AddCatalogue';

type Props = {
  readonly counts: readonly { readonly layer: LayerInfo; readonly datasets: number; readonly nodes: number }[];
  /** A graph file (an import made by `npm run import`): its name and text. */
  readonly onAdd: (name: string, text: string) => void;
  /** A catalogue imported in the page. */
  readonly onAddLayer: AddLayer;
};

export function Layers({ counts, onAdd, onAddLayer }: Props) {
  const [adding, setAdding] = useState<'catalogue' | 'hub' | null>(null);
  return (
    <section className="layers" aria-label="Layers">
      <ul className="layer-counts">
        {counts.map(({ layer, datasets, nodes }) => (
          <li key={layer.name} title={LAYER_KIND_NAME[layer.kind]} data-layer-kind={layer.kind}>
            {layer.name}: {datasets.toLocaleString('en')} dataset{datasets === 1 ? '' : 's'}
            {nodes > datasets && ` (${nodes.toLocaleString('en')} nodes)`}
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => setAdding('catalogue')}
        title="A Data Provenance Collection checkout, dataset cards, or graph files"
      >
        Add catalogue…
      </button>
      <button type="button" onClick={() => setAdding('hub')} title="One dataset's card from the Hugging Face Hub, by its id">
        Add from Hugging Face…
      </button>
      {adding && (
        <AddCatalogue
          start={adding}
          onClose={() => setAdding(null)}
          onAddGraphText={onAdd}
          onAddLayer={(file, name, kind) => {
            setAdding(null);
            onAddLayer(file, name, kind);
          }}
        />
      )}
    </section>
  );
}
