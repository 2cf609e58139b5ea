// What both renderer builds share (electron-vite's renderer and web mode): React, and the CSP.
import react from '@vitejs/plugin-react';
import type { Plugin, PluginOption } from 'vite';

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
