// main/node/hub: fetch one dataset card from the Hugging Face Hub (Node only): `https://huggingface.co` and nothing
// else, the id checked first, a timeout, a size limit, redirects followed only on that host, and a message a person
// can act on when offline, when the card is missing, or when the dataset is gated.
import { decodeText } from '../../src/import/text';

export const HUB_ORIGIN = 'https://huggingface.co';
export const HUB_LIMITS = { timeoutMs: 15_000, maxBytes: 2 * 1024 * 1024, redirects: 3 };

/** A Hub dataset id: `name` or `owner/name`, letters, digits, `-`, `_`, `.`, no `..`, at most 96 characters a part. */
const ID = /^(?:[A-Za-z0-9][A-Za-z0-9._-]{0,95}\/)?[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;
export const isHubDatasetId = (id: string): boolean => ID.test(id) && !id.includes('..');

export type HubCard = { readonly id: string; readonly url: string; readonly text: string };
export type HubResult = { readonly ok: true; readonly value: HubCard } | { readonly ok: false; readonly message: string };

/**
 * The origin cards are fetched from: the Hub, or (for tests against a local server only) an `http` loopback
 * address. Any other host or scheme is refused.
 */
export function checkOrigin(base: string): { ok: true; origin: string } | { ok: false; message: string } {
  let u: URL;
  try {
    u = new URL(base);
  } catch {
    return { ok: false, message: `"${base}" is not an address` };
  }
  if (u.origin === HUB_ORIGIN) return { ok: true, origin: u.origin };
  const loopback = u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]');
  return loopback ? { ok: true, origin: u.origin } : { ok: false, message: `cards are fetched from ${HUB_ORIGIN} only, not ${u.origin}` };
}

/** The address of a dataset's card on the Hub's main branch. */
export const hubReadmeUrl = (id: string, origin = HUB_ORIGIN): string =>
  `${origin}/datasets/${id.split('/').map(encodeURIComponent).join('/')}/raw/main/README.md`;

const why = (e: unknown): string => {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return 'it did not answer in time';
  return err.cause?.code ?? err.cause?.message ?? err.message ?? String(e);
};

/** Reads a body up to `max` bytes; more is refused rather than cut. */
async function bodyWithin(res: Response, max: number): Promise<Uint8Array | undefined> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) return undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body ?? []) {
    size += (chunk as Uint8Array).byteLength;
    if (size > max) return undefined;
    chunks.push(chunk as Uint8Array);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Fetches the card of dataset `id`. `base` is for tests (a local server); the app always uses the Hub. */
export async function fetchHubCard(id: string, options: { base?: string; timeoutMs?: number; maxBytes?: number } = {}): Promise<HubResult> {
  if (!isHubDatasetId(id))
    return { ok: false, message: `"${id.slice(0, 100)}" is not a dataset id on the Hub (owner/name, e.g. tatsu-lab/alpaca)` };
  const origin = checkOrigin(options.base ?? HUB_ORIGIN);
  if (!origin.ok) return origin;
  const host = new URL(origin.origin).host;
  const signal = AbortSignal.timeout(options.timeoutMs ?? HUB_LIMITS.timeoutMs);
  let url = hubReadmeUrl(id, origin.origin);
  try {
    for (let hop = 0; ; hop++) {
      const res = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/plain, text/markdown' } });
      if (res.status >= 300 && res.status < 400) {
        const to = new URL(res.headers.get('location') ?? '', url);
        await res.body?.cancel();
        if (to.origin !== origin.origin)
          return { ok: false, message: `the Hub sent the card's request to ${to.origin}, which is not followed` };
        if (hop >= HUB_LIMITS.redirects) return { ok: false, message: `too many redirects for "${id}"` };
        url = to.href;
        continue;
      }
      if (res.status === 404) {
        await res.body?.cancel();
        return {
          ok: false,
          message: `the Hub has no dataset card for "${id}" (404): check the id; a dataset without a README has no card`,
        };
      }
      if (res.status === 401 || res.status === 403) {
        await res.body?.cancel();
        return { ok: false, message: `the card of "${id}" is not public (${res.status}): the dataset is private or gated` };
      }
      if (!res.ok) {
        await res.body?.cancel();
        return { ok: false, message: `${host} answered ${res.status} for the card of "${id}"` };
      }
      const max = options.maxBytes ?? HUB_LIMITS.maxBytes;
      const bytes = await bodyWithin(res, max);
      if (!bytes) return { ok: false, message: `the card of "${id}" is larger than ${Math.round(max / 1024)} KB; it was not read` };
      const text = decodeText(bytes);
      if (!text.ok) return { ok: false, message: `the card of "${id}": ${text.message}` };
      return { ok: true, value: { id, url, text: text.text } };
    }
  } catch (e) {
    return { ok: false, message: `could not reach ${host} (${why(e)}): are you offline? Adding from Hugging Face needs the internet` };
  }
}
