// Ambient types for libraries that ship none (cytoscape-fcose, svg-to-pdfkit).
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
