// cytoscape-fcose and cytoscape-svg ship without type declarations.
declare module 'cytoscape-fcose' {
  const fcose: import('cytoscape').Ext;
  export default fcose;
}

declare module 'cytoscape-svg' {
  const svg: import('cytoscape').Ext;
  export default svg;
}
