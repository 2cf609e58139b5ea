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
  it('places as the plain rules say, checked against every box, however the nodes crowd and whatever the zoom', () => {
    // A reference without any index: each candidate in order, each side checked against every kept label, every
    // obstacle and every other node's shape. The grid's cells (by the nodes' spacing, edge cells for what lies past
    // the screen) and its leaving out of nodes that can have no label must change nothing.
    let seed = 3;
    const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const order: Record<'below' | 'right', string[]> = {
      below: ['below', 'above', 'right', 'left'],
      right: ['right', 'left', 'below', 'above'],
    };
    function reference(cs: readonly LabelCandidate[], obstacles: readonly Box[]) {
      const on = cs.filter((k) => k.x + k.r >= 0 && k.x - k.r <= screen.width && k.y + k.r >= 0 && k.y - k.r <= screen.height);
      const ranked = [...on].sort((a, b) => a.tier - b.tier || b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const kept: Box[] = [...obstacles];
      const sides = new Map<string, string>();
      const unplaced: string[] = [];
      for (const k of ranked) {
        let best: { side: string; box: Box; cost: number } | null = null;
        for (const side of order[k.side ?? 'below']) {
          const box = boxOf(k, side);
          if (kept.some((o) => clash(box, o))) continue;
          const overShape = on.some((o) => o !== k && clash(box, [o.x - o.r, o.y - o.r, o.x + o.r, o.y + o.r]));
          const off = !(box[0] >= 0 && box[1] >= 0 && box[2] <= screen.width && box[3] <= screen.height);
          if ((overShape || off) && k.tier > 0) continue;
          const cost = (overShape ? 1 : 0) + (off ? 2 : 0);
          if (!best || cost < best.cost) best = { side, box, cost };
          if (cost === 0) break;
        }
        if (best) {
          sides.set(k.id, best.side);
          kept.push(best.box);
        } else if (k.tier === 0) unplaced.push(k.id);
      }
      return { sides: [...sides], unplaced };
    }
    // From 30 nodes spread wide to 3,000 crowded into a corner (a zoomed-out screen), shapes from 0.3 px to 12 px, some
    // past the screen's edges; tiers 0 to 2, weights with ties, both layout sides, an overlay's box or none.
    for (const [n, spread, r] of [
      [30, 800, 12],
      [300, 800, 5],
      [600, 300, 2],
      [3000, 400, 0.3],
      [2000, 900, 1],
    ] as const) {
      const cs = Array.from({ length: n }, (_, i) => ({
        ...c(`n${i}`, rand() * spread - 20, rand() * spread * 0.75 - 20, rand() < 0.02 ? 0 : rand() < 0.5 ? 1 : 2, Math.floor(rand() * 4)),
        r,
        width: 20 + rand() * 60,
        side: rand() < 0.5 ? ('below' as const) : ('right' as const),
      }));
      const obstacles: Box[] = n % 2 ? [] : [[0, 560, 800, 600]];
      const got = placeLabels(
        cs,
        screen,
        obstacles.map(([x1, y1, x2, y2]) => ({ x1, y1, x2, y2 })),
      );
      const want = reference(cs, obstacles);
      expect(want.sides.length).toBeGreaterThan(5);
      expect({ sides: [...got.sides], unplaced: got.unplaced }).toEqual(want);
    }
  });
});
