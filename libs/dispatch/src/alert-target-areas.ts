import type { AlertCircle, AlertPolygon, AlertStatus, AlertTarget } from '@app/contracts';
import type { SubscriptionAudience } from '@app/database';

export interface AreaCentroid {
  id: string;
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Actual reaches everyone in the areas; Exercise only drill-enrolled subscriptions; Test only test devices. */
export function audienceForStatus(status: AlertStatus): SubscriptionAudience {
  switch (status) {
    case 'Actual':
      return 'everyone';
    case 'Exercise':
      return 'drills';
    case 'Test':
      return 'test-devices';
    default:
      // CAP Draft is never acted upon.
      return 'nobody';
  }
}

/**
 * The area ids a target reaches: its listed areas plus every area whose centroid lies inside a drawn polygon or
 * circle. Subscriptions are kept per area, so a drawn shape reaches an area when it covers the area's centre.
 */
export function targetAreaIds(target: AlertTarget, areas: readonly AreaCentroid[]): string[] {
  const ids = new Set(target.areaIds);
  for (const area of areas) {
    if (ids.has(area.id)) continue;
    if (target.polygons.some((polygon) => insidePolygon(area, polygon)) || target.circles.some((circle) => insideCircle(area, circle))) ids.add(area.id);
  }
  return [...ids].sort();
}

/** Ray casting on `[lat, lon]` rings; fine at city scale, where the plane approximation holds. */
export function insidePolygon(point: { lat: number; lon: number }, ring: AlertPolygon): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [latI, lonI] = ring[i]!;
    const [latJ, lonJ] = ring[j]!;
    if (latI > point.lat !== latJ > point.lat && point.lon < ((lonJ - lonI) * (point.lat - latI)) / (latJ - latI) + lonI) inside = !inside;
  }
  return inside;
}

export function insideCircle(point: { lat: number; lon: number }, circle: AlertCircle): boolean {
  const toRad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = toRad(point.lat - circle.center.lat);
  const dLon = toRad(point.lon - circle.center.lon);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(circle.center.lat)) * Math.cos(toRad(point.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a))) <= circle.radiusKm;
}
