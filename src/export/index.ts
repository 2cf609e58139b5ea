export * from './flat';
export * from './formats';
