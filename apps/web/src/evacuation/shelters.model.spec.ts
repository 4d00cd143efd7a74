import { describe, expect, it } from 'vitest';
import { shelter } from './evacuation.test-data.js';
import { checkCapacity, checkDeparture, mergeShelter, occupancyView, sortShelters } from './shelters.model.js';

describe('occupancy display', () => {
  it('shows the share taken, the free places and a tone', () => {
    expect(occupancyView({ occupancy: 0, capacity: 100, open: true })).toEqual({ percent: 0, bar: 0, free: 100, tone: 'ok' });
    expect(occupancyView({ occupancy: 89, capacity: 100, open: true })).toEqual({ percent: 89, bar: 89, free: 11, tone: 'ok' });
    expect(occupancyView({ occupancy: 9, capacity: 10, open: true })).toEqual({ percent: 90, bar: 90, free: 1, tone: 'nearly-full' });
    expect(occupancyView({ occupancy: 10, capacity: 10, open: true })).toEqual({ percent: 100, bar: 100, free: 0, tone: 'full' });
  });

  it('never rounds a shelter with room up to 100 %', () => {
    expect(occupancyView({ occupancy: 999, capacity: 1000, open: true })).toMatchObject({ percent: 99, free: 1, tone: 'nearly-full' });
  });

  it('marks a closed shelter closed whatever its count, and keeps the bar within its track', () => {
    expect(occupancyView({ occupancy: 10, capacity: 10, open: false }).tone).toBe('closed');
    expect(occupancyView({ occupancy: 12, capacity: 10, open: true })).toMatchObject({ bar: 100, free: 0, tone: 'full' });
    expect(occupancyView({ occupancy: 0, capacity: 0, open: true })).toMatchObject({ percent: 0, bar: 0, free: 0 });
  });
});

describe('shelter list', () => {
  it('applies a newer shelter, ignores an older one and adds an unknown one', () => {
    const first = shelter({ occupancy: 5, updatedAt: '2026-09-06T08:00:00.000Z' });
    const newer = { ...first, occupancy: 8, updatedAt: '2026-09-06T08:01:00.000Z' };
    expect(mergeShelter([first], newer)).toEqual([newer]);
    expect(mergeShelter([newer], first)).toEqual([newer]);
    const other = shelter({ id: 'other' });
    expect(mergeShelter([first], other)).toEqual([first, other]);
  });

  it('lists open shelters first, then by name in the reader’s language', () => {
    const a = shelter({ id: 'a', names: { 'zh-Hans': '乙', 'zh-Hant': '乙', pt: 'B', en: 'Beta' } });
    const b = shelter({ id: 'b', names: { 'zh-Hans': '甲', 'zh-Hant': '甲', pt: 'A', en: 'Alpha' }, open: false });
    const c = shelter({ id: 'c', names: { 'zh-Hans': '丙', 'zh-Hant': '丙', pt: 'C', en: 'Charlie' } });
    expect(sortShelters([c, b, a], 'en').map((s) => s.id)).toEqual(['a', 'c', 'b']);
  });
});

describe('shelter forms', () => {
  it('accepts a capacity from 1 to 100000 and not below the people inside', () => {
    expect(checkCapacity('120', 40)).toBeUndefined();
    expect(checkCapacity('40', 40)).toBeUndefined();
    expect(checkCapacity('39', 40)).toBe('evac.shelter.problem.capacityBelowOccupancy');
    expect(checkCapacity('0', 0)).toBe('evac.shelter.problem.capacity');
    expect(checkCapacity('100001', 0)).toBe('evac.shelter.problem.capacity');
    expect(checkCapacity('12.5', 0)).toBe('evac.shelter.problem.capacity');
    expect(checkCapacity('', 0)).toBe('evac.shelter.problem.capacity');
  });

  it('accepts a departure of 1 to the people inside', () => {
    expect(checkDeparture('3', 3)).toBeUndefined();
    expect(checkDeparture('4', 3)).toBe('evac.shelter.problem.departureTooMany');
    expect(checkDeparture('0', 3)).toBe('evac.problem.people');
    expect(checkDeparture('two', 3)).toBe('evac.problem.people');
  });
});
