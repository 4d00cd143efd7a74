export * from './catalogue/index.js';
export * from './level-code.matcher.js';
export * from './signal-catalogue.lookup.js';
export * from './signal-catalogue.validation.js';
export * from './signal-freshness.js';
export * from './signal-rules.policy.js';
export * from './signal-transition.assessment.js';
export * from './smg/index.js';
