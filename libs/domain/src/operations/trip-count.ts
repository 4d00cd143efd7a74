/** A dispatch as trips are counted from it. */
export interface TripSource {
  people: number;
  vehicles: number;
  /** When the task first went en route; null while it has not left (or never did). */
  enRouteAt: Date | string | null;
}

export interface TripCounts {
  /** 人次: people × trips. */
  inspectorTrips: number;
  /** 辆次: vehicles × trips. */
  vehicleTrips: number;
  trips: number;
}

/**
 * Each task that went en route is one trip of its `people` and `vehicles`; a task cancelled before leaving counts
 * nothing. The SQL in the task repository computes the same sum for the dashboard (this is its reference).
 */
export function countTrips(tasks: readonly TripSource[]): TripCounts {
  let inspectorTrips = 0;
  let vehicleTrips = 0;
  let trips = 0;
  for (const task of tasks) {
    if (task.enRouteAt === null) continue;
    trips += 1;
    inspectorTrips += task.people;
    vehicleTrips += task.vehicles;
  }
  return { inspectorTrips, vehicleTrips, trips };
}
