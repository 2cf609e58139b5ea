import { describe, expect, it } from 'vitest';
import { type LabelCandidate, labelGrid, placeLabels } from '../../../src/view/label-grid';

const c = (id: string, x: number, y: number, tier = 1, weight = 1, side: 'below' | 'right' = 'below'): LabelCandidate => ({
  id,
  x,
  y,
  r: 5,
  width: 60,
  height: 14,
  tier,
  weight,
  side,
});
const screen = { width: 800, height: 600 };

type Box = readonly [number, number, number, number];
/** The box a placed label covers, as the stylesheet draws it on its side. */
function boxOf(k: LabelCandidate, side: string): Box {
  if (side === 'right') return [k.x + k.r + 1, k.y - k.height / 2, k.x + k.r + 1 + k.width, k.y + k.height / 2];
  if (side === 'left') return [k.x - k.r - 1 - k.width, k.y - k.height / 2, k.x - k.r - 1, k.y + k.height / 2];
  if (side === 'above') return [k.x - k.width / 2, k.y - k.r - 1 - k.height, k.x + k.width / 2, k.y - k.r - 1];
  return [k.x - k.width / 2, k.y + k.r + 1, k.x + k.width / 2, k.y + k.r + 1 + k.height];
}
const clash = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

describe('view/label-grid', () => {
  it('labels nothing when given nothing', () => {
    expect(placeLabels([], screen)).toEqual({ sides: new Map(), unplaced: [] });
  });
  it('labels every node on its layout side when there is room', () => {
    expect(labelGrid([c('a', 100, 100), c('b', 300, 100), c('c', 100, 300)], screen)).toEqual(new Set(['a', 'b', 'c']));
    const { sides } = placeLabels([c('a', 100, 100, 1, 1, 'right'), c('b', 300, 100)], screen);
    expect(sides).toEqual(
      new Map([
        ['a', 'right'],
        ['b', 'below'],
      ]),
    );
  });
  it('puts a label on another side where its own is taken, rather than dropping it', () => {
    // b's label right of it would run into a's label (a is the better connected, so placed first).
    const a = c('a', 100, 100, 1, 9, 'right');
    const b = c('b', 100, 95, 1, 1, 'right');
    const { sides } = placeLabels([a, b], screen);
    expect(sides.get('a')).toBe('right');
    expect(sides.get('b')).toBe('left');
  });
  it('keeps the more important of two labels where only one fits, on any side', () => {
    // Two nodes at the same place, boxed in by nodes on three sides: one label fits below, the better one's.
    const room = [c('w1', 340, 300, 3), c('w2', 260, 300, 3), c('w3', 300, 286, 3)];
    const kept = (a: LabelCandidate, b: LabelCandidate) => [...labelGrid([a, b, ...room], screen)].filter((id) => id === 'a' || id === 'b');
    expect(kept(c('a', 300, 300, 1, 1), c('b', 300, 300, 1, 9))).toEqual(['b']);
    expect(kept(c('a', 300, 300, 0, 1), c('b', 300, 300, 1, 9))).toEqual(['a']);
  });
  it('never drops a tier-0 label while a side is free: it may cover another node then', () => {
    // A focused node hemmed in by nodes left and right, whose labels are placed already; above it is free of labels but
    // a node sits there: the label goes over that node rather than being lost.
    const focus = c('f', 300, 300, 0, 1, 'right');
    const others = [c('l', 240, 300, 0, 9), c('r', 360, 300, 0, 9), c('u', 300, 280, 3), c('d', 300, 320, 3)];
    const { sides, unplaced } = placeLabels([focus, ...others], screen);
    expect(sides.has('f')).toBe(true);
    expect(unplaced).toEqual([]);
  });
  it('reports a tier-0 label that fits on no side, and does not keep it', () => {
    // Four tier-0 neighbours of greater weight take every side of f first.
    const f = c('f', 300, 300, 0, 1);
    const around = [c('n1', 300, 300 - 20, 0, 9), c('n2', 300, 300 + 20, 0, 9), c('n3', 300 - 66, 300, 0, 9), c('n4', 300 + 66, 300, 0, 9)];
    const all = [f, ...around];
    const { sides, unplaced } = placeLabels(all, screen);
    for (const n of around) expect(sides.has(n.id)).toBe(true);
    // Whether f is placed or reported, it is never silently dropped, and the placed labels never overlap.
    expect(sides.has('f') || unplaced.includes('f')).toBe(true);
    const placed = all.filter((k) => sides.has(k.id)).map((k) => boxOf(k, sides.get(k.id)!));
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(clash(placed[i]!, placed[j]!)).toBe(false);
    const crowd = Array.from({ length: 30 }, (_, i) => c(`t${i}`, 300, 300, 0, i));
    const many = placeLabels(crowd, screen);
    expect(many.sides.size).toBeGreaterThanOrEqual(2); // below and above at least: the corners of the others clash
    expect(many.sides.size + many.unplaced.length).toBe(30);
  });
  it('never keeps two overlapping labels, however many nodes crowd a cell', () => {
    const many = Array.from({ length: 400 }, (_, i) => c(`n${i}`, 100 + (i % 20) * 30, 100 + Math.floor(i / 20) * 22, 1, i % 7));
    const { sides } = placeLabels(many, screen);
    const kept = [...sides].map(([id, side]) =>
      boxOf(
        many.find((m) => m.id === id)!,
        side,
      ),
    );
    expect(kept.length).toBeGreaterThan(3);
    for (let i = 0; i < kept.length; i++) for (let j = i + 1; j < kept.length; j++) expect(clash(kept[i]!, kept[j]!)).toBe(false);
  });
  it('keeps labels off the obstacles it is given (text an overlay writes)', () => {
    const lane = { x1: 100, y1: 90, x2: 200, y2: 110 }; // over the right of a
    const { sides } = placeLabels([c('a', 90, 100, 1, 1, 'right')], screen, [lane]);
    expect(sides.get('a')).toBe('left');
    const boxedIn = [lane, { x1: 0, y1: 0, x2: 800, y2: 94 }, { x1: 0, y1: 106, x2: 800, y2: 600 }, { x1: 0, y1: 90, x2: 84, y2: 110 }];
    expect(placeLabels([c('a', 90, 100, 0, 1, 'right')], screen, boxedIn)).toEqual({ sides: new Map(), unplaced: ['a'] });
  });
  it('does not label what is off screen', () => {
    expect(labelGrid([c('a', -500, 100), c('b', 100, 900)], screen).size).toBe(0);
    // Near the left edge, every side but the left taken: no label runs off the screen but a tier 0 one.
    const taken = [
      { x1: 26, y1: 0, x2: 800, y2: 600 },
      { x1: 0, y1: 0, x2: 800, y2: 92 },
      { x1: 0, y1: 108, x2: 800, y2: 600 },
    ];
    const edge = (tier: number) => placeLabels([c('a', 20, 100, tier, 1, 'right')], screen, taken);
    expect(edge(1).sides.has('a')).toBe(false);
    expect(edge(0).sides.get('a')).toBe('left');
  });
});
