// ipc/contract: the one typed contract between main and the preload. Each channel names its request and its
// result schemas; both sides parse what they receive. Errors cross as values, never as thrown exceptions.
import { z } from 'zod';
import { FigureOptions } from '../figure/options';
import { ViewSpec } from '../view/spec';

/** What every invoke returns: a value, or a message a person can read. */
export const result = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), message: z.string() }),
  ]);
export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

const OpenedFile = z.strictObject({ name: z.string(), path: z.string(), text: z.string() });
const Saved = z.strictObject({ path: z.string() });
const Cancelled = z.null().describe('the user closed the dialog');

export const CHANNELS = {
  /**
   * Ask for a graph file with the Open dialog; main reads and checks what the user picks there. The page names
   * no path: a compromised page could otherwise probe any file (recent files are opened by main's menu).
   */
  'graph:open': { request: z.strictObject({}), result: result(OpenedFile.or(Cancelled)) },
  /** Ask for a view file with the Open dialog; as for graph:open, the page names no path. */
  'view:open': { request: z.strictObject({}), result: result(z.strictObject({ path: z.string(), view: ViewSpec }).or(Cancelled)) },
  /** Save a view with the Save dialog. */
  'view:save': { request: z.strictObject({ view: ViewSpec, suggestedName: z.string().max(200) }), result: result(Saved.or(Cancelled)) },
  /** Save exported bytes (a figure or data export) with the Save dialog. */
  'export:save': {
    request: z.strictObject({
      suggestedName: z.string().max(200),
      extension: z.string().regex(/^[a-z0-9]{1,8}$/),
      data: z.union([z.string(), z.instanceof(Uint8Array)]),
    }),
    result: result(Saved.or(Cancelled)),
  },
  /** Render a composed figure SVG to the format (PNG and PDF in main: resvg, pdfkit) and save it with the Save dialog. */
  'figure:save': {
    request: z.strictObject({
      svg: z.string().max(50_000_000),
      widthPt: z
        .number()
        .positive()
        .max(40 * 72),
      heightPt: z
        .number()
        .positive()
        .max(200 * 72),
      dataHash: z.string().max(100),
      format: z.enum(['svg', 'png', 'pdf']),
      options: FigureOptions,
      title: z.string().max(300),
      suggestedName: z.string().max(200),
      view: ViewSpec,
    }),
    result: result(Saved.or(Cancelled)),
  },
  'recent:list': { request: z.strictObject({}), result: result(z.array(z.string())) },
  /**
   * Ask for a catalogue folder (a Data Provenance Collection checkout, or dataset cards) with a folder dialog; main
   * reads only its summaries and cards, within limits, and the page imports them. The page names no path.
   */
  'catalogue:pick': {
    request: z.strictObject({}),
    result: result(
      z
        .strictObject({
          name: z.string(),
          files: z.array(z.strictObject({ path: z.string().max(4096), bytes: z.instanceof(Uint8Array) })).max(20_000),
        })
        .or(Cancelled),
    ),
  },
  /** Fetch a dataset's card from the Hugging Face Hub (https://huggingface.co only) by its id. */
  'hub:card': {
    request: z.strictObject({ id: z.string().min(1).max(200) }),
    result: result(z.strictObject({ id: z.string(), url: z.string(), text: z.string() })),
  },
} as const;

export type Channel = keyof typeof CHANNELS;
/** What the page sends (defaults may be left out) and what main's handler receives after parsing. */
export type Request<C extends Channel> = z.input<(typeof CHANNELS)[C]['request']>;
export type ParsedRequest<C extends Channel> = z.infer<(typeof CHANNELS)[C]['request']>;
export type Response<C extends Channel> = z.infer<(typeof CHANNELS)[C]['result']>;
/** One typed call for every channel: the preload's only way to reach main. */
export type Invoke = <C extends Channel>(channel: C, request: Request<C>) => Promise<Response<C>>;

/** A result as the contract describes it, or a failure naming the channel: never trust the other side's shape. */
export function parseResponse<C extends Channel>(channel: C, raw: unknown): Response<C> {
  const r = CHANNELS[channel].result.safeParse(raw);
  // Every result schema is result(...), whose failure branch is { ok: false, message }.
  return (r.success ? r.data : { ok: false, message: `ipc: ${channel}: bad response: ${z.prettifyError(r.error)}` }) as Response<C>;
}

/** Commands the menu sends to the page (main -> renderer, one-way). */
export const MENU_COMMANDS = [
  'open-graph',
  'open-view',
  'save-view',
  'export-figure',
  'export-data',
  'layout-timeline',
  'layout-lineage',
  'layout-force',
  'layout-techniques',
  'layout-comparison',
  'toggle-theme',
  'fit',
  'zoom-in',
  'zoom-out',
  'cite-survey',
] as const;
export const MenuCommand = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof MenuCommand>;

/** main -> renderer, one-way: each event's value schema. */
export const EVENTS = {
  /** A menu command. */
  'menu:command': MenuCommand,
  /** A file to open that arrived from the command line or a second launch. */
  'file:opened': OpenedFile,
} as const;
export type EventChannel = keyof typeof EVENTS;
export type EventValue<E extends EventChannel> = z.infer<(typeof EVENTS)[E]>;

/** The bridge the preload exposes as `window.atlas`: one method per channel. */
export type AtlasBridge = {
  readonly desktop: true;
  readonly openGraph: (req: Request<'graph:open'>) => Promise<Response<'graph:open'>>;
  readonly openView: (req: Request<'view:open'>) => Promise<Response<'view:open'>>;
  readonly saveView: (req: Request<'view:save'>) => Promise<Response<'view:save'>>;
  readonly saveExport: (req: Request<'export:save'>) => Promise<Response<'export:save'>>;
  readonly saveFigure: (req: Request<'figure:save'>) => Promise<Response<'figure:save'>>;
  readonly recentFiles: () => Promise<Response<'recent:list'>>;
  readonly pickCatalogue: () => Promise<Response<'catalogue:pick'>>;
  readonly hubCard: (req: Request<'hub:card'>) => Promise<Response<'hub:card'>>;
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  readonly onFileOpened: (listener: (file: EventValue<'file:opened'>) => void) => () => void;
};
