// main/node/figure-render: PNG (resvg) and PDF (pdfkit + svg-to-pdfkit) made from the one SVG, with embedded fonts.
import { renderAsync, Resvg } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import { figureWidthInches, type FigureOptions } from '../../src/figure/options';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
export const FONT_FILES = { regular: join(fontDir, 'DejaVuSans.ttf'), bold: join(fontDir, 'DejaVuSans-Bold.ttf') };

/** Adds a pHYs chunk so programs that read PNG resolution (Word, LaTeX, image viewers) see the DPI. */
export function setPngDpi(png: Buffer, dpi: number): Buffer {
  if (png.readUInt32BE(12) !== 0x49484452) throw new Error('figure-render: not a PNG (no IHDR chunk first)');
  const ppm = Math.round(dpi / 0.0254);
  const data = Buffer.alloc(9);
  data.writeUInt32BE(ppm, 0);
  data.writeUInt32BE(ppm, 4);
  data.writeUInt8(1, 8); // unit: metre
  const type = Buffer.from('pHYs', 'ascii');
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  type.copy(chunk, 4);
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(Buffer.concat([type, data])), 8 + data.length);
  const ihdrEnd = 8 + 12 + png.readUInt32BE(8); // signature + IHDR (length, type, data, crc)
  return Buffer.concat([png.subarray(0, ihdrEnd), chunk, png.subarray(ihdrEnd)]);
}

const pngOptions = (o: Pick<FigureOptions, 'dpi' | 'size' | 'width'>) => ({
  fitTo: { mode: 'width' as const, value: Math.round(figureWidthInches(o) * o.dpi) },
  font: { fontFiles: [FONT_FILES.regular, FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
});

/** The PNG, rendered synchronously (the CLI and scripts). */
export function svgToPng(svg: string, o: Pick<FigureOptions, 'dpi' | 'size' | 'width'>): Buffer {
  return setPngDpi(new Resvg(svg, pngOptions(o)).render().asPng(), o.dpi);
}

/** The PNG, rendered on a worker thread of resvg's (the desktop's main process, whose event loop every window shares). */
export async function svgToPngAsync(svg: string, o: Pick<FigureOptions, 'dpi' | 'size' | 'width'>): Promise<Buffer> {
  return setPngDpi((await renderAsync(svg, pngOptions(o))).asPng(), o.dpi);
}

/** The page of a composed figure: its size in points, and what the PDF's metadata says of it. */
export type PdfPage = {
  readonly widthPt: number;
  readonly heightPt: number;
  readonly title: string;
  readonly subject: string;
  readonly keywords: string;
};

/** A vector PDF the size of the figure, DejaVu Sans embedded (text stays selectable), the view in its metadata. */
export function svgToPdf(svg: string, meta: PdfPage): Promise<Buffer> {
  const [w, h] = [meta.widthPt, meta.heightPt];
  const doc = new PDFDocument({
    size: [w, h],
    margin: 0,
    autoFirstPage: true,
    info: { Title: meta.title, Subject: meta.subject, Keywords: meta.keywords, Creator: 'Lineage Atlas' },
  });
  doc.registerFont('DejaVu Sans', FONT_FILES.regular);
  doc.registerFont('DejaVu Sans Bold', FONT_FILES.bold);
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    // svg-to-pdfkit reads "in" at CSS's 96 per inch; give it the size in points, the PDF's unit.
    const sized = svg.replace(/(<svg [^>]*?)width="[^"]*" height="[^"]*"/, `$1width="${w}" height="${h}"`);
    SVGtoPDF(doc, sized, 0, 0, {
      width: w,
      height: h,
      assumePt: true,
      fontCallback: (_family, bold) => (bold ? 'DejaVu Sans Bold' : 'DejaVu Sans'),
    });
    doc.end();
  });
}
