// Web mode: the same renderer as a plain site (no Electron): `npm run web`, and what the end-to-end tests drive.
import { resolve } from 'node:path';
import { rendererPlugins } from './vite.shared.ts';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: rendererPlugins(),
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  // One bundle for a local app: cytoscape, dagre and zod make ~1 MB, loaded from disk, not a network.
  build: { outDir: resolve('out/web'), emptyOutDir: true, chunkSizeWarningLimit: 2500 },
});
