// ipc/bridge: the page's side of the contract. Wraps the bridge the preload exposes so that every result and
// every event value is parsed against the contract before the page uses it: a malformed one becomes a failure
// naming the channel (results) or is dropped (events), never a value of the wrong shape.
import { type AtlasBridge, type EventChannel, type EventValue, EVENTS, parseResponse } from './contract';

function checkedListener<E extends EventChannel>(event: E, listener: (value: EventValue<E>) => void, onBad: (message: string) => void) {
  return (raw: unknown) => {
    const r = EVENTS[event].safeParse(raw);
    if (r.success) listener(r.data as EventValue<E>);
    else onBad(`ipc: ${event}: bad value dropped`);
  };
}

/** The preload's bridge with every result and event parsed on arrival. `onBad` hears about dropped events. */
export function checkedBridge(raw: AtlasBridge, onBad: (message: string) => void = () => {}): AtlasBridge {
  return Object.freeze({
    desktop: true,
    openGraph: async (req) => parseResponse('graph:open', await raw.openGraph(req)),
    openView: async (req) => parseResponse('view:open', await raw.openView(req)),
    saveView: async (req) => parseResponse('view:save', await raw.saveView(req)),
    saveExport: async (req) => parseResponse('export:save', await raw.saveExport(req)),
    saveFigure: async (req) => parseResponse('figure:save', await raw.saveFigure(req)),
    recentFiles: async () => parseResponse('recent:list', await raw.recentFiles()),
    pickCatalogue: async () => parseResponse('catalogue:pick', await raw.pickCatalogue()),
    hubCard: async (req) => parseResponse('hub:card', await raw.hubCard(req)),
    onMenuCommand: (listener) => raw.onMenuCommand(checkedListener('menu:command', listener, onBad)),
    onFileOpened: (listener) => raw.onFileOpened(checkedListener('file:opened', listener, onBad)),
  } satisfies AtlasBridge);
}
