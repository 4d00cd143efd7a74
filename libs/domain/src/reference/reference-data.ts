import { DomainError } from '../domain-error.js';
import { HENGQIN_AREAS } from './hengqin-areas.data.js';
import { HENGQIN_BOUNDS } from './hengqin-bounds.data.js';
import { HENGQIN_PLACES } from './hengqin-places.data.js';
import { polygonCentroid } from './polygon.geometry.js';
import { validateReferenceData } from './reference-data.validation.js';
import type { AreaDefinition, PlaceDefinition, ReferenceArea } from './reference.types.js';

export interface ReferenceData {
  areas: ReferenceArea[];
  places: PlaceDefinition[];
}

/**
 * The reference data to seed, validated, with centroids computed from the outlines.
 * Throws a DomainError listing every problem when the data is not fit to write.
 */
export function referenceData(
  areas: AreaDefinition[] = HENGQIN_AREAS,
  places: PlaceDefinition[] = HENGQIN_PLACES,
  bounds = HENGQIN_BOUNDS,
): ReferenceData {
  const problems = validateReferenceData(areas, places, bounds);
  if (problems.length > 0) {
    throw new DomainError('invalid', 'reference_data_invalid', `The reference data has ${problems.length} problem(s): ${problems.join('; ')}`, problems);
  }
  return {
    areas: areas.map((area) => ({ ...area, centroid: polygonCentroid(area.outline.coordinates) })),
    places,
  };
}
