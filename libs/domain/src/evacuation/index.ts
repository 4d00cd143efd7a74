export * from './shelter-occupancy.js';
export * from './welfare-outcome.rules.js';
export * from './offline-record.rules.js';
export * from './welfare-check.action.js';
