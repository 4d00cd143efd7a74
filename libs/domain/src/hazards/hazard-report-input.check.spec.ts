import { referenceData } from '../reference/reference-data.js';
import { areaContaining, checkHazardLocation, checkRecordedAt } from './hazard-report-input.check.js';

describe('hazard report input checks', () => {
  const now = new Date('2026-09-07T08:00:00Z');

  it('takes a recordedAt from the last seven days, with two minutes of clock skew', () => {
    expect(checkRecordedAt('2026-09-07T07:59:00Z', now).toISOString()).toBe('2026-09-07T07:59:00.000Z');
    expect(checkRecordedAt('2026-09-07T08:01:59Z', now).toISOString()).toBe('2026-09-07T08:01:59.000Z');
    expect(checkRecordedAt('2026-08-31T08:00:01Z', now).toISOString()).toBe('2026-08-31T08:00:01.000Z');
  });

  it.each([
    ['2026-09-07T08:02:01Z', 'hazard_recorded_in_future', /is in the future/],
    ['2027-01-01T00:00:00Z', 'hazard_recorded_in_future', /check the phone's clock/],
    ['2026-08-31T07:59:59Z', 'hazard_recorded_too_old', /more than 7 days ago/],
    ['yesterday', 'hazard_recorded_at_invalid', /ISO 8601/],
  ])('refuses recordedAt %s', (recordedAt, code, message) => {
    expect(() => checkRecordedAt(recordedAt, now)).toThrow(expect.objectContaining({ kind: 'invalid', code, message: expect.stringMatching(message) }));
  });

  it('takes positions in Hengqin and Macau and refuses the rest of the world', () => {
    expect(() => checkHazardLocation({ lat: 22.12, lon: 113.53 })).not.toThrow();
    expect(() => checkHazardLocation({ lat: 22.19, lon: 113.54 })).not.toThrow();
    expect(() => checkHazardLocation({ lat: 39.9, lon: 116.4 })).toThrow(expect.objectContaining({ code: 'hazard_location_outside' }));
    expect(() => checkHazardLocation({ lat: 0, lon: 0 })).toThrow(/outside Hengqin and Macau/);
  });

  it('finds the seeded area a position falls in, and none outside every area', () => {
    const areas = referenceData().areas.map((area) => ({ id: area.id, geometry: area.outline }));
    for (const area of referenceData().areas) {
      expect(areaContaining(area.centroid, areas)).toBe(area.id);
    }
    expect(areaContaining({ lat: 22.19, lon: 113.54 }, areas)).toBeNull();
  });
});
