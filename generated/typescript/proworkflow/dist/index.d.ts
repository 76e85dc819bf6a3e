export * from './gen/index.js';
export * from './lib/index.js';
