// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SurveyDisagreements } from '../../../renderer/panels/SurveyDisagreements';
import { miniFile, miniGraph } from '../../fixtures/mini';

afterEach(cleanup);

describe('panels/SurveyDisagreements', () => {
  it('shows nothing for a node without disagreements', () => {
    const g = miniGraph();
    const { container } = render(<SurveyDisagreements graph={g} node={g.getNodeAttributes('alpaca')} />);
    expect(container.textContent).toBe('');
  });
  it("puts the survey's value and the source's side by side, with the kind and both citations", () => {
    const file = miniFile();
    Object.assign(
      file.nodes.find((n) => n.id === 'alpaca')!,
      {
        disagreements: [
          {
            kind: 'wrong-model',
            about: 'response generator (Table 1)',
            survey: { value: 'MOSS', provenance: [{ kind: 'survey', locator: 'Table 1' }] },
            source: { value: 'gpt-3.5-turbo', provenance: [{ kind: 'url', url: 'https://example.org/readme', title: 'README' }] },
          },
        ],
        recordedAliases: [{ name: 'Alpacca', provenance: [{ kind: 'survey', locator: '§3.1' }] }],
      },
    );
    const g = miniGraph(file);
    render(<SurveyDisagreements graph={g} node={g.getNodeAttributes('alpaca')} />);
    const section = screen.getByRole('region', { name: 'Survey versus source' });
    const row = within(section).getAllByRole('row')[1]!;
    expect(within(row).getByRole('rowheader').textContent).toBe('response generator (Table 1) wrong model');
    const [survey, source] = within(row).getAllByRole('cell');
    expect(survey!.textContent).toBe('MOSS Survey, Table 1');
    expect(source!.textContent).toBe('gpt-3.5-turbo README');
    expect(section.textContent).toContain('“Alpacca” Survey, §3.1');
  });
});
