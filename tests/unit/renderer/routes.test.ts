import { describe, expect, it } from 'vitest';
import { pointsOf, ROUTE_TOLERANCE, segmentsOf } from '../../../renderer/canvas/routes';

describe('canvas/routes.segmentsOf', () => {
  it('gives nothing cytoscape could draw for a route of one point or nodes at one place', () => {
    expect(segmentsOf([{ x: 0, y: 0 }], { x: 0, y: 0 }, { x: 10, y: 0 })).toBeNull();
    expect(
      segmentsOf(
        [
          { x: 0, y: 0 },
          { x: 5, y: 5 },
        ],
        { x: 3, y: 3 },
        { x: 3, y: 3 },
      ),
    ).toBeNull();
  });
  it("puts a bend at its weight along the centres' line and its distance along cytoscape's normal (−dy, dx)", () => {
    // Source at (0,0), target at (100,0): the normal is (0, 1), so a bend 20 below the line (y down) is +20.
    const s = segmentsOf(
      [
        { x: 15, y: 0 },
        { x: 40, y: 20 },
        { x: 85, y: 0 },
      ],
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    )!;
    expect(s.weights).toEqual([0.4]);
    expect(s.distances).toEqual([20]);
    expect(s.sourceEnd).toEqual([15, 0]);
    expect(s.targetEnd).toEqual([-15, 0]);
    // Target to the left: the normal flips, and so does the sign.
    const back = segmentsOf(
      [
        { x: 85, y: 0 },
        { x: 40, y: 20 },
        { x: 15, y: 0 },
      ],
      { x: 100, y: 0 },
      { x: 0, y: 0 },
    )!;
    expect(back.weights).toEqual([0.6]);
    expect(back.distances).toEqual([-20]);
  });
  it('draws a route around an obstacle through the same points, its spline flattened to few bends', () => {
    const source = { x: 0, y: 0 };
    const target = { x: 200, y: 60 };
    // A flattened spline that swings 40 units below a straight line, sampled densely.
    const route = Array.from({ length: 49 }, (_, i) => {
      const t = i / 48;
      return { x: 10 + t * 180, y: t * 60 + Math.sin(Math.PI * t) * 40 };
    });
    const s = segmentsOf(route, source, target)!;
    expect(s.weights.length).toBeLessThan(20);
    const drawn = pointsOf(s, source, target);
    expect(drawn[0]).toEqual(route[0]);
    expect(drawn[drawn.length - 1]!.x).toBeCloseTo(route[48]!.x, 9);
    expect(drawn[drawn.length - 1]!.y).toBeCloseTo(route[48]!.y, 9);
    // Every point of the route lies within the tolerance of the polyline drawn.
    const distToPolyline = (p: { x: number; y: number }) =>
      Math.min(
        ...drawn.slice(1).map((b, i) => {
          const a = drawn[i]!;
          const [vx, vy] = [b.x - a.x, b.y - a.y];
          const t = Math.max(0, Math.min(1, ((p.x - a.x) * vx + (p.y - a.y) * vy) / (vx * vx + vy * vy)));
          return Math.hypot(p.x - a.x - t * vx, p.y - a.y - t * vy);
        }),
      );
    for (const p of route) expect(distToPolyline(p)).toBeLessThanOrEqual(ROUTE_TOLERANCE + 1e-9);
    // And it does swing: the middle bend is well off the straight line between the ends.
    expect(Math.max(...s.distances.map(Math.abs))).toBeGreaterThan(30);
  });
  it('gives a straight route one bend on the line, as cytoscape needs at least one', () => {
    const s = segmentsOf(
      [
        { x: 10, y: 0 },
        { x: 90, y: 0 },
      ],
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    )!;
    expect(s.weights).toEqual([0.5]);
    expect(s.distances[0]).toBeCloseTo(0, 12);
  });
});
