import {
  VULNERABILITY_KINDS,
  VULNERABLE_NAME_MAX,
  VULNERABLE_TEXT_MAX,
  WELFARE_OUTCOMES,
  type LatLon,
  type VulnerabilityKind,
  type VulnerableResident,
  type VulnerableResidentInput,
  type WelfareOutcome,
} from '@app/contracts';
import { cleanText, type Problems } from './form-text.js';

/** The register's filters as the HQ sets them; empty strings mean "any". */
export interface ResidentFilter {
  area: string;
  outcome: WelfareOutcome | 'none' | '';
  due: boolean;
}

export const ANY_RESIDENT: ResidentFilter = { area: '', outcome: '', due: false };

const OUTCOME_FILTERS: readonly string[] = [...WELFARE_OUTCOMES, 'none'];

/** The query string of `GET /api/vulnerable-residents` for a filter ("" when nothing is filtered). */
export function residentQuery(filter: ResidentFilter): string {
  const params = new URLSearchParams();
  if (filter.area) params.set('area', filter.area);
  if (filter.outcome) params.set('outcome', filter.outcome);
  if (filter.due) params.set('due', 'true');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The filter kept in the page address (`?area=&outcome=&due=1`), so a link opens the same list. */
export function filterFromParams(params: URLSearchParams): ResidentFilter {
  const outcome = params.get('outcome') ?? '';
  return {
    area: /^[a-z0-9][a-z0-9-]{0,63}$/.test(params.get('area') ?? '') ? params.get('area')! : '',
    outcome: OUTCOME_FILTERS.includes(outcome) ? (outcome as ResidentFilter['outcome']) : '',
    due: params.get('due') === '1' || params.get('due') === 'true',
  };
}

export function filterToParams(filter: ResidentFilter): Record<string, string> {
  const params: Record<string, string> = {};
  if (filter.area) params.area = filter.area;
  if (filter.outcome) params.outcome = filter.outcome;
  if (filter.due) params.due = '1';
  return params;
}

export function isDue(resident: VulnerableResident): boolean {
  return !!resident.welfareCheckDueSince;
}

/** Residents waiting for a welfare check, the longest waiting first. */
export function dueResidents(residents: readonly VulnerableResident[]): VulnerableResident[] {
  return residents
    .filter(isDue)
    .sort((a, b) => Date.parse(a.welfareCheckDueSince!) - Date.parse(b.welfareCheckDueSince!) || a.name.localeCompare(b.name));
}

/** A resident as the form edits it: texts as typed, the position as one "lat, lon" text. */
export interface ResidentDraft {
  name: string;
  phone: string;
  address: string;
  areaId: string;
  kinds: VulnerabilityKind[];
  needs: string;
  caseworker: string;
  location: string;
}

export type ResidentField = 'name' | 'phone' | 'address' | 'areaId' | 'kinds' | 'needs' | 'caseworker' | 'location';

export const EMPTY_RESIDENT: ResidentDraft = { name: '', phone: '', address: '', areaId: '', kinds: [], needs: '', caseworker: '', location: '' };

const PHONE = /^\+?[0-9][0-9 ()-]{2,39}$/;

export function formatLocation(location: LatLon | null): string {
  return location ? `${location.lat}, ${location.lon}` : '';
}

/** "22.1356, 113.5421" or "22.1356 113.5421", latitude first; undefined when it is not a position. */
export function parseLocation(text: string): LatLon | undefined {
  const match = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*[,;\s]\s*(-?\d{1,3}(?:\.\d+)?)\s*$/.exec(text);
  if (!match) return undefined;
  const lat = Number(match[1]);
  const lon = Number(match[2]);
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : undefined;
}

export function draftOfResident(resident: VulnerableResident): ResidentDraft {
  return {
    name: resident.name,
    phone: resident.phone ?? '',
    address: resident.address,
    areaId: resident.areaId,
    kinds: [...resident.kinds],
    needs: resident.needs ?? '',
    caseworker: resident.caseworker ?? '',
    location: formatLocation(resident.location),
  };
}

/** What is missing or wrong, by field; the same rules the api applies, so a refusal is rare. */
export function checkResident(draft: ResidentDraft): Problems<ResidentField> {
  const problems: Problems<ResidentField> = {};
  const name = cleanText(draft.name);
  if (!name) problems.name = 'evac.resident.problem.name';
  else if (name.length > VULNERABLE_NAME_MAX) problems.name = 'evac.resident.problem.nameLong';
  const phone = cleanText(draft.phone);
  if (phone && !PHONE.test(phone)) problems.phone = 'evac.resident.problem.phone';
  const address = cleanText(draft.address);
  if (!address) problems.address = 'evac.resident.problem.address';
  else if (address.length > VULNERABLE_TEXT_MAX) problems.address = 'evac.resident.problem.textLong';
  if (!draft.areaId) problems.areaId = 'evac.resident.problem.area';
  if (draft.kinds.length === 0 || draft.kinds.some((k) => !VULNERABILITY_KINDS.includes(k))) problems.kinds = 'evac.resident.problem.kinds';
  if (cleanText(draft.needs).length > VULNERABLE_TEXT_MAX) problems.needs = 'evac.resident.problem.textLong';
  if (cleanText(draft.caseworker).length > VULNERABLE_NAME_MAX) problems.caseworker = 'evac.resident.problem.nameLong';
  if (draft.location.trim() && !parseLocation(draft.location)) problems.location = 'evac.resident.problem.location';
  return problems;
}

const orNull = (text: string): string | null => cleanText(text) || null;

/** The new resident as the api takes it; call only after `checkResident` found nothing. */
export function residentInput(draft: ResidentDraft): VulnerableResidentInput {
  return {
    name: cleanText(draft.name),
    phone: orNull(draft.phone),
    address: cleanText(draft.address),
    areaId: draft.areaId,
    location: parseLocation(draft.location) ?? null,
    // In the catalogue's order, whatever order they were ticked in.
    kinds: VULNERABILITY_KINDS.filter((k) => draft.kinds.includes(k)),
    needs: orNull(draft.needs),
    caseworker: orNull(draft.caseworker),
  };
}

/**
 * Only the fields the HQ changed: the audit log then names exactly what was edited, and a field another desk changed
 * meanwhile is not written back with the value this form loaded.
 */
export function residentPatch(before: VulnerableResident, draft: ResidentDraft): Partial<VulnerableResidentInput> {
  const after = residentInput(draft);
  const patch: Partial<VulnerableResidentInput> = {};
  if (after.name !== before.name) patch.name = after.name;
  if (after.phone !== before.phone) patch.phone = after.phone;
  if (after.address !== before.address) patch.address = after.address;
  if (after.areaId !== before.areaId) patch.areaId = after.areaId;
  if (formatLocation(after.location ?? null) !== formatLocation(before.location)) patch.location = after.location;
  if (after.kinds.join() !== VULNERABILITY_KINDS.filter((k) => before.kinds.includes(k)).join()) patch.kinds = after.kinds;
  if (after.needs !== before.needs) patch.needs = after.needs;
  if (after.caseworker !== before.caseworker) patch.caseworker = after.caseworker;
  return patch;
}

/** Puts a saved resident into the list, or takes it out when it no longer matches the filter. */
export function mergeResident(list: readonly VulnerableResident[], resident: VulnerableResident, filter: ResidentFilter): VulnerableResident[] {
  const rest = list.filter((r) => r.id !== resident.id);
  if (!matchesFilter(resident, filter)) return rest;
  return [...rest, resident].sort((a, b) => a.areaId.localeCompare(b.areaId) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

export function matchesFilter(resident: VulnerableResident, filter: ResidentFilter): boolean {
  if (filter.area && resident.areaId !== filter.area) return false;
  if (filter.outcome === 'none' && resident.lastOutcome !== null) return false;
  if (filter.outcome && filter.outcome !== 'none' && resident.lastOutcome !== filter.outcome) return false;
  if (filter.due && !isDue(resident)) return false;
  return true;
}
