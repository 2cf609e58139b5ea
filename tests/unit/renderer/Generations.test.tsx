// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Generations } from '../../../renderer/panels/Generations';
import { sceneMembers, statusLine } from '../../../src/view/scene';
import { defaultView } from '../../../src/view/spec';
import { miniFile, miniGraph } from '../../fixtures/mini';
import { shownOf } from '../../../src/export/data';

afterEach(cleanup);

/** The mini graph with ChatAlpaca's and Flan's release dates taken away. */
function undatedGraph() {
  const f = miniFile();
  for (const n of f.nodes) if (n.id === 'chatalpaca' || n.id === 'flan-collection') delete (n as { released?: unknown }).released;
  return miniGraph(f);
}

describe('panels/Generations', () => {
  it('says how many shown datasets have no release date, as the status line does, and where they went', async () => {
    const g = undatedGraph();
    const scene = sceneMembers(g, defaultView());
    const pick = vi.fn();
    render(<Generations graph={g} ids={shownOf(scene).nodes} onPick={pick} />);
    const note = screen.getByRole('note', { name: 'Undated datasets' });
    expect(scene.status.undated).toBe(2);
    expect(statusLine(scene.status)).toContain('2 undated');
    expect(note.textContent).toMatch(
      /^2 shown datasets have no release date and are not in this chart \(the time layouts put them in their “undated” gutter\)/,
    );
    await userEvent.click(within(note).getByRole('button', { name: 'ChatAlpaca' }));
    expect(pick).toHaveBeenCalledWith('chatalpaca');
  });
  it('says nothing of undated datasets when every shown dataset has a date', () => {
    const g = miniGraph();
    render(<Generations graph={g} ids={shownOf(sceneMembers(g, defaultView())).nodes} onPick={() => {}} />);
    expect(screen.queryByRole('note', { name: 'Undated datasets' })).toBeNull();
  });
});
