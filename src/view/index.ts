export * from './spec';
export * from './visible';
