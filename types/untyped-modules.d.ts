// Ambient types for libraries that ship none (cytoscape-fcose, svg-to-pdfkit), and for graphology-gexf's writer alone.
declare module 'cytoscape-fcose' {
  const ext: cytoscape.Ext;
  export default ext;
}

declare module 'svg-to-pdfkit' {
  type Options = {
    width?: number;
    height?: number;
    assumePt?: boolean;
    precision?: number;
    fontCallback?: (family: string, bold: boolean, italic: boolean) => string;
    warningCallback?: (message: string) => void;
  };
  function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options?: Options): void;
  export default SVGtoPDF;
}

// graphology-gexf's writer alone: its package entry also loads the parser and @xmldom/xmldom, which the renderer
// loads only when a foreign file is opened.
declare module 'graphology-gexf/common/writer.js' {
  import { write } from 'graphology-gexf';
  export default write;
}
