export * from './domain-error.js';
export * from './reference/index.js';
export * from './signals/index.js';
export * from './cap/index.js';
export * from './xml/index.js';
export * from './playbooks/index.js';
export * from './alerts/index.js';
