// electron-vite builds the three Electron targets from the top-level main/ and renderer/ folders.
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { rendererBuild, rendererPlugins } from './vite.shared.ts';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve('main/index.ts'), formats: ['es'] },
    },
  },
  preload: {
    // A sandboxed preload must be one CommonJS file with every dependency inlined.
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      isolatedEntries: true,
      lib: { entry: resolve('main/preload.ts'), formats: ['cjs'] },
      rolldownOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: rendererPlugins(),
    build: {
      outDir: resolve('out/renderer'),
      rolldownOptions: { ...rendererBuild.rolldownOptions, input: resolve('renderer/index.html') },
    },
  },
});
