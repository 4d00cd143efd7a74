import { OFFLINE_RECORD_MAX_AGE_DAYS, type AreaGeometry, type LatLon, type Position } from '@app/contracts';
import { DomainError } from '../domain-error.js';
import { offlineRecordFault } from '../evacuation/offline-record.rules.js';
import { pointInPolygon, ringSignedArea } from '../reference/polygon.geometry.js';

/**
 * Where field reports can come from: Hengqin and Macau with their waters (WGS 84). A position elsewhere is a broken
 * GPS fix or a mistyped pick on the map, not a hazard the HQ can send anyone to.
 */
export const HAZARD_REPORT_BOUNDS = { minLat: 22.08, maxLat: 22.22, minLon: 113.47, maxLon: 113.61 } as const;

/** When a queued report was made: not in the future (beyond clock skew), not older than a queue may hold it. */
export function checkRecordedAt(recordedAt: string, now: Date): Date {
  const at = new Date(recordedAt);
  switch (offlineRecordFault(at, now)) {
    case 'invalid':
      throw new DomainError('invalid', 'hazard_recorded_at_invalid', 'recordedAt must be an ISO 8601 date and time, e.g. 2026-09-07T08:15:00Z.');
    case 'in-future':
      throw new DomainError(
        'invalid',
        'hazard_recorded_in_future',
        `recordedAt ${at.toISOString()} is in the future (server time ${now.toISOString()}); check the phone's clock.`,
      );
    case 'too-old':
      throw new DomainError(
        'invalid',
        'hazard_recorded_too_old',
        `recordedAt ${at.toISOString()} is more than ${OFFLINE_RECORD_MAX_AGE_DAYS} days ago; reports queued longer than that are not accepted.`,
      );
    case null:
      return at;
  }
}

/** Refuses a position outside the served region (the DTO has already checked it is a valid latitude/longitude). */
export function checkHazardLocation(location: LatLon): void {
  const b = HAZARD_REPORT_BOUNDS;
  if (location.lat < b.minLat || location.lat > b.maxLat || location.lon < b.minLon || location.lon > b.maxLon) {
    throw new DomainError(
      'invalid',
      'hazard_location_outside',
      `The location ${location.lat}, ${location.lon} is outside Hengqin and Macau (latitude ${b.minLat}–${b.maxLat}, longitude ${b.minLon}–${b.maxLon}).`,
    );
  }
}

/**
 * The area the position falls in, or null (Macau and open water have no area). Areas nest (an estate lies inside a
 * community): the smallest one containing the position is the most precise answer.
 */
export function areaContaining(location: LatLon, areas: readonly { id: string; geometry: AreaGeometry }[]): string | null {
  const point: Position = [location.lon, location.lat];
  let best: { id: string; size: number } | null = null;
  for (const area of areas) {
    const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
    const containing = polygons.find((rings) => pointInPolygon(point, rings));
    if (!containing) continue;
    const size = Math.abs(ringSignedArea(containing[0]));
    if (!best || size < best.size) best = { id: area.id, size };
  }
  return best?.id ?? null;
}
