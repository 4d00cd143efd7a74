export * from './test-database.js';
export * from './app-process.js';
export * from './wait-for.js';
export * from './seed.js';
export * from './browser.js';
export * from './fake-feed-server.js';
export * from './redis-keys.js';
export * from './fake-push-service.js';
