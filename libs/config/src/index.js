export * from './app-config.js';
export * from './config.module.js';
export { envSchema } from './env.schema.js';
//# sourceMappingURL=index.js.map