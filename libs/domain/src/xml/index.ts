export * from './xml-element.js';
export * from './xml-limits.js';
export * from './xml-rejected.js';
export * from './xml.loader.js';
