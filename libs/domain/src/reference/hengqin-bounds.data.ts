import type { BoundingBox } from './reference.types.js';

/** Hengqin island with a margin of water around it; every area and place must fall inside. */
export const HENGQIN_BOUNDS: BoundingBox = { minLon: 113.47, maxLon: 113.57, minLat: 22.08, maxLat: 22.16 };
