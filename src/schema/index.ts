// schema: the graph document's types, parsed by zod at every boundary.
export * from './citation';
export * from './document';
export * from './edges';
export * from './read';
export * from './nodes';
export * from './json-schema';
export * from './audit';
