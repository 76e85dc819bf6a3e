// The package's entry point: the generated types and calls, then the hand-written runtime.
export * from './gen/index.js';
export * from './lib/index.js';
