export * from './app-config.js';
export * from './config.module.js';
export { envSchema, type Env } from './env.schema.js';
export { WORKER_MAX_OLD_SPACE_MB, WORKER_NODE_ARGS } from './worker-process.js';
