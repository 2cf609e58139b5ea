import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EDGE_KINDS } from '../../../src/schema/edges';
import { Generation } from '../../../src/schema/nodes';
import { themeCss } from '../../../src/style/css';
import {
  BLACK_ON_DARK,
  cytoscapeLine,
  DASHES,
  EDGE_STYLE,
  edgeColor,
  FIGURE_THEMES,
  GENERATION_NAME,
  OKABE_ITO,
  strokeDasharray,
  THEMES,
} from '../../../src/style/palette';

describe('style/palette', () => {
  it('turns black edges light grey on dark backgrounds only', () => {
    expect(EDGE_STYLE['derived-from'].color).toBe(OKABE_ITO.black);
    expect(edgeColor('derived-from', 'dark')).toBe(BLACK_ON_DARK);
    expect(edgeColor('derived-from', 'light')).toBe(OKABE_ITO.black);
    expect(edgeColor('derived-from', 'print')).toBe(OKABE_ITO.black);
    expect(edgeColor('aggregates', 'dark')).toBe(OKABE_ITO.vermillion);
    for (const k of EDGE_KINDS) expect(edgeColor(k, 'dark')).not.toBe(THEMES.dark.background);
  });
  it('encodes dashes once, in line widths, for SVG and cytoscape alike', () => {
    expect(strokeDasharray('solid', 2)).toBeUndefined();
    expect(strokeDasharray('dashed', 1.5)).toBe('4.5 3');
    expect(strokeDasharray('dotted', 1)).toBe('1 1.6');
    expect(cytoscapeLine('solid', 2)).toEqual({ 'line-style': 'solid' });
    expect(cytoscapeLine('dashed', 1.5)).toEqual({ 'line-style': 'dashed', 'line-dash-pattern': [4.5, 3] });
    for (const line of ['dashed', 'dotted'] as const) {
      const svg = strokeDasharray(line, 2)!.split(' ').map(Number);
      expect(cytoscapeLine(line, 2)['line-dash-pattern']).toEqual(svg);
      expect(DASHES[line]).toHaveLength(2);
    }
  });
  it('names every generation, and the figure themes share the app theme colours', () => {
    for (const g of Generation.options) expect(GENERATION_NAME[g].name.length).toBeGreaterThan(GENERATION_NAME[g].short.length - 1);
    expect(FIGURE_THEMES.dark).toBe(THEMES.dark);
    expect(FIGURE_THEMES.print.background).toBe('#ffffff');
    expect(FIGURE_THEMES.print.text).toBe('#000000');
  });
});

describe('style/css', () => {
  it('renderer/theme.css is up to date (run `npm run theme-css` after changing the palette)', () => {
    const committed = readFileSync(new URL('../../../renderer/theme.css', import.meta.url), 'utf8');
    expect(committed).toBe(themeCss());
  });
  it('sets each theme colour as a variable', () => {
    const css = themeCss();
    expect(css).toContain(`--bg: ${THEMES.light.background};`);
    expect(css).toMatch(new RegExp(`\\.app\\.theme-dark \\{[^}]*--focus: ${THEMES.dark.focus};`));
    expect(css).toContain(`.kind-dataset { background: ${OKABE_ITO.blue}; }`);
    // The legend's lines read their colour from the theme: black on light, light grey on dark.
    expect(css).toMatch(/^:root, \.app \{[^}]*--edge-derived-from: #000000;/m);
    expect(css).toMatch(new RegExp(`^\\.app\\.theme-dark \\{[^}]*--edge-derived-from: ${BLACK_ON_DARK};`, 'm'));
  });
});
