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
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
  /** x of each month between the year ticks (drawn as short ticks). */
  readonly minorTicks?: readonly number[];
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
};

/** Node box size every layout assumes (the canvas and the figure draw nodes this big). */
export const NODE_SIZE = 30;
