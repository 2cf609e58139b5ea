// What both renderer builds share (electron-vite's renderer and web mode): React, the CSP and the chunks.
import react from '@vitejs/plugin-react';
import type { BuildEnvironmentOptions, Plugin, PluginOption } from 'vite';

/** The Content Security Policy of the built renderer. No remote content, no inline or eval'd script. */
export const CSP = [
  "default-src 'none'",
  // 'wasm-unsafe-eval' compiles WebAssembly (Graphviz, for the layered lineage layout) and nothing else: no eval of script.
  "script-src 'self' 'wasm-unsafe-eval'",
  // cytoscape injects one fixed <style> rule (".__________cytoscape_container { position: relative; }"); its hash
  // admits that rule and nothing else.
  "style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Adds the CSP meta tag to built pages only: the dev server's hot reload needs inline script. */
const csp = (): Plugin => ({
  name: 'lineage-atlas-csp',
  apply: 'build',
  transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
});

export const rendererPlugins = (): PluginOption[] => [react(), csp()];

/**
 * The first download in chunks the page fetches side by side, each under Vite's 500 kB warning (issue 11): the
 * libraries that change least in chunks of their own (so an update of the app leaves them cached), and the
 * survey's graph files, bundled as text, in one more. What only a dialog or a layout needs is imported lazily.
 */
const VENDOR_CHUNKS: readonly { readonly name: string; readonly test: RegExp }[] = [
  { name: 'cytoscape', test: /[\\/]node_modules[\\/]cytoscape[\\/]/ },
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/ },
  { name: 'graph-data', test: /[\\/]graph-data[\\/][^\\/]+\.json\?raw$/ },
];

export const rendererBuild = {
  rolldownOptions: { output: { codeSplitting: { groups: VENDOR_CHUNKS.map((g) => ({ ...g })) } } },
} satisfies BuildEnvironmentOptions;
