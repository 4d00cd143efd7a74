export * from './catalogue.types.js';
export * from './colours.data.js';
export * from './signal-catalogue.data.js';
