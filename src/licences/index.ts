// licences: licence terms along data lineage (issue 13).
export * from './terms';
export * from './inherit';
export * from './audit';
export * from './graph';
