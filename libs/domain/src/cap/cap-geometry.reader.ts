import type { CapCircle, CapPoint, CapPolygon } from './cap-alert.types.js';

export type GeometryResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * CAP polygon: whitespace-separated `lat,lon` pairs (WGS 84), at least four, the first equal to the last.
 */
export function readPolygon(raw: string): GeometryResult<CapPolygon> {
  const pairs = raw.trim().split(/\s+/).filter((pair) => pair !== '');
  if (pairs.length < 4) return { ok: false, reason: `a polygon needs at least 4 coordinate pairs, found ${pairs.length}` };
  const points: CapPoint[] = [];
  for (const pair of pairs) {
    const point = readPoint(pair);
    if (!point.ok) return point;
    points.push(point.value);
  }
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (first.lat !== last.lat || first.lon !== last.lon) {
    return { ok: false, reason: 'the first and last pairs must be the same (closed ring)' };
  }
  return { ok: true, value: { points } };
}

/** CAP circle: `lat,lon radius` with the radius in kilometres. */
export function readCircle(raw: string): GeometryResult<CapCircle> {
  const parts = raw.trim().split(/\s+/);
  if (parts.length !== 2) return { ok: false, reason: `a circle is "lat,lon radius", found "${raw.trim()}"` };
  const centre = readPoint(parts[0]!);
  if (!centre.ok) return centre;
  const radius = parts[1]!;
  if (!NUMBER.test(radius) || Number(radius) < 0) return { ok: false, reason: `the radius "${radius}" is not a distance in km` };
  return { ok: true, value: { centre: centre.value, radiusKm: Number(radius) } };
}

function readPoint(pair: string): GeometryResult<CapPoint> {
  const parts = pair.split(',');
  if (parts.length !== 2 || !NUMBER.test(parts[0]!) || !NUMBER.test(parts[1]!)) {
    return { ok: false, reason: `"${pair}" is not a lat,lon pair` };
  }
  const lat = Number(parts[0]);
  const lon = Number(parts[1]);
  if (lat < -90 || lat > 90) return { ok: false, reason: `latitude ${lat} is outside -90..90` };
  if (lon < -180 || lon > 180) return { ok: false, reason: `longitude ${lon} is outside -180..180` };
  return { ok: true, value: { lat, lon } };
}
