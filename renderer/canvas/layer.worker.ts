// canvas/layer.worker: draws a canvas layer (canvas/layer) off the page's main thread, on the canvas the page hands
// it (transferControlToOffscreen): what it draws reaches the screen without the page's thread.
import { type Drawable, type LayerDone, type LayerJob, paint } from './layer';

const scope = self as unknown as { postMessage: (m: LayerDone) => void; onmessage: ((e: MessageEvent<Message>) => void) | null };
type Message = { readonly type: 'canvas'; readonly canvas: OffscreenCanvas } | LayerJob;

let ctx: OffscreenCanvasRenderingContext2D | null = null;
let model: Drawable | null = null;
scope.onmessage = (e) => {
  const m = e.data;
  if (m.type === 'canvas') return void (ctx = m.canvas.getContext('2d'));
  if (m.model !== undefined) model = m.model;
  const t0 = performance.now();
  const drawn = ctx ? paint(ctx, m, model) : { lines: 0, nodes: 0 };
  scope.postMessage({ type: 'drawn', id: m.id, ...drawn, ms: performance.now() - t0 });
};
