export * from './api';
export * from './catalogue';
export * from './fleet';
export * from './id-number';
export * from './order';
export * from './people';
export * from './sync';
export * from './text';
