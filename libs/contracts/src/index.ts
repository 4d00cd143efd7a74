export * from './roles.js';
export * from './languages.js';
export * from './auth.js';
export * from './errors.js';
