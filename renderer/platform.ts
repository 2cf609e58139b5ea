// platform: the desktop bridge when the preload provides one, and web-mode stand-ins (downloads, file inputs).
import { checkedBridge } from '../src/ipc/bridge';
import type { AtlasBridge } from '../src/ipc/contract';

const exposed = (window as unknown as { atlas?: AtlasBridge }).atlas;
/** The preload's bridge, every result and event parsed against the contract on arrival; undefined in web mode. */
export const bridge: AtlasBridge | undefined = exposed && checkedBridge(exposed, (message) => console.warn(message));

/** Web mode: save bytes as a download. */
export function download(name: string, data: string | Uint8Array | Blob, type = 'application/octet-stream'): void {
  const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Web mode: ask for a file with a file input; resolves with its name and text, or null when cancelled. */
export function pickFile(accept: string): Promise<{ name: string; text: string } | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      resolve(file ? { name: file.name, text: await file.text() } : null);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

/** Web mode: an SVG rendered to PNG bytes at a pixel width, through an image and a canvas. */
export async function svgToPngBlob(svg: string, widthPx: number, transparent: boolean): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = widthPx;
    canvas.height = Math.round((img.naturalHeight / img.naturalWidth) * widthPx);
    const ctx = canvas.getContext('2d')!;
    if (!transparent) {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
    }
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
