// panels/Layers: the layers of the graph (the survey, the Data Provenance Collection, dataset cards, a person's
// own file) with how many datasets each holds, and "Add catalogue…", which opens graph files as layers beside
// the built-in survey graph (web mode: a file input; the desktop's folder picker is not wired yet).
import { useRef } from 'react';
import { LAYER_KIND_NAME, type LayerInfo } from '../../src/model/layers';

type Props = {
  readonly counts: readonly { readonly layer: LayerInfo; readonly datasets: number; readonly nodes: number }[];
  readonly onAdd: (name: string, text: string) => void;
};

export function Layers({ counts, onAdd }: Props) {
  const input = useRef<HTMLInputElement>(null);
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
      <button type="button" onClick={() => input.current?.click()} title="Open graph files (an import of a catalogue) as layers">
        Add catalogue…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        multiple
        hidden
        aria-label="Add catalogue"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          for (const f of files) void f.text().then((text) => onAdd(f.name, text));
        }}
      />
    </section>
  );
}
