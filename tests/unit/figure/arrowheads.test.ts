// PNG arrowheads point where their edges go: the figure's markers rasterised by the PNG code of the CLI and the
// export dialog (resvg, main/node/figure-render), sampled beside the end of an edge in each of four directions.
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { markerDefs } from '../../../src/figure/primitives';
import { svgToPng } from '../../../main/node/figure-render';

const SIZE = 200; // points; rendered at 300 DPI, about 4.2 pixels a point
const W = 4; // stroke width: the head is 5 strokes long and 5 wide (markerWidth, markerHeight)
const ENDS = { right: [1, 0], left: [-1, 0], down: [0, 1], up: [0, -1] } as const;

/** One edge ending at the centre of the picture, heading `d`, drawn as figure/draw draws edges. */
function picture(d: readonly [number, number]): string {
  const c = SIZE / 2;
  const from = { x: c - d[0] * 60, y: c - d[1] * 60 };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE / 72}in" height="${SIZE / 72}in" viewBox="0 0 ${SIZE} ${SIZE}">`,
    `<defs>${markerDefs(['derived-from'], '#d55e00', 'print')}</defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<path d="M${from.x},${from.y} L${c},${c}" stroke="#000000" stroke-width="${W}" fill="none" marker-end="url(#arrow-derived-from)"/>`,
    `</svg>`,
  ].join('');
}

describe('figure arrowheads in PNG', () => {
  for (const [name, d] of Object.entries(ENDS))
    it(`points ${name} at the end of an edge heading ${name}`, () => {
      const png = PNG.sync.read(svgToPng(picture(d), { dpi: 300, size: 'custom', width: SIZE / 72 }));
      const k = png.width / SIZE;
      const dark = (x: number, y: number) => {
        const i = (Math.round(y * k) * png.width + Math.round(x * k)) * 4;
        return png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 200;
      };
      const c = SIZE / 2;
      const [len, half] = [5 * W, 2.5 * W];
      // Beside the line, 0.7 of the head back from its tip: inside a head that points the edge's way.
      const side = (back: number) =>
        [c - d[0] * back * len - d[1] * 0.2 * 2 * half, c - d[1] * back * len + d[0] * 0.2 * 2 * half] as const;
      expect(dark(...side(0.7)), 'the head sits on the edge, its tip at the end').toBe(true);
      // The same point mirrored past the end: empty unless the head was drawn the wrong way round.
      expect(dark(...side(-0.7)), 'nothing beyond the end of the edge').toBe(false);
    });
});
