export * from './app-config.js';
export * from './config.module.js';
export { envSchema, type Env } from './env.schema.js';
