import type { Position } from '@app/contracts';
import { pointInPolygon, polygonCentroid, polygonsOverlap, ringSelfIntersects, ringSignedArea } from './polygon.geometry.js';

const square = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('polygon geometry', () => {
  it('computes the signed area and its winding', () => {
    const ring = square(113.5, 22.1, 0.01);
    expect(ringSignedArea(ring)).toBeCloseTo(0.0001, 12);
    expect(ringSignedArea([...ring].reverse())).toBeCloseTo(-0.0001, 12);
  });

  it('puts the centroid of a square at its middle and weights an L shape towards its mass', () => {
    expect(polygonCentroid([square(113.5, 22.1, 0.02)])).toEqual({ lon: 113.51, lat: 22.11 });
    const lShape: Position[] = [[0, 0], [3, 0], [3, 1], [1, 1], [1, 3], [0, 3], [0, 0]];
    const c = polygonCentroid([lShape]);
    // Two rectangles of area 3 (centre 1.5, 0.5) and 2 (centre 0.5, 2): x = (4.5 + 1) / 5.
    expect(c.lon).toBeCloseTo(1.1, 6);
    expect(c.lat).toBeCloseTo(1.1, 6);
  });

  it('subtracts holes from the centroid', () => {
    const outer = square(0, 0, 4);
    const hole: Position[] = [[0.5, 0.5], [0.5, 1.5], [1.5, 1.5], [1.5, 0.5], [0.5, 0.5]];
    const c = polygonCentroid([outer, hole]);
    expect(c.lon).toBeGreaterThan(2);
    expect(c.lat).toBeGreaterThan(2);
  });

  it('finds self-intersections: a bow tie, a touching vertex, a fold and a repeated point', () => {
    expect(ringSelfIntersects(square(0, 0, 1))).toBe(false);
    expect(ringSelfIntersects([[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]])).toBe(true);
    expect(ringSelfIntersects([[0, 0], [4, 0], [4, 4], [2, 0], [0, 4], [0, 0]])).toBe(true);
    expect(ringSelfIntersects([[0, 0], [2, 0], [1, 0], [1, 1], [0, 0]])).toBe(true);
    expect(ringSelfIntersects([[0, 0], [1, 0], [1, 0], [1, 1], [0, 0]])).toBe(true);
  });

  it('tells points inside, outside, on the edge and in a hole apart', () => {
    const outer = square(0, 0, 4);
    const hole: Position[] = [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]];
    expect(pointInPolygon([3, 3], [outer, hole])).toBe(true);
    expect(pointInPolygon([5, 3], [outer, hole])).toBe(false);
    expect(pointInPolygon([4, 2], [outer, hole])).toBe(false);
    expect(pointInPolygon([1.5, 1.5], [outer, hole])).toBe(false);
  });

  it('treats neighbours sharing an edge as not overlapping, and crossing, nested or equal outlines as overlapping', () => {
    expect(polygonsOverlap([square(0, 0, 1)], [square(1, 0, 1)])).toBe(false);
    expect(polygonsOverlap([square(0, 0, 1)], [square(0.5, 0.5, 1)])).toBe(true);
    expect(polygonsOverlap([square(0, 0, 4)], [square(1, 1, 1)])).toBe(true);
    expect(polygonsOverlap([square(0, 0, 1)], [square(0, 0, 1)])).toBe(true);
  });
});
