export * from './dispatch-settings.js';
export * from './alert-target-areas.js';
export * from './alert-targeting.service.js';
export * from './delivery-summary.service.js';
export * from './delivery-outcome.mapper.js';
export * from './dispatch-queries.module.js';
