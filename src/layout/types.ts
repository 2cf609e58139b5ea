// layout/types: the layouts there are, and what every layout returns.
import { z } from 'zod';

export const LAYOUTS = ['timeline', 'lineage', 'force', 'techniques', 'comparison'] as const;
export const Layout = z.enum(LAYOUTS);
export type Layout = z.infer<typeof Layout>;

export type Point = { readonly x: number; readonly y: number };
export type Positions = Readonly<Record<string, Point>>;

/** The time axis a timeline layout draws under the graph (also used by the figure composer). */
export type TimeAxis = {
  readonly kind: 'time';
  /**
   * The layout axis that the ticks', watershed's and bands' coordinates (named x, x0, x1) run along:
   * 'x' (time left to right, the default) or 'y' (time top to bottom, the layered layout's 'TB').
   */
  readonly along?: 'x' | 'y';
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
  /** Month ticks (label "YYYY-MM"), where a layout places months; the year ticks stay in `ticks`. */
  readonly months?: readonly { readonly x: number; readonly label: string }[];
  /** x of the InstructGPT watershed. */
  readonly watershed: { readonly x: number; readonly label: string };
  readonly bands: readonly { readonly x0: number; readonly x1: number; readonly label: string }[];
  readonly lanes: readonly { readonly y0: number; readonly y1: number; readonly label: string }[];
};

/** The two category axes of the survey's Figure 2 layout. */
export type GridAxis = {
  readonly kind: 'grid';
  readonly xTitle: string;
  readonly yTitle: string;
  readonly columns: readonly { readonly x0: number; readonly x1: number; readonly label: string }[];
  readonly rows: readonly { readonly y0: number; readonly y1: number; readonly label: string }[];
};

export type LayoutResult = {
  readonly positions: Positions;
  readonly axis?: TimeAxis | GridAxis;
  /**
   * Edge routes a layout computed around nodes and labels (layered layouts), by edge id: a polyline
   * in layout coordinates from the source's boundary to the target's. An edge with no route is drawn
   * straight between its nodes' centres.
   */
  readonly routes?: Readonly<Record<string, readonly Point[]>>;
  /**
   * Where the layout left room for each node's label: 'right' = the label starts `gap` units right of
   * the node's box, vertically centred on it, and runs `width` units (measured with the layout's
   * font size). Absent: the label goes below the node, as before.
   */
  readonly labels?: {
    readonly side: 'right';
    readonly gap: number;
    readonly fontSize: number;
    readonly widths: Readonly<Record<string, number>>;
  };
};

export { NODE_SIZE } from './size';
