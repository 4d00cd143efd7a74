/** What admitting or releasing people needs to know about a shelter. */
export interface ShelterCount {
  capacity: number;
  occupancy: number;
  open: boolean;
}

export type OccupancyRefusal =
  | { code: 'shelter_closed'; message: string }
  | { code: 'shelter_full'; message: string }
  | { code: 'shelter_departure_exceeds_occupancy'; message: string }
  | { code: 'shelter_capacity_below_occupancy'; message: string };

/** Places still free; never negative even if a capacity was lowered by hand. */
export function freePlaces(shelter: Pick<ShelterCount, 'capacity' | 'occupancy'>): number {
  return Math.max(0, shelter.capacity - shelter.occupancy);
}

/**
 * Why `people` cannot move into the shelter, or null when they can. The database applies the same rule in one
 * conditional UPDATE (`open AND occupancy + n <= capacity`); this explains a refusal to the caller.
 */
export function admissionRefusal(shelter: ShelterCount, people: number): OccupancyRefusal | null {
  if (!shelter.open) return { code: 'shelter_closed', message: 'This shelter is closed; open it first or choose another shelter.' };
  if (shelter.occupancy + people > shelter.capacity) {
    const free = freePlaces(shelter);
    return {
      code: 'shelter_full',
      message: `This shelter has ${free} free place${free === 1 ? '' : 's'} (${shelter.occupancy} of ${shelter.capacity} taken); ${people} cannot move in. Choose another shelter or move fewer people.`,
    };
  }
  return null;
}

/** Why `people` cannot be recorded as leaving: occupancy never goes below zero. */
export function departureRefusal(shelter: Pick<ShelterCount, 'occupancy'>, people: number): OccupancyRefusal | null {
  if (people > shelter.occupancy) {
    return {
      code: 'shelter_departure_exceeds_occupancy',
      message: `Only ${shelter.occupancy} ${shelter.occupancy === 1 ? 'person is' : 'people are'} in this shelter; ${people} cannot leave.`,
    };
  }
  return null;
}

/** A capacity below the people already inside would make the count impossible. */
export function capacityRefusal(shelter: Pick<ShelterCount, 'occupancy'>, capacity: number): OccupancyRefusal | null {
  if (capacity < shelter.occupancy) {
    return {
      code: 'shelter_capacity_below_occupancy',
      message: `capacity cannot go below the ${shelter.occupancy} people already in this shelter; record departures first.`,
    };
  }
  return null;
}
