export * from './smg-document.parser.js';
export * from './smg-feed.data.js';
export * from './smg-reading.types.js';
export * from './smg-time.js';
