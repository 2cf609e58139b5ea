export * from './flat';
export * from './formats';
export * from './data';
export * from './licences';
