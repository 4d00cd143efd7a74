export * from './entities/index.js';
export * from './migrations/index.js';
export * from './data-source-options.js';
export * from './database.module.js';
export * from './migrate.js';
export * from './repositories/index.js';
