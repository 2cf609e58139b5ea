// The benchmark page (npm run bench): not part of the app.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench',
  base: './',
  build: { outDir: resolve('out/bench'), emptyOutDir: true, chunkSizeWarningLimit: 2500 },
});
