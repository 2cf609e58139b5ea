// panels/Toolbar: search (Ctrl/Cmd+K), era, layout, filtered elements and theme.
import type { SetView } from '../state/useView';
import { useEffect, useRef, useState } from 'react';
import type { SearchIndex } from '../../src/queries/search';
import { Era } from '../../src/queries/facets';
import { setEra, setFilterMode, setLayout, toggleTheme } from '../../src/view/intents';
import { Layout, LAYOUTS, type ViewSpec } from '../../src/view/spec';
import { GENERATION_NAME, NODE_STYLE } from '../../src/style/palette';

/** What the web-mode Open dialog accepts: our graph files and every format of other tools the README lists. */
export const GRAPH_ACCEPT = '.json,.gexf,.graphml,.xml,.csv,.cyjs,application/json,application/xml,text/xml,text/csv';

const ERA_LABEL: Record<Era, string> = {
  all: 'All generations',
  'task-aggregation': GENERATION_NAME['task-aggregation'].name,
  instructgpt: GENERATION_NAME.instructgpt.name,
};
const LAYOUT_LABEL: Record<(typeof LAYOUTS)[number], string> = {
  timeline: 'Timeline',
  lineage: 'Lineage (layered)',
  force: 'Force (ForceAtlas2)',
  techniques: 'Figure 1: technique tree',
  comparison: 'Figure 2: comparison datasets',
};

type Props = {
  readonly view: ViewSpec;
  readonly setView: SetView;
  readonly index: SearchIndex;
  readonly onPick: (id: string) => void;
  readonly onOpenGraph: () => void;
  readonly onOpenView: () => void;
  readonly onSaveView: () => void;
  readonly onExport: () => void;
};

export function Toolbar({ view, setView, index, onPick, onOpenGraph, onOpenView, onSaveView, onExport }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const hits = index.search(query, 8);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const pick = (id: string) => {
    onPick(id);
    setQuery('');
    input.current?.blur();
  };

  return (
    <header className="toolbar">
      <h1 className="brand">Lineage Atlas</h1>
      <div className="search" role="combobox" aria-expanded={hits.length > 0} aria-haspopup="listbox" aria-owns="search-results">
        <input
          ref={input}
          type="search"
          aria-label="Search"
          aria-controls="search-results"
          aria-activedescendant={hits[active] ? `hit-${hits[active]!.id}` : undefined}
          placeholder="Search datasets, techniques, models… (Ctrl+K)"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Enter' && hits[active]) pick(hits[active]!.id);
            else if (e.key === 'Escape') setQuery('');
            else return;
            e.preventDefault();
          }}
        />
        {hits.length > 0 && (
          <ul id="search-results" role="listbox" aria-label="Search results">
            {hits.map((h, i) => (
              <li
                key={h.id}
                id={`hit-${h.id}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(h.id);
                }}
              >
                <span className={`kind-dot kind-${h.kind}`} aria-hidden="true" />
                {h.label} <small>{NODE_STYLE[h.kind].label}</small>
              </li>
            ))}
          </ul>
        )}
      </div>
      <label>
        Era{' '}
        <select aria-label="Era" value={view.filter.era} onChange={(e) => setView(setEra(Era.parse(e.target.value)))}>
          {Era.options.map((era) => (
            <option key={era} value={era}>
              {ERA_LABEL[era]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Layout{' '}
        <select aria-label="Layout" value={view.layout} onChange={(e) => setView(setLayout(Layout.parse(e.target.value)))}>
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {LAYOUT_LABEL[l]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Filtered out{' '}
        <select
          aria-label="Filtered out"
          value={view.filterMode}
          onChange={(e) => setView(setFilterMode(e.target.value === 'dim' ? 'dim' : 'hide'))}
        >
          <option value="hide">Hidden</option>
          <option value="dim">Dimmed</option>
        </select>
      </label>
      <button type="button" onClick={() => setView(toggleTheme())}>
        {view.theme === 'light' ? 'Dark theme' : 'Light theme'}
      </button>
      <span className="spacer" />
      <button type="button" onClick={onOpenGraph} title="Open a graph file (Ctrl+O)">
        Open graph…
      </button>
      <button type="button" onClick={onOpenView} title="Open a saved view">
        Open view…
      </button>
      <button type="button" onClick={onSaveView} title="Save this view (Ctrl+S)">
        Save view…
      </button>
      <button type="button" className="primary" onClick={onExport} title="Export a figure or the data (Ctrl+E)">
        Export…
      </button>
    </header>
  );
}
