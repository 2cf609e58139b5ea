// The print layouts' tests share the mini graph and a print spec of a given room (7 pt text, 4 x 3 pt glyphs).
import type { PrintSpec } from '../../../src/layout';
import { printSpec } from '../../../src/figure/printed';
import { miniGraph } from '../../fixtures/mini';

export const g = miniGraph();

/** A spec whose room, whichever way the layout runs, is `width` by `height` points. */
export const spec = (width: number, height: number): PrintSpec =>
  printSpec(
    7,
    () => ({ w: 4, h: 3 }),
    undefined,
    () => ({ width, height }),
  );
