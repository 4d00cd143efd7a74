export * from './task-state.js';
export * from './trip-count.js';
export * from './team-silence.js';
export * from './check-in-time.js';
export * from './csv.js';
export * from './roster.js';
