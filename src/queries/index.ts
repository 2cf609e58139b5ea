export * from './facets';
export * from './lineage';
export * from './report';
export * from './search';
export * from './histogram';
export * from './disagreements';
export * from './generations';
export * from './neighbours';
