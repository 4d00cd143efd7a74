export * from './cap-alert.parser.js';
export * from './cap-alert.types.js';
export * from './cap-chain.reducer.js';
export * from './cap-schema.data.js';
export * from './cap-signal.mapper.js';
export * from './cap-signal.types.js';
export * from './cap-time.js';
