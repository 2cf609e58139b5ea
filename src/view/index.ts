export * from './spec';
export * from './visible';
export * from './scene';
export * from './table';
export * from './intents';
export * from './file';
