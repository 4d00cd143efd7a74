export * from './hazard-report-lifecycle.policy.js';
export * from './hazard-report-input.check.js';
export * from './photo-image.sniffer.js';
export * from './photo.fixture.js';
