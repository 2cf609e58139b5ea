// Web mode: the same renderer as a plain site (no Electron): `npm run web`, and what the end-to-end tests drive.
import { resolve } from 'node:path';
import { rendererBuild, rendererPlugins } from './vite.shared.ts';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: rendererPlugins(),
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  // Vite's own chunk-size warning stands: the page's first chunks each stay under it (see rendererBuild).
  build: { ...rendererBuild, outDir: resolve('out/web'), emptyOutDir: true },
});
