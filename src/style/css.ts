// style/css: the palette's theme colours as CSS custom properties, written to renderer/theme.css
// (`npm run theme-css`; a unit test fails when the file is out of date), so the stylesheet names no colour twice.
// Each edge kind's colour is a variable too (`--edge-derived-from`), so the legend follows the theme.
import { EDGE_KINDS } from '../schema/edges';
import { NODE_KINDS } from '../schema/nodes';
import { edgeColor, NODE_STYLE, type Theme, THEMES, type ThemeName } from './palette';

const vars = (name: ThemeName, t: Theme = THEMES[name]): string =>
  [
    `--bg: ${t.background};`,
    `--fg: ${t.text};`,
    `--muted: ${t.muted};`,
    `--line: ${t.line};`,
    `--panel: ${t.panel};`,
    `--accent: ${t.accent};`,
    `--focus: ${t.focus};`,
    `--band-0: ${t.bands[0]};`,
    `--band-1: ${t.bands[1]};`,
    ...EDGE_KINDS.map((k) => `--edge-${k}: ${edgeColor(k, name)};`),
  ].join(' ');

/** The text of renderer/theme.css. */
export function themeCss(): string {
  return [
    '/* Generated from src/style/palette.ts by `npm run theme-css`: do not edit. */',
    '/* The light theme also on :root, for what sits outside .app (the message dialog). */',
    `:root, .app { ${vars('light')} }`,
    `.app.theme-dark { ${vars('dark')} }`,
    ...NODE_KINDS.map((k) => `.kind-${k} { background: ${NODE_STYLE[k].color}; }`),
    '',
  ].join('\n');
}
