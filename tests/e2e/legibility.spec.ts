// Exported figures measured as a reader sees them: every node labelled, no label over a label, a node or an
// edge, no two nodes overlapping, labels at 6 pt or more (issue "Legible lineage").
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { documentHash, figureOf } from '../../src/figure';
import { MAX_HEIGHT_INCHES } from '../../src/figure/printed';
import { prepareLayout } from '../../src/layout';
import { buildGraph } from '../../src/model/build';
import { defaultView } from '../../src/view/spec';
import { loadGraphFolder } from '../../main/node/graph-data';
import { measureSvg, problems } from '../legibility/measure';
import { LEGIBILITY_VIEWS, SIZES } from '../legibility/views';

const loaded = await loadGraphFolder(fileURLToPath(new URL('../../graph-data', import.meta.url)));
if (!loaded.ok) throw new Error('the built-in graph does not load');
const graph = buildGraph(loaded.document);
const hash = documentHash(loaded.document);
await prepareLayout('lineage'); // Graphviz, for the layered lineage

/**
 * Views that do not fit their size with every label legible: the figure must refuse, saying what would fit
 * (the issue allows that), and the check asserts the refusal rather than skipping the view. None today: all 48
 * datasets at single column were refused (about 8.2 in needed) while OL-CC sat in the undated gutter; dated, it
 * joins its month and the drawing fits.
 */
const REFUSED: ReadonlySet<string> = new Set([]);

/**
 * The dense views, whose long edges ran down the margins (edgeDetour 1.23, 1.21 and 1.13, edgeTurns 196, 165 and 172
 * before each layout of rows was routed for two schedules of sweeps and the straighter kept): a little above what they
 * measure now (1.19 and 167, 1.123 and 124, 1.131 and 170; all 48 at single column, which fits since OL-CC is dated, 1.18
 * and 181), so that a change that makes them wind more fails.
 */
const WINDING: Readonly<Record<string, { readonly detour: number; readonly turns: number }>> = {
  'instructgpt-era@single': { detour: 1.2, turns: 175 },
  'instructgpt-era@double': { detour: 1.13, turns: 125 },
  'all-datasets@single': { detour: 1.19, turns: 190 },
  'all-datasets@double': { detour: 1.14, turns: 175 },
};

for (const [name, patch] of Object.entries(LEGIBILITY_VIEWS))
  for (const size of SIZES) {
    test(`legibility: ${name} at ${size} column`, async ({ page }) => {
      const figure = figureOf(graph, hash, { ...defaultView(), ...patch }, { size });
      if (REFUSED.has(`${name}@${size}`)) {
        expect(figure.refusal, 'a figure that does not fit is refused').toMatch(/try (double column|a wider custom size)/);
        return;
      }
      expect(figure.refusal).toBeUndefined();
      expect(figure.heightPt, 'no taller than a page allows').toBeLessThanOrEqual(MAX_HEIGHT_INCHES * 72);
      const l = await measureSvg(page, figure.svg);
      console.log(`${name}@${size}: ${JSON.stringify({ ...l, problems: problems(l) })}`);
      expect(l.nodes).toBeGreaterThan(0);
      expect(l.smallestFont).toBeGreaterThanOrEqual(6);
      // Edges may wind around boxes, not wander: measured 1.00 to 1.30 on these views (edgeTurns is logged above).
      expect(l.edgeDetour, 'edge length over straight-line length').toBeLessThan(1.35);
      const winding = WINDING[`${name}@${size}`];
      if (winding) {
        expect(l.edgeDetour, 'edge length over straight-line length').toBeLessThan(winding.detour);
        expect(l.edgeTurns, 'edge turns, in right angles').toBeLessThan(winding.turns);
      }
      expect({
        unlabelled: l.unlabelled,
        labelOverlaps: l.labelOverlaps,
        labelsOverNodes: l.labelsOverNodes,
        edgesThroughLabels: l.edgesThroughLabels,
        nodeOverlaps: l.nodeOverlaps,
      }).toEqual({
        unlabelled: [],
        labelOverlaps: [],
        labelsOverNodes: [],
        edgesThroughLabels: [],
        nodeOverlaps: [],
      });
    });
  }
