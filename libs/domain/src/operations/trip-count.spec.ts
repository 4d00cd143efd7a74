import { describe, expect, it } from 'vitest';
import { countTrips } from './trip-count.js';

describe('countTrips', () => {
  it('counts people × trips and vehicles × trips of tasks that went en route', () => {
    expect(
      countTrips([
        { people: 4, vehicles: 1, enRouteAt: '2026-09-06T10:00:00Z' },
        { people: 6, vehicles: 2, enRouteAt: new Date('2026-09-06T11:00:00Z') },
        { people: 5, vehicles: 1, enRouteAt: null },
      ]),
    ).toEqual({ inspectorTrips: 10, vehicleTrips: 3, trips: 2 });
  });

  it('is zero for nothing dispatched', () => {
    expect(countTrips([])).toEqual({ inspectorTrips: 0, vehicleTrips: 0, trips: 0 });
  });
});
