import { describe, expect, it } from 'vitest';
import type { AreaFeature } from '@app/contracts';
import { projectAreas } from './area-map.model.js';

const square = (id: string, lon: number, lat: number, size: number): AreaFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]] },
  properties: { id, kind: 'community', names: { 'zh-Hans': id, 'zh-Hant': id, pt: id, en: id }, centroid: { lat: lat + size / 2, lon: lon + size / 2 } },
});

describe('area map projection', () => {
  it('fits all areas inside the box with north up', () => {
    const shapes = projectAreas([square('a', 113.5, 22.1, 0.02), square('b', 113.53, 22.13, 0.01)], 320, 240);
    expect(shapes.map((s) => s.id)).toEqual(['a', 'b']);
    const numbers = shapes.flatMap((s) => s.d.match(/-?\d+(\.\d+)?/g)!.map(Number));
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(8 - 0.05);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(320 - 8 + 0.05);
    // b lies north of a, so it is drawn higher up (smaller y).
    expect(shapes[1]!.y).toBeLessThan(shapes[0]!.y);
  });

  it('draws nothing without areas', () => {
    expect(projectAreas([], 320, 240)).toEqual([]);
  });
});
