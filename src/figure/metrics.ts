// figure/metrics: text measured with DejaVu Sans's real advance widths (the font the PDF embeds and the PNG
// renderer loads), from a table generated out of the font files by scripts/font-metrics.ts.
import table from './dejavu-metrics.json' with { type: 'json' };

export const FIGURE_FONT = 'DejaVu Sans';

type Weight = 'regular' | 'bold';

function expand(runs: ReadonlyArray<readonly [number, readonly number[]]>): Map<number, number> {
  const out = new Map<number, number>();
  for (const [first, widths] of runs) widths.forEach((w, i) => out.set(first + i, w / table.unitsPerEm));
  return out;
}

const EMS: Record<Weight, Map<number, number>> = {
  regular: expand(table.regular as Array<[number, number[]]>),
  bold: expand(table.bold as Array<[number, number[]]>),
};
/** A character the font lacks is drawn by a fallback font; measure it as wide as the widest common glyph ("M"). */
const MISSING: Record<Weight, number> = { regular: EMS.regular.get(0x4d)!, bold: EMS.bold.get(0x4d)! };

/**
 * Advance width of `text` at `size` (any unit: the result is in the same one). Kerning is left out,
 * which errs wide by under 2% on our labels (checked against fontkit's shaping in the tests).
 */
export function textWidth(text: string, size: number, weight: Weight = 'regular'): number {
  const ems = EMS[weight];
  let w = 0;
  for (const ch of text) w += ems.get(ch.codePointAt(0)!) ?? MISSING[weight];
  return w * size;
}

/** Height of a line box (ascent + descent) at `size`. */
export const lineHeight = (size: number): number => ((table.ascent - table.descent) / table.unitsPerEm) * size;

/** Words wrapped into lines no wider than `width` (a word longer than the width stands on its own line). */
export function wrap(text: string, width: number, size: number, weight: Weight = 'regular'): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, weight) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
