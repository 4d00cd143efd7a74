export * from './reference.types.js';
export * from './hengqin-bounds.data.js';
export * from './hengqin-areas.data.js';
export * from './hengqin-places.data.js';
export * from './polygon.geometry.js';
export * from './reference-data.validation.js';
export * from './reference-data.js';
