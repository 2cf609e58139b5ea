// figure/options: a figure's physical size, theme and furniture; lengths in inches, points, mm or cm.
import { z } from 'zod';

export const POINTS_PER_INCH = 72;
export const COLUMN_WIDTHS = { single: 3.5, double: 7.16 } as const;

const UNITS: Record<string, number> = { in: 1, pt: 1 / 72, mm: 1 / 25.4, cm: 1 / 2.54 };

/** "3.5in", "89mm", "8.9cm", "252pt" (or a bare number of inches) -> inches. */
export function parseLength(text: string): { ok: true; inches: number } | { ok: false; message: string } {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(in|pt|mm|cm)?\s*$/.exec(String(text));
  if (!m) return { ok: false, message: `"${text}" is not a length: write a number with in, pt, mm or cm (e.g. 3.5in)` };
  const inches = Number(m[1]) * UNITS[m[2] ?? 'in']!;
  if (inches < 0.5 || inches > 40) return { ok: false, message: `"${text}" is outside 0.5in to 40in` };
  return { ok: true, inches };
}

export const FigureOptions = z.strictObject({
  size: z.enum(['single', 'double', 'custom']).default('single').describe('single column (3.5in), double column (7.16in), or width/height'),
  width: z.number().min(0.5).max(40).optional().describe('inches; with size "custom"'),
  height: z.number().min(0.5).max(40).optional().describe('inches; omitted: as tall as the graph needs at that width'),
  theme: z.enum(['print', 'light', 'dark']).default('print'),
  title: z.string().max(300).optional(),
  caption: z.string().max(2000).optional(),
  legend: z.boolean().default(true),
  marks: z
    .boolean()
    .default(true)
    .describe(
      "techniques and models as short tags under the datasets' labels (T1, M1), explained in the legend's key, rather than as nodes; not in Figure 1's technique tree",
    ),
  fontSize: z.number().min(4).max(24).default(7).describe('points'),
  dpi: z
    .union([z.literal(150), z.literal(300), z.literal(600)])
    .default(300)
    .describe('for PNG'),
  transparent: z.boolean().default(false).describe('PNG without a background'),
  colourBy: z
    .enum(['kind', 'licence'])
    .default('kind')
    .describe("datasets in their kind's colour, or by commercial use along their lineage (issue 13), with its legend"),
});
export type FigureOptions = z.infer<typeof FigureOptions>;

export function figureWidthInches(o: Pick<FigureOptions, 'size' | 'width'>): number {
  if (o.size === 'custom') {
    if (o.width === undefined) throw new Error('figure/options: a custom size needs a width');
    return o.width;
  }
  return COLUMN_WIDTHS[o.size];
}
