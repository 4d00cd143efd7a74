import type { LocalizedText } from './languages.js';
import type { LatLon } from './reference.js';

/**
 * People at risk and vulnerable residents followed by social workers. Contact data (name, phone, address) is for
 * HQ roles and the field units assigned to them; it never reaches liaison or public pages.
 */
export const VULNERABILITY_KINDS = ['elderly-alone', 'disabled', 'bedridden', 'chronic-illness', 'pregnant', 'child', 'low-lying-home', 'other'] as const;
export type VulnerabilityKind = (typeof VULNERABILITY_KINDS)[number];

export const WELFARE_OUTCOMES = ['safe', 'needs-help', 'moved', 'not-reached'] as const;
export type WelfareOutcome = (typeof WELFARE_OUTCOMES)[number];

export interface VulnerableResident {
  id: string;
  name: string;
  phone: string | null;
  address: string;
  areaId: string;
  location: LatLon | null;
  kinds: VulnerabilityKind[];
  /** Free text: mobility aids, medication, language. */
  needs: string | null;
  caseworker: string | null;
  /** The latest welfare check's outcome, null before the first. */
  lastOutcome: WelfareOutcome | null;
  lastCheckedAt: string | null;
  /** Moved to a shelter and not yet returned. */
  shelterId: string | null;
  /**
   * Since when a playbook run has asked for a welfare check that is still to be done: no check recorded and no
   * welfare-check task created since. Null when nothing is pending. The HQ lists these with `due=true`.
   */
  welfareCheckDueSince?: string | null;
}

export interface VulnerableResidentList {
  items: VulnerableResident[];
}

export interface VulnerableResidentInput {
  name: string;
  phone?: string | null;
  address: string;
  areaId: string;
  location?: LatLon | null;
  kinds: VulnerabilityKind[];
  needs?: string | null;
  caseworker?: string | null;
}

/** `POST /api/welfare-checks` (HQ roles; field units for residents on their tasks). */
export interface WelfareCheckRequest {
  clientId: string;
  vulnerableResidentId: string;
  outcome: WelfareOutcome;
  note?: string;
  taskId?: string | null;
  recordedAt: string;
}

export interface WelfareCheck {
  id: string;
  vulnerableResidentId: string;
  outcome: WelfareOutcome;
  note: string | null;
  taskId: string | null;
  byId: string;
  byName: string;
  recordedAt: string;
}

export interface Shelter {
  id: string;
  /** The reference place it is, when it is one. */
  placeId: string | null;
  names: LocalizedText;
  areaId: string | null;
  location: LatLon;
  capacity: number;
  /** People in now: transfers in minus people who left. */
  occupancy: number;
  open: boolean;
  updatedAt: string;
}

export interface ShelterList {
  items: Shelter[];
}

/** `POST /api/shelters` / `PATCH /api/shelters/:id` (HQ roles). */
export interface ShelterInput {
  placeId?: string | null;
  names: LocalizedText;
  areaId?: string | null;
  location: LatLon;
  capacity: number;
  open?: boolean;
}

/** `POST /api/shelters/:id/departures` (HQ roles): people left the shelter (went home). */
export interface ShelterDepartureRequest {
  people: number;
  vulnerableResidentId?: string | null;
  note?: string;
}

/**
 * `POST /api/transfers` (HQ roles and field units): people moved to a shelter. Adds `people` to the shelter's
 * occupancy; refused (409) when the shelter is closed or would go over capacity.
 */
export interface TransferRequest {
  clientId: string;
  shelterId: string;
  people: number;
  /** Where from: an area, or free text such as a street. */
  fromAreaId?: string | null;
  fromNote?: string | null;
  vulnerableResidentId?: string | null;
  teamId?: string | null;
  taskId?: string | null;
  recordedAt: string;
}

export interface Transfer {
  id: string;
  shelterId: string;
  people: number;
  fromAreaId: string | null;
  fromNote: string | null;
  vulnerableResidentId: string | null;
  teamId: string | null;
  taskId: string | null;
  byId: string;
  byName: string;
  recordedAt: string;
}

export interface TransferList {
  items: Transfer[];
}

export const VULNERABLE_NAME_MAX = 80;
export const VULNERABLE_TEXT_MAX = 500;
