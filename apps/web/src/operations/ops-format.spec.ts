import { describe, expect, it } from 'vitest';
import { ageText, formatCount, formatStamp, kpiTiles, minutesSince, occupancyPercent, occupancyTone } from './ops-format.js';
import { kpis, later, T0 } from './ops.test-data.js';

describe('KPI formatting', () => {
  it('lists the HQ figures in order, with grouped thousands in the reader’s language', () => {
    const tiles = kpiTiles(kpis(), 'en');
    expect(tiles.map((t) => t.id)).toEqual([
      'teamsOut',
      'inspectorTrips',
      'vehicleTrips',
      'crewsOnStandby',
      'peopleOnStandby',
      'openHazards',
      'rectifiedHazards',
      'peopleMoved',
      'shelterOccupancy',
      'warningsSent',
      'silentTeams',
    ]);
    expect(tiles.find((t) => t.id === 'warningsSent')!.value).toBe('183,422');
    expect(kpiTiles(kpis(), 'pt').find((t) => t.id === 'warningsSent')!.value).toBe('183.422');
    expect(tiles.find((t) => t.id === 'shelterOccupancy')).toMatchObject({ value: '90 / 400', detail: '23%', tone: 'plain' });
  });

  it('marks what needs attention', () => {
    const tiles = kpiTiles(kpis({ silentTeams: 2, openHazards: 0, shelterOccupancy: 390 }), 'en');
    expect(tiles.find((t) => t.id === 'silentTeams')!.tone).toBe('bad');
    expect(tiles.find((t) => t.id === 'openHazards')!.tone).toBe('plain');
    expect(tiles.find((t) => t.id === 'shelterOccupancy')!.tone).toBe('warn');
  });

  it('computes occupancy shares and tones, with no capacity as 0 %', () => {
    expect(occupancyPercent(50, 200)).toBe(25);
    expect(occupancyPercent(5, 0)).toBe(0);
    expect(occupancyTone(100, 200)).toBe('plain');
    expect(occupancyTone(180, 200)).toBe('warn');
    expect(occupancyTone(201, 200)).toBe('bad');
  });

  it('prints counts, and a dash for what is not a number', () => {
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(formatCount(1234, 'zh-Hans')).toBe('1,234');
    expect(formatCount(NaN, 'en')).toBe('–');
  });
});

describe('update stamps', () => {
  it('give the Macau date and time to the second, or nothing for an unreadable time', () => {
    expect(formatStamp('2026-09-05T10:00:05Z', 'en')).toMatch(/^(Sep 5|5 Sept?), 18:00:05$/);
    expect(formatStamp('2026-09-05T16:30:00Z', 'zh-Hans')).toContain('00:30:00');
    expect(formatStamp('nope', 'en')).toBeUndefined();
  });
});

describe('ages', () => {
  const now = Date.parse(T0);

  it('says just now, minutes, or hours and minutes', () => {
    expect(ageText(T0, now + 20_000)).toEqual({ key: 'ops.age.justNow' });
    expect(ageText(T0, Date.parse(later(12)))).toEqual({ key: 'ops.age.minutes', minutes: 12 });
    expect(ageText(T0, Date.parse(later(125)))).toEqual({ key: 'ops.age.hours', hours: 2, minutes: 5 });
  });

  it('treats a time slightly in the future as now and an unreadable one as unknown', () => {
    expect(minutesSince(later(2), now)).toBe(0);
    expect(ageText('not a time', now)).toEqual({ key: 'ops.age.unknown' });
    expect(ageText(null, now)).toEqual({ key: 'ops.age.unknown' });
  });
});
