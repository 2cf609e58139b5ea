import { describe, expect, it } from 'vitest';
import { type LabelCandidate, labelGrid } from '../../../src/view/label-grid';

const c = (id: string, x: number, y: number, tier = 1, weight = 1): LabelCandidate => ({
  id,
  x,
  y,
  r: 5,
  width: 60,
  height: 14,
  tier,
  weight,
});
const screen = { width: 800, height: 600 };

describe('view/label-grid', () => {
  it('labels every node when there is room', () => {
    expect(labelGrid([c('a', 100, 100), c('b', 300, 100), c('c', 100, 300)], screen)).toEqual(new Set(['a', 'b', 'c']));
  });
  it('keeps one of two colliding labels: the more important, then the better connected', () => {
    expect(labelGrid([c('a', 100, 100, 1, 1), c('b', 110, 102, 1, 9)], screen)).toEqual(new Set(['b']));
    expect(labelGrid([c('a', 100, 100, 0, 1), c('b', 110, 102, 1, 9)], screen)).toEqual(new Set(['a']));
  });
  it('never keeps two overlapping labels, however many nodes crowd a cell', () => {
    const many = Array.from({ length: 400 }, (_, i) => c(`n${i}`, 100 + (i % 20) * 30, 100 + Math.floor(i / 20) * 22, 1, i % 7));
    const kept = [...labelGrid(many, screen)].map((id) => many.find((m) => m.id === id)!);
    expect(kept.length).toBeGreaterThan(3);
    for (let i = 0; i < kept.length; i++)
      for (let j = i + 1; j < kept.length; j++) {
        const [a, b] = [kept[i]!, kept[j]!];
        const overlapX = Math.abs(a.x - b.x) < (a.width + b.width) / 2;
        const overlapY = Math.abs(a.y - b.y) < a.height;
        expect(overlapX && overlapY).toBe(false);
      }
  });
  it('does not label what is off screen', () => {
    expect(labelGrid([c('a', -500, 100), c('b', 100, 900)], screen).size).toBe(0);
  });
});
