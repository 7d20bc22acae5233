export * from './decimal';
export * from './dates';
export * from './errors';
export * from './params';
export * from './explain';
export * from './text';
export * from './validate';
export * from './command';
