export * from './spec';
export * from './visible';
export * from './scene';
export * from './table';
