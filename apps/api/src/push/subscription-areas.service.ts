import { Injectable } from '@nestjs/common';
import type { AreaGeometry, Position } from '@app/contracts';
import { ReferenceRepository } from '@app/database';
import { DomainError, pointInPolygon } from '@app/domain';

/** Where a subscriber chose to be alerted for: area ids as given, or the area containing a location. */
export interface AreaChoice {
  areas?: string[];
  location?: { lat: number; lon: number };
}

function polygonsOf(geometry: AreaGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Turns a subscriber's area choice into known area ids, or says plainly why it cannot. */
@Injectable()
export class SubscriptionAreasService {
  constructor(private readonly reference: ReferenceRepository) {}

  /** Required (subscribe): exactly one of areas or location. */
  async resolve(choice: AreaChoice): Promise<string[]> {
    const ids = await this.resolveOptional(choice);
    if (ids === undefined) {
      throw new DomainError('invalid', 'push_areas_required', 'Give either areas (a list of area ids) or a location {lat, lon} to be alerted for.');
    }
    return ids;
  }

  /** Optional (update): undefined when neither is given. */
  async resolveOptional(choice: AreaChoice): Promise<string[] | undefined> {
    if (choice.areas !== undefined && choice.location !== undefined) {
      throw new DomainError('invalid', 'push_areas_ambiguous', 'Give either areas or a location, not both.');
    }
    if (choice.areas === undefined && choice.location === undefined) return undefined;
    const known = await this.reference.listAreas();
    if (choice.areas !== undefined) {
      const ids = new Set(known.map((area) => area.id));
      const unknown = choice.areas.filter((id) => !ids.has(id));
      if (unknown.length > 0) {
        throw new DomainError('invalid', 'push_area_unknown', `Unknown area id(s): ${unknown.join(', ')}. GET /api/areas lists the areas.`, unknown);
      }
      return choice.areas;
    }
    const { lat, lon } = choice.location!;
    const point: Position = [lon, lat];
    // Areas do not overlap (the reference data is validated for that), so at most one contains the point.
    const containing = known.find((area) => polygonsOf(area.geometry as AreaGeometry).some((rings) => pointInPolygon(point, rings)));
    if (!containing) {
      throw new DomainError(
        'invalid',
        'push_location_outside_areas',
        `The location ${lat}, ${lon} is not inside any alerting area of Hengqin; choose areas from the list instead.`,
      );
    }
    return [containing.id];
  }
}
