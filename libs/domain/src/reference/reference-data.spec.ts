import { LANGUAGES, PLACE_KINDS, type Position } from '@app/contracts';
import { DomainError } from '../domain-error.js';
import { HENGQIN_AREAS } from './hengqin-areas.data.js';
import { HENGQIN_BOUNDS } from './hengqin-bounds.data.js';
import { HENGQIN_PLACES } from './hengqin-places.data.js';
import { pointInPolygon, ringSelfIntersects } from './polygon.geometry.js';
import { referenceData } from './reference-data.js';
import { validateReferenceData } from './reference-data.validation.js';
import type { AreaDefinition, PlaceDefinition } from './reference.types.js';

const inHengqin = ([lon, lat]: Position) =>
  lon >= HENGQIN_BOUNDS.minLon && lon <= HENGQIN_BOUNDS.maxLon && lat >= HENGQIN_BOUNDS.minLat && lat <= HENGQIN_BOUNDS.maxLat;
const clone = <T>(value: T): T => structuredClone(value);

describe('Hengqin reference data', () => {
  it('passes validation', () => {
    expect(validateReferenceData(HENGQIN_AREAS, HENGQIN_PLACES, HENGQIN_BOUNDS)).toEqual([]);
  });

  it('has the four communities and the Macau New Neighbourhood estate with stable ids', () => {
    expect(HENGQIN_AREAS.map((a) => [a.id, a.kind])).toEqual([
      ['xiaohengqin', 'community'],
      ['xinjiayuan', 'community'],
      ['lianhua', 'community'],
      ['hetang', 'community'],
      ['macau-new-neighbourhood', 'estate'],
    ]);
    expect(HENGQIN_AREAS.find((a) => a.id === 'macau-new-neighbourhood')?.names['zh-Hans']).toBe('澳门新街坊');
  });

  it('names every area and place in all four languages, with unique ids', () => {
    for (const item of [...HENGQIN_AREAS, ...HENGQIN_PLACES]) {
      expect(Object.keys(item.names).sort()).toEqual([...LANGUAGES].sort());
      for (const language of LANGUAGES) expect(item.names[language].trim(), `${item.id} ${language}`).not.toBe('');
    }
    expect(new Set(HENGQIN_AREAS.map((a) => a.id)).size).toBe(HENGQIN_AREAS.length);
    expect(new Set(HENGQIN_PLACES.map((p) => p.id)).size).toBe(HENGQIN_PLACES.length);
  });

  it('outlines every area with a closed, simple polygon inside the Hengqin box', () => {
    for (const area of HENGQIN_AREAS) {
      const [ring] = area.outline.coordinates;
      expect(ring.length, area.id).toBeGreaterThanOrEqual(4);
      expect(ring[ring.length - 1], area.id).toEqual(ring[0]);
      expect(ring.every(inHengqin), area.id).toBe(true);
      expect(ringSelfIntersects(ring), area.id).toBe(false);
    }
  });

  it('computes each centroid inside its outline', () => {
    for (const area of referenceData().areas) {
      expect(pointInPolygon([area.centroid.lon, area.centroid.lat], area.outline.coordinates), area.id).toBe(true);
    }
  });

  it('places the landmarks where the operation needs them', () => {
    const byId = new Map(HENGQIN_PLACES.map((p) => [p.id, p]));
    for (const id of ['hengqin-port', 'lotus-bridge', 'um-connecting-bridge', 'um-hengqin-campus', 'hengqin-flood-wind-drought-command', 'hou-kong-hengqin-school']) {
      expect(byId.has(id), id).toBe(true);
    }
    expect(HENGQIN_PLACES.filter((p) => p.kind === 'shelter').length).toBeGreaterThanOrEqual(3);
    for (const place of HENGQIN_PLACES) {
      expect(PLACE_KINDS).toContain(place.kind);
      expect(inHengqin([place.lon, place.lat]), place.id).toBe(true);
      expect(typeof place.approximate).toBe('boolean');
    }
    // The port sits in Lianhua, in the north-east, near the Lotus Bridge.
    const lianhua = HENGQIN_AREAS.find((a) => a.id === 'lianhua')!;
    const port = byId.get('hengqin-port')!;
    expect(pointInPolygon([port.lon, port.lat], lianhua.outline.coordinates)).toBe(true);
  });

  describe('rejects broken edits', () => {
    const problemsFor = (areas: AreaDefinition[], places: PlaceDefinition[] = HENGQIN_PLACES) => validateReferenceData(areas, places, HENGQIN_BOUNDS);

    it('a missing translation', () => {
      const areas = clone(HENGQIN_AREAS);
      (areas[0].names as Record<string, string>).pt = ' ';
      expect(problemsFor(areas)).toContain('area xiaohengqin: the pt name is missing');
    });

    it('an open ring, a ring off the island and a bow tie', () => {
      const areas = clone(HENGQIN_AREAS);
      areas[4].outline.coordinates[0].pop();
      areas[1].outline.coordinates[0][1] = [113.9, 22.3];
      areas[0].outline.coordinates = [[[113.5, 22.12], [113.51, 22.13], [113.51, 22.12], [113.5, 22.13], [113.5, 22.12]]];
      const problems = problemsFor(areas, []).join('\n');
      expect(problems).toMatch(/area macau-new-neighbourhood: the outline is not closed/);
      expect(problems).toMatch(/area xinjiayuan: the outline has \[113.9, 22.3\] outside Hengqin/);
      expect(problems).toMatch(/area xiaohengqin: the outline crosses or touches itself/);
    });

    it('overlapping communities', () => {
      const areas = clone(HENGQIN_AREAS);
      areas[3].outline = clone(areas[1].outline);
      expect(problemsFor(areas, [])).toContain('area xinjiayuan: overlaps community hetang');
    });

    it('duplicate ids, unknown areas, places outside their area and shelters without capacity', () => {
      const places = clone(HENGQIN_PLACES);
      places[1].id = places[0].id;
      places[2].areaId = 'atlantis';
      places[4].areaId = 'hetang';
      const shelter = places.find((p) => p.kind === 'shelter')!;
      shelter.capacity = null;
      const problems = problemsFor(HENGQIN_AREAS, places);
      expect(problems).toContain(`place ${places[0].id}: the id is used more than once`);
      expect(problems).toContain(`place ${places[2].id}: area "atlantis" does not exist`);
      expect(problems.join('\n')).toMatch(new RegExp(`place ${places[4].id}: .* is not inside its area hetang`));
      expect(problems).toContain(`place ${shelter.id}: a shelter needs a capacity (a whole number above 0)`);
    });

    it('by throwing a DomainError that lists the problems', () => {
      const places = clone(HENGQIN_PLACES);
      places[0].lat = 95;
      expect(() => referenceData(HENGQIN_AREAS, places)).toThrow(DomainError);
      expect(() => referenceData(HENGQIN_AREAS, places)).toThrow(/lat must be a number in -90..90/);
    });
  });
});
