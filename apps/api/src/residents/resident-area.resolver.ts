import { Injectable } from '@nestjs/common';
import type { AreaGeometry, Position } from '@app/contracts';
import { ReferenceRepository } from '@app/database';
import { DomainError, pointInPolygon } from '@app/domain';

/**
 * Hengqin and Macau together (WGS 84): residents on both sides answer alerts, but only Hengqin is divided into
 * alerting areas, so a position in Macau is kept without an area.
 */
export const RESIDENT_BOUNDS = { minLat: 22.08, maxLat: 22.22, minLon: 113.47, maxLon: 113.61 } as const;

function polygonsOf(geometry: AreaGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Checks the area and position a resident gave, and finds the area of a position when no area was named. */
@Injectable()
export class ResidentAreaResolver {
  constructor(private readonly reference: ReferenceRepository) {}

  async resolve(areaId: string | undefined, location: { lat: number; lon: number } | undefined): Promise<string | null> {
    if (areaId === undefined && location === undefined) return null;
    const areas = await this.reference.listAreas();
    if (areaId !== undefined && !areas.some((area) => area.id === areaId)) {
      throw new DomainError('invalid', 'resident_area_unknown', `Unknown area id: ${areaId}. GET /api/areas lists the areas.`, [areaId]);
    }
    if (location === undefined) return areaId ?? null;
    const point: Position = [location.lon, location.lat];
    const containing = areas.find((area) => polygonsOf(area.geometry as AreaGeometry).some((rings) => pointInPolygon(point, rings)));
    const b = RESIDENT_BOUNDS;
    const inBounds = location.lat >= b.minLat && location.lat <= b.maxLat && location.lon >= b.minLon && location.lon <= b.maxLon;
    if (!containing && !inBounds) {
      throw new DomainError(
        'invalid',
        'resident_location_outside',
        `The location ${location.lat}, ${location.lon} is outside Hengqin and Macau (latitude ${b.minLat}–${b.maxLat}, longitude ${b.minLon}–${b.maxLon}).`,
      );
    }
    return areaId ?? containing?.id ?? null;
  }
}
