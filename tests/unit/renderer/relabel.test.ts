import { describe, expect, it } from 'vitest';
import { type Clock, FRAME_MS, REST_MS, relabeller } from '../../../renderer/canvas/relabel';

/** A clock a test moves by hand: frames run when `tick` says, timeouts when time passes them. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const frames = new Map<number, () => void>();
  const timers = new Map<number, { at: number; f: () => void }>();
  const clock: Clock = {
    frame: (f) => (frames.set(next, f), next++),
    cancelFrame: (id) => void frames.delete(id),
    after: (f, ms) => (timers.set(next, { at: now + ms, f }), next++),
    cancelAfter: (id) => void timers.delete(id),
  };
  /** One frame, `ms` after the last: the timeouts due run, then the frame's callbacks. */
  const tick = (ms = 16) => {
    now += ms;
    for (const [id, t] of [...timers])
      if (t.at <= now) {
        timers.delete(id);
        t.f();
      }
    const due = [...frames.values()];
    frames.clear();
    for (const f of due) f();
  };
  return { clock, tick };
}

/** A relabeller on a fake clock whose passes take `cost` ms, and how many passes have run. */
function counted(cost: number) {
  const { clock, tick } = fakeClock();
  let passes = 0;
  const r = relabeller(
    () => passes++,
    () => cost,
    clock,
  );
  return { r, tick, passes: () => passes };
}

describe('canvas/relabel', () => {
  it('runs a pass on the next frame, once however often it is asked', () => {
    const { r, tick, passes } = counted(0);
    r.soon();
    r.soon();
    r.moved();
    expect(passes()).toBe(0);
    tick();
    expect(passes()).toBe(1);
    tick();
    expect(passes()).toBe(1);
  });

  it('follows each frame of a moving view while a pass fits in a frame', () => {
    const { r, tick, passes } = counted(FRAME_MS - 1);
    for (let i = 0; i < 5; i++) {
      r.moved();
      tick();
    }
    expect(passes()).toBe(5);
  });

  it('waits for the view to rest when a pass takes longer than a frame, then runs it once', () => {
    const { r, tick, passes } = counted(120);
    // A pan of 20 frames: no pass while it moves.
    for (let i = 0; i < 20; i++) {
      r.moved();
      tick();
    }
    expect(passes()).toBe(0);
    // At rest: one pass, after the first frame REST_MS or more after the last move (the last tick above was 16 ms after it).
    for (let t = 32; t < REST_MS; t += 16) tick();
    expect(passes()).toBe(0);
    tick();
    tick(0);
    expect(passes()).toBe(1);
    for (let i = 0; i < 20; i++) tick();
    expect(passes()).toBe(1);
  });

  it('runs a pass longer than a frame once that frame is painted: what asked for it shows first', () => {
    const { clock, tick } = fakeClock();
    const order: string[] = [];
    const r = relabeller(
      () => order.push('pass'),
      () => FRAME_MS + 1,
      clock,
    );
    r.soon();
    // The frame after the ask: its other callbacks (cytoscape drawing the new scene) run, and the frame is painted.
    clock.frame(() => order.push('scene drawn'));
    tick();
    expect(order).toEqual(['scene drawn']);
    r.soon(); // asked again meanwhile: still one pass
    tick(0);
    expect(order).toEqual(['scene drawn', 'pass']);
    tick();
    expect(order).toEqual(['scene drawn', 'pass']);
  });

  it('still answers anything but a move soon after the next frame, and stops', () => {
    const { r, tick, passes } = counted(500);
    r.moved();
    r.soon();
    tick();
    expect(passes()).toBe(0);
    tick(0);
    expect(passes()).toBe(1);
    r.moved();
    r.stop();
    for (let i = 0; i < 40; i++) tick();
    expect(passes()).toBe(1);
  });
});
