// legibility/measure: what a reader of an exported figure would complain about, measured in a browser on the
// SVG itself (getBBox of every shape and text, getPointAtLength along every edge), never on what the composer
// meant to draw. Used by the legibility tests and the figure gallery script.
import type { Page } from '@playwright/test';

export type Legibility = {
  readonly nodes: number;
  readonly unlabelled: readonly string[];
  /** Pairs of nodes whose labels overlap. */
  readonly labelOverlaps: readonly (readonly [string, string])[];
  /** [label's node, the node it covers]. */
  readonly labelsOverNodes: readonly (readonly [string, string])[];
  /** [label's node, edge through it]. */
  readonly edgesThroughLabels: readonly (readonly [string, string])[];
  readonly nodeOverlaps: readonly (readonly [string, string])[];
  /** The smallest label font size, in points at print size. */
  readonly smallestFont: number;
  /** How far the edges wind: their total length over the total of the straight lines between their ends. */
  readonly edgeDetour: number;
  /** How much the edges turn: the sum over edges of the heading's changes, in right angles (90° = 1). */
  readonly edgeTurns: number;
};

export const problems = (l: Legibility): number =>
  l.unlabelled.length + l.labelOverlaps.length + l.labelsOverNodes.length + l.edgesThroughLabels.length + l.nodeOverlaps.length;

/** Loads `svg` into the page and measures it. Boxes shrink by `tolerance` points so that touching is not overlapping. */
export async function measureSvg(page: Page, svg: string, tolerance = 0.25): Promise<Legibility> {
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body></html>`);
  return page.evaluate((tol) => {
    type B = { x0: number; y0: number; x1: number; y1: number };
    const box = (b: DOMRect | SVGRect): B => ({ x0: b.x + tol, y0: b.y + tol, x1: b.x + b.width - tol, y1: b.y + b.height - tol });
    const hit = (a: B, b: B) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
    const inside = (p: DOMPoint, b: B) => p.x > b.x0 && p.x < b.x1 && p.y > b.y0 && p.y < b.y1;
    const nodes = [...document.querySelectorAll<SVGGElement>('g.node')].map((g) => {
      const shape = g.firstElementChild as SVGGraphicsElement;
      const texts = [...g.querySelectorAll<SVGTextElement>('text')];
      return {
        id: g.dataset.id!,
        shape: box(shape.getBBox()),
        labels: texts.map((t) => box(t.getBBox())),
        fonts: texts.map((t) => Number(t.getAttribute('font-size'))),
      };
    });
    const edges = [...document.querySelectorAll<SVGGElement>('g.edge')].map((g) => {
      const path = g.querySelector('path')!;
      const len = path.getTotalLength();
      const points = Array.from({ length: Math.max(2, Math.ceil(len / 0.5)) + 1 }, (_, i) =>
        path.getPointAtLength((len * i) / Math.max(2, Math.ceil(len / 0.5))),
      );
      return { id: g.dataset.id!, points, len };
    });
    // Winding: headings every 2 pt along each path, turns summed (a spline's small wobbles add little).
    let [length, straight, turning] = [0, 0, 0];
    for (const e of edges) {
      const p = e.points;
      length += e.len;
      straight += Math.hypot(p[p.length - 1]!.x - p[0]!.x, p[p.length - 1]!.y - p[0]!.y);
      const step = Math.max(1, Math.round(2 / (e.len / (p.length - 1) || 1)));
      let last: number | undefined;
      for (let i = step; i < p.length; i += step) {
        const h = Math.atan2(p[i]!.y - p[i - step]!.y, p[i]!.x - p[i - step]!.x);
        if (last !== undefined) turning += Math.abs(Math.atan2(Math.sin(h - last), Math.cos(h - last)));
        last = h;
      }
    }
    const out = {
      nodes: nodes.length,
      unlabelled: nodes.filter((n) => n.labels.length === 0).map((n) => n.id),
      labelOverlaps: [] as [string, string][],
      labelsOverNodes: [] as [string, string][],
      edgesThroughLabels: [] as [string, string][],
      nodeOverlaps: [] as [string, string][],
      smallestFont: Math.min(...nodes.flatMap((n) => n.fonts)),
      edgeDetour: straight > 0 ? Math.round((length / straight) * 1000) / 1000 : 1,
      edgeTurns: Math.round((turning / (Math.PI / 2)) * 10) / 10,
    };
    for (let i = 0; i < nodes.length; i++) {
      const a = nodes[i]!;
      for (let j = 0; j < nodes.length; j++) {
        if (i === j) continue;
        const b = nodes[j]!;
        if (j > i && a.labels.some((la) => b.labels.some((lb) => hit(la, lb)))) out.labelOverlaps.push([a.id, b.id]);
        if (a.labels.some((la) => hit(la, b.shape))) out.labelsOverNodes.push([a.id, b.id]);
        if (j > i && hit(a.shape, b.shape)) out.nodeOverlaps.push([a.id, b.id]);
      }
      for (const e of edges) if (a.labels.some((la) => e.points.some((p) => inside(p, la)))) out.edgesThroughLabels.push([a.id, e.id]);
    }
    return out;
  }, tolerance);
}
