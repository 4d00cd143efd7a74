import { formProblemFor, type FormProblem } from '../forms/form-problem.js';
import type { MessageKey } from '../i18n/catalogues.js';
import { ApiRequestError } from '../session/auth-api.js';

/**
 * Refusals the evacuation desk meets in the course of its work, named in the reader's language; the server's own
 * sentence (which says how many places are free, or how many people are inside) follows as the detail.
 */
const REFUSALS: Record<string, MessageKey> = {
  shelter_full: 'evac.problem.shelterFull',
  shelter_closed: 'evac.problem.shelterClosed',
  shelter_capacity_below_occupancy: 'evac.problem.capacityBelowOccupancy',
  shelter_departure_exceeds_occupancy: 'evac.problem.departureTooMany',
  vulnerable_resident_in_shelter: 'evac.problem.residentInShelter',
  vulnerable_resident_not_in_shelter: 'evac.problem.residentNotInShelter',
  task_people_required: 'evac.problem.teamEmpty',
};

export function evacuationProblemFor(err: unknown): FormProblem {
  if (err instanceof ApiRequestError && REFUSALS[err.code]) return { key: REFUSALS[err.code]!, code: err.code, detail: err.message };
  return formProblemFor(err);
}
