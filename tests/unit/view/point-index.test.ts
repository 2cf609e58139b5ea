import { describe, expect, it } from 'vitest';
import { pointIndex } from '../../../src/view/point-index';

describe('view/point-index', () => {
  const places: Record<string, { x: number; y: number }> = { a: { x: 0, y: 0 }, b: { x: 10, y: 0 }, c: { x: 100, y: 100 } };
  const index = pointIndex(['a', 'b', 'c', 'nowhere', 'nan'], (id) => (id === 'nan' ? { x: NaN, y: 0 } : places[id]));

  it('finds the nearest node within a square of half side r, and none beyond it', () => {
    expect(index.at({ x: 4, y: 1 }, 5)).toBe('a');
    expect(index.at({ x: 6, y: -1 }, 5)).toBe('b');
    // In the square's corner, outside its circle: still found (nodes are drawn as squares at their widest).
    expect(index.at({ x: 104, y: 104 }, 5)).toBe('c');
    expect(index.at({ x: 50, y: 50 }, 5)).toBeUndefined();
  });

  it('lists the nodes in a box, whichever corners it is given by, and never one without a place', () => {
    expect(index.inBox(-1, -1, 11, 1).sort()).toEqual(['a', 'b']);
    expect(index.inBox(200, 200, 5, -5).sort()).toEqual(['b', 'c']);
    expect(index.inBox(-Infinity, -Infinity, Infinity, Infinity).sort()).toEqual(['a', 'b', 'c']);
  });

  it('answers nothing where nothing is placed', () => {
    const empty = pointIndex([], () => undefined);
    expect(empty.at({ x: 0, y: 0 }, 1e9)).toBeUndefined();
    expect(empty.inBox(-Infinity, -Infinity, Infinity, Infinity)).toEqual([]);
  });
});
