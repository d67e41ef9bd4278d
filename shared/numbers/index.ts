export * from './import';
export * from './patterns';
export * from './query';
export * from './search';
export * from './segments';
export * from './tiers';
export * from './api';
