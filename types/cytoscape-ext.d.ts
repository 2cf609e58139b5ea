// Ambient types for cytoscape extensions that ship none.
declare module 'cytoscape-fcose' {
  const ext: cytoscape.Ext;
  export default ext;
}
