// main/ipc: typed ipcMain.handle for each channel of the contract: the sender is checked, the request parsed,
// and every failure returned as a value with a readable message.
import { type IpcMainInvokeEvent, ipcMain, type WebContents } from 'electron';
import { z } from 'zod';
import { CHANNELS, type Channel, type EventChannel, type EventValue } from '../src/ipc/contract';
import type { Handlers } from './handlers';

/** Wraps a handler: only the app's own page may call it, and only with a request the contract accepts. */
export function guard<C extends Channel>(channel: C, handler: Handlers[C], isAppSender: (url: string) => boolean) {
  return async (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, raw: unknown) => {
    const url = event.senderFrame?.url ?? '';
    if (!isAppSender(url)) return { ok: false, message: `ipc: ${channel} refused for ${url || 'an unknown sender'}` };
    const parsed = CHANNELS[channel].request.safeParse(raw ?? {});
    if (!parsed.success) return { ok: false, message: `ipc: ${channel}: bad request: ${z.prettifyError(parsed.error)}` };
    try {
      return await (handler as (req: unknown) => Promise<unknown>)(parsed.data);
    } catch (e) {
      return { ok: false, message: `${channel} failed: ${(e as Error).message}` };
    }
  };
}

export function registerHandlers(handlers: Handlers, isAppSender: (url: string) => boolean): void {
  for (const channel of Object.keys(CHANNELS) as Channel[]) ipcMain.handle(channel, guard(channel, handlers[channel], isAppSender));
}

/** Sends a one-way event of the contract to the page, its value typed by the event. */
export function sendEvent<E extends EventChannel>(contents: Pick<WebContents, 'send'>, event: E, value: EventValue<E>): void {
  contents.send(event, value);
}
