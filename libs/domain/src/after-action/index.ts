export * from './after-action.labels.js';
export * from './after-action.period.js';
export * from './after-action.csv.js';
export * from './signal-timeline.label.js';
