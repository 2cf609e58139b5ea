// The DejaVu Sans metrics table, from the TrueType files with fontkit (shared by the script and its test).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);
export const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

type Runs = Array<[number, number[]]>;

function open(file: string): fontkit.Font {
  const f = fontkit.openSync(join(FONT_DIR, file));
  if (!('characterSet' in f)) throw new Error(`font-metrics: ${file} is a collection, not a font`);
  return f as fontkit.Font;
}

/** Runs of consecutive code points with their advance widths in font units: [first, [w0, w1, ...]]. */
function advances(font: fontkit.Font): Runs {
  const points = font.characterSet.filter((c) => c <= 0xffff).sort((a, b) => a - b);
  const runs: Runs = [];
  for (const c of points) {
    const w = font.glyphForCodePoint(c).advanceWidth;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1].length === c) last[1].push(w);
    else runs.push([c, [w]]);
  }
  return runs;
}

export function fontMetricsJson(): string {
  const regular = open('DejaVuSans.ttf');
  const bold = open('DejaVuSans-Bold.ttf');
  const table = {
    source:
      'DejaVu Sans 2.37 (npm dejavu-fonts-ttf), advance widths by code point, without kerning (which only narrows text: measures err wide, never narrow)',
    unitsPerEm: regular.unitsPerEm,
    ascent: regular.ascent,
    descent: regular.descent,
    regular: advances(regular),
    bold: advances(bold),
  };
  return `${JSON.stringify(table)}\n`;
}

/** fontkit's own shaped width (with kerning) of a string, in ems: what the test compares against. */
export function shapedWidthEms(text: string, weight: 'regular' | 'bold' = 'regular'): number {
  const font = open(weight === 'bold' ? 'DejaVuSans-Bold.ttf' : 'DejaVuSans.ttf');
  return font.layout(text).advanceWidth / font.unitsPerEm;
}
