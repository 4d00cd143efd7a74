import type { Language, Shelter } from '@app/contracts';
import type { MessageKey } from '../i18n/catalogues.js';
import { parseWholeNumber } from './form-text.js';

/** The api's limits on a shelter's capacity and on people moved in or out at once. */
export const SHELTER_CAPACITY_MAX = 100_000;
export const MOVED_PEOPLE_MAX = 1000;

/** At this share of places taken a shelter reads as nearly full. */
export const NEARLY_FULL_PERCENT = 90;

export type OccupancyTone = 'ok' | 'nearly-full' | 'full' | 'closed';

export interface OccupancyView {
  /** Share of places taken, rounded down so a shelter shows 100 % only when it is full. */
  percent: number;
  /** Width of the bar, 0–100. */
  bar: number;
  free: number;
  tone: OccupancyTone;
}

export function occupancyView(shelter: Pick<Shelter, 'occupancy' | 'capacity' | 'open'>): OccupancyView {
  const capacity = Math.max(0, shelter.capacity);
  const occupancy = Math.max(0, shelter.occupancy);
  const percent = capacity > 0 ? Math.floor((occupancy / capacity) * 100) : 0;
  const free = Math.max(0, capacity - occupancy);
  let tone: OccupancyTone = 'ok';
  if (!shelter.open) tone = 'closed';
  else if (free === 0) tone = 'full';
  else if (percent >= NEARLY_FULL_PERCENT) tone = 'nearly-full';
  return { percent, bar: Math.min(100, percent), free, tone };
}

/**
 * Applies a shelter from an `ops.shelter` event or an answer: replaces the one with its id, or adds it. An event
 * older than what the list holds (it can arrive after the answer to the desk's own change) is ignored.
 */
export function mergeShelter(list: readonly Shelter[], shelter: Shelter): Shelter[] {
  const index = list.findIndex((s) => s.id === shelter.id);
  if (index < 0) return [...list, shelter];
  const current = list[index]!;
  if (Date.parse(shelter.updatedAt) < Date.parse(current.updatedAt)) return [...list];
  const next = [...list];
  next[index] = shelter;
  return next;
}

/** Open shelters first, then by name in the reader's language, so the list does not jump as counts change. */
export function sortShelters(list: readonly Shelter[], language: Language): Shelter[] {
  return [...list].sort((a, b) => Number(b.open) - Number(a.open) || shelterName(a, language).localeCompare(shelterName(b, language), language) || a.id.localeCompare(b.id));
}

export function shelterName(shelter: Shelter, language: Language): string {
  return shelter.names[language] || shelter.names.en || shelter.id;
}

/** A new capacity: a whole number in range, and not below the people already inside. */
export function checkCapacity(text: string, occupancy: number): MessageKey | undefined {
  const capacity = parseWholeNumber(text);
  if (capacity === undefined || capacity < 1 || capacity > SHELTER_CAPACITY_MAX) return 'evac.shelter.problem.capacity';
  if (capacity < occupancy) return 'evac.shelter.problem.capacityBelowOccupancy';
  return undefined;
}

/** People leaving: a whole number from 1, and no more than are inside. */
export function checkDeparture(text: string, occupancy: number): MessageKey | undefined {
  const people = parseWholeNumber(text);
  if (people === undefined || people < 1 || people > MOVED_PEOPLE_MAX) return 'evac.problem.people';
  if (people > occupancy) return 'evac.shelter.problem.departureTooMany';
  return undefined;
}
