export * from './spec';
export * from './visible';
export * from './highlight';
export * from './table';
export * from './intents';
export * from './file';
