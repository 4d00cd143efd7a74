import { AREA_KINDS, LANGUAGES, PLACE_KINDS, type Position } from '@app/contracts';
import { pointInPolygon, polygonsOverlap, ringSelfIntersects, ringSignedArea } from './polygon.geometry.js';
import type { AreaDefinition, BoundingBox, PlaceDefinition } from './reference.types.js';

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const HAN = /\p{Script=Han}/u;

/**
 * Every problem with a set of reference data, one readable line each; empty when it is fit to seed.
 * Reference data is edited by hand, so the seed refuses to write anything this rejects.
 */
export function validateReferenceData(areas: AreaDefinition[], places: PlaceDefinition[], bounds: BoundingBox): string[] {
  const problems: string[] = [];
  problems.push(...duplicateIds('area', areas), ...duplicateIds('place', places));
  for (const area of areas) problems.push(...validateArea(area, bounds));
  problems.push(...overlappingCommunities(areas));
  const areaById = new Map(areas.map((a) => [a.id, a]));
  for (const place of places) problems.push(...validatePlace(place, bounds, areaById));
  return problems;
}

function duplicateIds(what: string, items: { id: string }[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { id } of items) {
    if (seen.has(id)) problems.push(`${what} ${id}: the id is used more than once`);
    seen.add(id);
  }
  return problems;
}

function validateNames(label: string, names: unknown): string[] {
  if (typeof names !== 'object' || names === null) return [`${label}: names are missing`];
  const record = names as Record<string, unknown>;
  const problems: string[] = [];
  for (const language of LANGUAGES) {
    const text = record[language];
    if (typeof text !== 'string' || text.trim() === '') {
      problems.push(`${label}: the ${language} name is missing`);
      continue;
    }
    const chinese = language === 'zh-Hans' || language === 'zh-Hant';
    if (chinese && !HAN.test(text)) problems.push(`${label}: the ${language} name "${text}" has no Chinese characters`);
    if (!chinese && HAN.test(text)) problems.push(`${label}: the ${language} name "${text}" contains Chinese characters`);
  }
  for (const key of Object.keys(record)) {
    if (!(LANGUAGES as readonly string[]).includes(key)) problems.push(`${label}: "${key}" is not a supported language`);
  }
  return problems;
}

function inBounds(lon: number, lat: number, b: BoundingBox): boolean {
  return lon >= b.minLon && lon <= b.maxLon && lat >= b.minLat && lat <= b.maxLat;
}

function validCoordinate(lon: unknown, lat: unknown): boolean {
  return (
    typeof lon === 'number' && typeof lat === 'number' && Number.isFinite(lon) && Number.isFinite(lat) &&
    lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90
  );
}

function validateArea(area: AreaDefinition, bounds: BoundingBox): string[] {
  const label = `area ${area.id}`;
  const problems: string[] = [];
  if (!ID_PATTERN.test(area.id)) problems.push(`${label}: the id must be lower-case words joined by hyphens`);
  if (!(AREA_KINDS as readonly string[]).includes(area.kind)) problems.push(`${label}: "${area.kind}" is not an area kind (${AREA_KINDS.join(', ')})`);
  problems.push(...validateNames(label, area.names));
  const outline = area.outline;
  if (outline?.type !== 'Polygon' || !Array.isArray(outline.coordinates) || outline.coordinates.length === 0) {
    return [...problems, `${label}: the outline must be a GeoJSON Polygon with at least one ring`];
  }
  outline.coordinates.forEach((ring, index) => {
    const ringLabel = `${label}: ${index === 0 ? 'the outline' : `hole ${index}`}`;
    if (!Array.isArray(ring) || ring.length < 4) {
      problems.push(`${ringLabel} needs at least 4 positions (a closed triangle)`);
      return;
    }
    const bad = ring.findIndex((p) => !Array.isArray(p) || p.length !== 2 || !validCoordinate(p[0], p[1]));
    if (bad >= 0) {
      problems.push(`${ringLabel} has an invalid position at index ${bad} (expected [lon, lat] in range)`);
      return;
    }
    const [first, last] = [ring[0], ring[ring.length - 1]];
    if (first[0] !== last[0] || first[1] !== last[1]) problems.push(`${ringLabel} is not closed (the first position must be repeated last)`);
    const outside = ring.find(([lon, lat]) => !inBounds(lon, lat, bounds));
    if (outside) problems.push(`${ringLabel} has [${outside.join(', ')}] outside Hengqin (${describeBounds(bounds)})`);
    if (first[0] === last[0] && first[1] === last[1]) {
      if (ringSelfIntersects(ring)) problems.push(`${ringLabel} crosses or touches itself`);
      const area2 = ringSignedArea(ring);
      if (area2 === 0) problems.push(`${ringLabel} encloses no area`);
      else if (index === 0 && area2 < 0) problems.push(`${ringLabel} must run counter-clockwise (RFC 7946)`);
      else if (index > 0 && area2 > 0) problems.push(`${ringLabel} must run clockwise (RFC 7946)`);
    }
  });
  return problems;
}

function describeBounds(b: BoundingBox): string {
  return `lon ${b.minLon}–${b.maxLon}, lat ${b.minLat}–${b.maxLat}`;
}

/** Communities partition the island: a resident belongs to one, so their interiors must not overlap. */
function overlappingCommunities(areas: AreaDefinition[]): string[] {
  const communities = areas.filter((a) => a.kind === 'community' && a.outline?.type === 'Polygon');
  const problems: string[] = [];
  for (let i = 0; i < communities.length; i++) {
    for (let j = i + 1; j < communities.length; j++) {
      const [a, b] = [communities[i], communities[j]];
      try {
        if (polygonsOverlap(a.outline.coordinates, b.outline.coordinates)) problems.push(`area ${a.id}: overlaps community ${b.id}`);
      } catch {
        // A broken outline is already reported by validateArea.
      }
    }
  }
  return problems;
}

function validatePlace(place: PlaceDefinition, bounds: BoundingBox, areaById: Map<string, AreaDefinition>): string[] {
  const label = `place ${place.id}`;
  const problems: string[] = [];
  if (!ID_PATTERN.test(place.id)) problems.push(`${label}: the id must be lower-case words joined by hyphens`);
  if (!(PLACE_KINDS as readonly string[]).includes(place.kind)) problems.push(`${label}: "${place.kind}" is not a place kind (${PLACE_KINDS.join(', ')})`);
  problems.push(...validateNames(label, place.names));
  if (!validCoordinate(place.lon, place.lat)) {
    problems.push(`${label}: lat must be a number in -90..90 and lon in -180..180`);
  } else if (!inBounds(place.lon, place.lat, bounds)) {
    problems.push(`${label}: (${place.lat}, ${place.lon}) is outside Hengqin (${describeBounds(bounds)})`);
  } else if (place.areaId !== null) {
    const area = areaById.get(place.areaId);
    const position: Position = [place.lon, place.lat];
    if (!area) problems.push(`${label}: area "${place.areaId}" does not exist`);
    else if (area.outline?.type === 'Polygon' && !pointInPolygon(position, area.outline.coordinates)) {
      problems.push(`${label}: (${place.lat}, ${place.lon}) is not inside its area ${place.areaId}`);
    }
  }
  if (place.kind === 'shelter') {
    if (!Number.isInteger(place.capacity) || (place.capacity ?? 0) <= 0) problems.push(`${label}: a shelter needs a capacity (a whole number above 0)`);
  } else if (place.capacity !== null) {
    problems.push(`${label}: only shelters have a capacity`);
  }
  return problems;
}
