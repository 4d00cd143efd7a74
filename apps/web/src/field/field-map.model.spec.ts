import { describe, expect, it } from 'vitest';
import type { AreaFeature } from '@app/contracts';
import { featureContains, fieldMapProjection } from './field-map.model.js';

const square = (id: string, lon: number, lat: number, size: number): AreaFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]] },
  properties: { id, kind: 'community', names: { 'zh-Hans': id, 'zh-Hant': id, pt: id, en: id }, centroid: { lat: lat + size / 2, lon: lon + size / 2 } },
});

describe('the field map', () => {
  const areas = [square('a', 113.5, 22.1, 0.02), square('b', 113.53, 22.12, 0.02)];

  it('turns a tap back into the position it shows', () => {
    const projection = fieldMapProjection(areas, 320, 220)!;
    for (const location of [{ lat: 22.11, lon: 113.51 }, { lat: 22.135, lon: 113.545 }]) {
      const p = projection.toPoint(location);
      const back = projection.toLocation(p.x, p.y);
      expect(back.lat).toBeCloseTo(location.lat, 9);
      expect(back.lon).toBeCloseTo(location.lon, 9);
    }
  });

  it('keeps every outline inside the box, north up', () => {
    const projection = fieldMapProjection(areas, 320, 220)!;
    const numbers = projection.shapes.flatMap((s) => s.d.match(/-?\d+(\.\d+)?/g)!.map(Number));
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(320);
    expect(projection.toPoint({ lat: 22.14, lon: 113.5 }).y).toBeLessThan(projection.toPoint({ lat: 22.1, lon: 113.5 }).y);
  });

  it('draws nothing without areas, and finds which area a position is in', () => {
    expect(fieldMapProjection([], 320, 220)).toBeUndefined();
    expect(featureContains(areas[0]!, { lat: 22.11, lon: 113.51 })).toBe(true);
    expect(featureContains(areas[1]!, { lat: 22.11, lon: 113.51 })).toBe(false);
  });
});
