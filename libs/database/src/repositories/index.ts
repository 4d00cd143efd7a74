export * from './staff-user.repository.js';
export * from './refresh-token.repository.js';
export * from './audit.repository.js';
export * from './reference.repository.js';
