import { describe, expect, it } from 'vitest';
import { datasetRows, filterRows, sortRows } from '../../../src/view/table';
import { miniGraph } from '../../fixtures/mini';

const g = miniGraph();
const rows = datasetRows(g, g.nodes());

describe('view/table', () => {
  it('rejects an unknown sort column', () => {
    expect(() => sortRows(rows, 'colour' as never, 'ascending')).toThrow('view/table: unknown column "colour"');
  });
  it('makes one row per dataset among the ids, with Table 1 cells', () => {
    expect(rows.map((r) => r.id)).toEqual(['alpaca', 'chatalpaca', 'dolly-15k', 'flan-collection', 'llava-instruct-150k', 'self-instruct']);
    expect(rows[0]!.cells).toMatchObject({
      label: 'Alpaca',
      released: '2023-03-13',
      group: 'M-M',
      method: 'generated',
      license: 'CC-BY-NC-4.0',
    });
    expect(datasetRows(g, ['alpaca', 'text-davinci-003', 'nope'])).toHaveLength(1);
  });
  it('sorts both ways with empty cells last', () => {
    expect(sortRows(rows, 'released', 'ascending').map((r) => r.id)).toEqual([
      'self-instruct',
      'flan-collection',
      'alpaca',
      'chatalpaca',
      'llava-instruct-150k',
      'dolly-15k',
    ]);
    expect(sortRows(rows, 'license', 'descending').map((r) => r.id)[0]).toBe('alpaca');
    expect(sortRows(rows, 'license', 'ascending').map((r) => r.id)[0]).toBe('alpaca');
  });
  it('filters by words across cells', () => {
    expect(filterRows(rows, 'h-h').map((r) => r.id)).toEqual(['dolly-15k']);
    expect(filterRows(rows, 'generated m-m 2023-04').map((r) => r.id)).toEqual(['chatalpaca']);
    expect(filterRows(rows, '  ')).toHaveLength(6);
  });
});
