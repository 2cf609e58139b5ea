// figure/legend: the node and edge kinds a figure draws, with their shape, colour and line, in rows that
// flow across the figure's width.
import { EDGE_KINDS, type EdgeKind } from '../schema/edges';
import { NODE_KINDS, type NodeKind } from '../schema/nodes';
import { LICENCE_FACET_NAME, LICENCE_FACETS } from '../licences/graph';
import type { LicenceFacet } from '../licences/inherit';
import { EDGE_STYLE, edgeColor, type FigureThemeName, LICENCE_COLOR, NODE_STYLE } from '../style/palette';
import { textWidth } from './metrics';
import type { MarkKey } from './marks';
import { dashArray, escapeXml, n2, shapePath } from './primitives';

type Item = { readonly width: number; readonly svg: (x: number, y: number) => string };

export type Legend = { readonly height: number; readonly svg: (top: number) => string };

/** The legend of these kinds; empty (height 0) when there is nothing to explain. */
export function legendOf(
  nodeKinds: ReadonlySet<NodeKind>,
  edgeKinds: ReadonlySet<EdgeKind>,
  o: {
    fs: number;
    width: number;
    x: number;
    text: string;
    theme: FigureThemeName;
    key: readonly MarkKey[];
    /** Datasets coloured by commercial use: the classes drawn and how many of each, in place of the dataset kind. */
    licences?: ReadonlyMap<LicenceFacet, number> | undefined;
  },
): Legend {
  const { fs } = o;
  const r = fs * 0.45;
  const label = (x: number, y: number, s: string) =>
    `<text x="${n2(x)}" y="${n2(y + fs * 0.35)}" font-size="${n2(fs)}" fill="${o.text}">${escapeXml(s)}</text>`;
  const licenceItems: Item[] = LICENCE_FACETS.filter((f) => o.licences?.has(f)).map((f) => {
    const text = `${LICENCE_FACET_NAME[f]} (${o.licences!.get(f)})`;
    return {
      width: r * 3 + textWidth(text, fs),
      svg: (x, y) =>
        `<g class="legend-licence" data-licence="${f}">${shapePath(NODE_STYLE.dataset.shape, x + r * 1.2, y, r)} fill="${LICENCE_COLOR[f]}"/>${label(x + r * 3, y, text)}</g>`,
    };
  });
  const items: Item[] = NODE_KINDS.filter((k) => nodeKinds.has(k) && !(o.licences && k === 'dataset')).map((k) => ({
    width: r * 3 + textWidth(NODE_STYLE[k].label, fs),
    svg: (x, y) =>
      `<g class="legend-node" data-kind="${k}">${shapePath(NODE_STYLE[k].shape, x + r * 1.2, y, r)} fill="${NODE_STYLE[k].color}"/>${label(x + r * 3, y, NODE_STYLE[k].label)}</g>`,
  }));
  items.unshift(...licenceItems);
  for (const k of EDGE_KINDS.filter((e) => edgeKinds.has(e))) {
    const st = EDGE_STYLE[k];
    const w = (st.width * fs) / 14;
    const len = fs * 2.2;
    items.push({
      width: len + fs * 0.5 + textWidth(st.label, fs),
      svg: (x, y) =>
        `<g class="legend-edge" data-kind="${k}"><line x1="${n2(x)}" y1="${n2(y)}" x2="${n2(x + len)}" y2="${n2(y)}" stroke="${edgeColor(k, o.theme)}" stroke-width="${n2(w)}"${dashArray(st.line, w)} marker-end="url(#arrow-${k})"/>${label(x + len + fs * 0.5, y, st.label)}</g>`,
    });
  }
  for (const k of o.key) {
    const code = `${k.code} `;
    items.push({
      width: textWidth(code, fs, 'bold') + textWidth(k.label, fs),
      svg: (x, y) =>
        `<g class="legend-mark" data-id="${escapeXml(k.id)}"><text x="${n2(x)}" y="${n2(y + fs * 0.35)}" font-size="${n2(fs)}" fill="${o.text}"><tspan font-weight="bold">${escapeXml(code)}</tspan>${escapeXml(k.label)}</text></g>`,
    });
  }
  if (items.length === 0) return { height: 0, svg: () => '' };
  const rows = flow(items, o.width, fs);
  return {
    height: rows.length * fs * 1.5 + fs * 0.6,
    svg: (top) => {
      const out: string[] = [];
      let y = top + fs * 0.6;
      for (const row of rows) {
        let x = o.x;
        for (const item of row) {
          out.push(item.svg(x, y + fs * 0.75));
          x += item.width + fs * 1.2;
        }
        y += fs * 1.5;
      }
      return `<g class="legend">${out.join('')}</g>`;
    },
  };
}

function flow(items: readonly Item[], width: number, fs: number): Item[][] {
  const rows: Item[][] = [];
  let row: Item[] = [];
  let used = 0;
  for (const item of items) {
    if (row.length && used + item.width > width) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push(item);
    used += item.width + fs * 1.2;
  }
  if (row.length) rows.push(row);
  return rows;
}
