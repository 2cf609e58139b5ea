// canvas/relabel: when the label pass runs. Asked for, it runs on the next frame, once however often it was asked; a
// pass that takes longer than a frame runs once that frame is painted, so that what asked for it (a new scene) is on
// screen first, its labels following. While the view moves (a pan, a zoom, a framing's glide) it follows each frame
// only where a pass fits in one: a pass that took longer waits until the view has rested, so a pan over a big graph is
// not held up by a pass a frame (at 50,000 nodes a pass takes 90 to 240 ms in headless Chromium). Meanwhile the labels
// cytoscape draws move with their nodes, as they are.

/** A pass that took longer than this, in ms (a frame at 60 Hz), waits for the view to rest before running again. */
export const FRAME_MS = 16;
/** How long, in ms, the view must not move for a pass that does not fit in a frame to run. */
export const REST_MS = 150;

/** The timers it runs on (the window's, or a test's). */
export type Clock = {
  readonly frame: (f: () => void) => number;
  readonly cancelFrame: (id: number) => void;
  readonly after: (f: () => void, ms: number) => number;
  readonly cancelAfter: (id: number) => void;
};

const windowClock = (): Clock => ({
  frame: (f) => requestAnimationFrame(() => f()),
  cancelFrame: (id) => cancelAnimationFrame(id),
  after: (f, ms) => window.setTimeout(f, ms),
  cancelAfter: (id) => window.clearTimeout(id),
});

export type Relabel = {
  /** Something the labels depend on changed (a scene, a selection, a drop, a control over the canvas): the next frame. */
  readonly soon: () => void;
  /** The view moved: the next frame if a pass fits in one, else once the view has rested for REST_MS. */
  readonly moved: () => void;
  /** Nothing more runs. */
  readonly stop: () => void;
};

/**
 * Runs `pass` as asked (see Relabel). `cost` is what the last pass that did its work took, in ms (canvas/stage's
 * labelPassCost; 0 before the first).
 */
export function relabeller(pass: () => void, cost: () => number, clock: Clock = windowClock()): Relabel {
  let frame = 0;
  let rest = 0;
  /** A pass put after the frame it was asked in (a timeout set in a frame's callback runs once the frame is painted). */
  let late = 0;
  const soon = () => {
    if (frame || late) return;
    frame = clock.frame(() => {
      frame = 0;
      if (cost() <= FRAME_MS) return pass();
      // In the frame, it held back the frame's paint: a filter at 10,000 nodes reached the screen only after its
      // pass (clicked to painted 235 to 450 ms in the app, with a pass of 90 to 266 ms).
      late = clock.after(() => {
        late = 0;
        pass();
      }, 0);
    });
  };
  return {
    soon,
    moved: () => {
      if (rest) clock.cancelAfter(rest);
      rest = 0;
      if (cost() <= FRAME_MS) return soon();
      rest = clock.after(() => {
        rest = 0;
        soon();
      }, REST_MS);
    },
    stop: () => {
      if (frame) clock.cancelFrame(frame);
      if (rest) clock.cancelAfter(rest);
      if (late) clock.cancelAfter(late);
      frame = rest = late = 0;
    },
  };
}
