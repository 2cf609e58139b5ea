// layout/print-box: what a figure asks of a print layout, and the box a node takes at print size: its glyph
// and, to its right, its label on one or more lines and a line of marks, with a point of room all round so
// that an edge routed around the box never touches the text.
import type { LayoutResult } from './types';

/** What a figure asks of a layout drawn at print size (1 unit = 1 pt). */
export type PrintSpec = {
  readonly fontSize: number;
  readonly measure: (text: string, fontSize: number) => number;
  /** Words wrapped into lines no wider than `width` at `fontSize`. */
  readonly wrap: (text: string, width: number, fontSize: number) => string[];
  /** The font's ascent and descent (em fractions, descent positive) and the distance between lines (ems). */
  readonly font: { readonly ascent: number; readonly descent: number; readonly line: number };
  /** The room for the drawing when time runs left to right (LR) or top to bottom (TB): the axes differ. */
  readonly room: (dir: 'LR' | 'TB') => { readonly width: number; readonly height: number };
  /** Half the width and height of a node's glyph. */
  readonly half: (id: string) => { readonly w: number; readonly h: number };
  /** A line under a node's label (its marks): the text and its font size. */
  readonly below?: (id: string) => { readonly text: string; readonly fontSize: number } | undefined;
};

/** A print layout: positions are glyph centres; each label's lines, first baseline and the node's whole box. */
export type PrintedLayout = LayoutResult & {
  readonly placed: Readonly<
    Record<
      string,
      { readonly lines: readonly string[]; readonly x: number; readonly y: number; readonly box: readonly [number, number, number, number] }
    >
  >;
  readonly size: { readonly width: number; readonly height: number };
  /** False when no arrangement fits the width and height asked: the figure must refuse, saying what would fit. */
  readonly fits: boolean;
};

export type NodeBox = {
  readonly id: string;
  readonly w: number;
  readonly h: number;
  readonly lines: readonly string[];
  /** The glyph's centre and the first baseline's start, from the box's top-left corner. */
  readonly glyph: { readonly x: number; readonly y: number };
  readonly text: { readonly x: number; readonly y: number };
};

const PAD = 1;
const GAP = 2;

/** The box of one node, its label wrapped at `wrapEms` font sizes (Infinity: one line). */
export function printBox(id: string, label: string, spec: PrintSpec, wrapEms: number): NodeBox {
  const fs = spec.fontSize;
  const { ascent, descent, line } = spec.font;
  const half = spec.half(id);
  const lines = wrapEms === Infinity ? [label] : spec.wrap(label, fs * wrapEms, fs);
  const below = spec.below?.(id);
  const textW = Math.max(...lines.map((l) => spec.measure(l, fs)), below ? spec.measure(below.text, below.fontSize) : 0);
  // The glyph is centred on the first line; the text's lines, then the marks, below.
  const cy = PAD + Math.max(half.h, (ascent + descent) * fs * 0.5);
  const baseline = cy + (ascent - (ascent + descent) * 0.5) * fs;
  let bottom = baseline + (lines.length - 1) * line * fs + descent * fs;
  if (below) bottom += line * fs - (fs - below.fontSize) * 0.2 + (descent * below.fontSize - descent * fs);
  const h = Math.ceil(Math.max(cy + half.h, bottom) + PAD);
  const w = Math.ceil(PAD + 2 * half.w + GAP + textW + PAD);
  return { id, w, h, lines, glyph: { x: PAD + half.w, y: cy }, text: { x: PAD + 2 * half.w + GAP, y: baseline } };
}
