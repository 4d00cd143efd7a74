import type { LatLon, Position } from '@app/contracts';

/**
 * Plane geometry on [lon, lat] rings. The areas are a few kilometres across, so treating degrees as a flat plane
 * is accurate far beyond what an approximate outline needs, and keeps this free of any GIS dependency.
 */

/** Twice the signed area of a ring (shoelace); positive when counter-clockwise. */
function doubleSignedArea(ring: Position[]): number {
  const [ox, oy] = ring[0];
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    // Relative to the first vertex: products of raw longitudes (~113) would lose precision.
    const [x1, y1] = [ring[i][0] - ox, ring[i][1] - oy];
    const [x2, y2] = [ring[i + 1][0] - ox, ring[i + 1][1] - oy];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/** Signed area in square degrees; positive when the ring runs counter-clockwise (RFC 7946 exterior rings do). */
export function ringSignedArea(ring: Position[]): number {
  return doubleSignedArea(ring) / 2;
}

/** The area-weighted centroid of a polygon (holes subtracted), rounded to 6 decimals (about 0.1 m). */
export function polygonCentroid(rings: Position[][]): LatLon {
  let weight = 0;
  let cx = 0;
  let cy = 0;
  const [ox, oy] = rings[0][0];
  rings.forEach((ring, index) => {
    const a2 = doubleSignedArea(ring);
    if (a2 === 0) return;
    let rx = 0;
    let ry = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const [x1, y1] = [ring[i][0] - ox, ring[i][1] - oy];
      const [x2, y2] = [ring[i + 1][0] - ox, ring[i + 1][1] - oy];
      const cross = x1 * y2 - x2 * y1;
      rx += (x1 + x2) * cross;
      ry += (y1 + y2) * cross;
    }
    // Ring centroid = (rx, ry) / (3 * a2); weight by |area|, holes negative whatever their winding.
    const sign = index === 0 ? 1 : -1;
    const area = Math.abs(a2);
    cx += (sign * area * rx) / (3 * a2);
    cy += (sign * area * ry) / (3 * a2);
    weight += sign * area;
  });
  if (weight === 0) throw new Error('polygon has no area');
  return { lat: round6(oy + cy / weight), lon: round6(ox + cx / weight) };
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Orientation of c relative to the directed line a→b: 1 left, -1 right, 0 collinear. */
function orientation(a: Position, b: Position, c: Position): number {
  const value = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}

/** Whether p lies on the closed segment a–b. */
export function onSegment(p: Position, a: Position, b: Position): boolean {
  return (
    orientation(a, b, p) === 0 &&
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1])
  );
}

/** Whether the closed segments a–b and c–d share any point (touching counts). */
export function segmentsTouch(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 !== o2 && o3 !== o4 && o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0) return true;
  return onSegment(c, a, b) || onSegment(d, a, b) || onSegment(a, c, d) || onSegment(b, c, d);
}

/** Whether the segments cross at a single point interior to both: shared vertices and shared edges do not count. */
export function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

/** Whether consecutive edges p→q→r double back over each other (collinear, turning around at q). */
function foldsBack(p: Position, q: Position, r: Position): boolean {
  if (orientation(p, q, r) !== 0) return false;
  return (q[0] - p[0]) * (r[0] - q[0]) + (q[1] - p[1]) * (r[1] - q[1]) < 0;
}

/**
 * Whether a closed ring crosses or touches itself: any two non-consecutive edges sharing a point, consecutive edges
 * folding back, or a zero-length edge.
 */
export function ringSelfIntersects(ring: Position[]): boolean {
  const edges = ring.length - 1;
  for (let i = 0; i < edges; i++) {
    if (ring[i][0] === ring[i + 1][0] && ring[i][1] === ring[i + 1][1]) return true;
    if (foldsBack(ring[i], ring[i + 1], ring[(i + 2) % edges])) return true;
  }
  for (let i = 0; i < edges; i++) {
    for (let j = i + 2; j < edges; j++) {
      if (i === 0 && j === edges - 1) continue; // the closing edge and the first edge share the first vertex
      if (segmentsTouch(ring[i], ring[i + 1], ring[j], ring[j + 1])) return true;
    }
  }
  return false;
}

/** Whether the point lies on the ring's boundary. */
export function onRingBoundary(point: Position, ring: Position[]): boolean {
  for (let i = 0; i < ring.length - 1; i++) if (onSegment(point, ring[i], ring[i + 1])) return true;
  return false;
}

/** Even-odd ray casting: whether the point lies strictly inside the polygon (inside the exterior, outside every hole). */
export function pointInPolygon(point: Position, rings: Position[][]): boolean {
  if (rings.some((ring) => onRingBoundary(point, ring))) return false;
  const inRing = (ring: Position[]) => {
    let inside = false;
    for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
  return inRing(rings[0]) && !rings.slice(1).some(inRing);
}

/** Whether two polygons' interiors overlap (sharing edges or vertices, as neighbouring areas do, is not overlap). */
export function polygonsOverlap(a: Position[][], b: Position[][]): boolean {
  const [ringA, ringB] = [a[0], b[0]];
  for (let i = 0; i < ringA.length - 1; i++) {
    for (let j = 0; j < ringB.length - 1; j++) {
      if (segmentsCross(ringA[i], ringA[i + 1], ringB[j], ringB[j + 1])) return true;
    }
  }
  if (ringA.some((p) => pointInPolygon(p, b)) || ringB.some((p) => pointInPolygon(p, a))) return true;
  // Identical or nested outlines have no crossing and no vertex strictly inside: compare centroids.
  const toPosition = (c: LatLon): Position => [c.lon, c.lat];
  return pointInPolygon(toPosition(polygonCentroid(a)), b) || pointInPolygon(toPosition(polygonCentroid(b)), a);
}
