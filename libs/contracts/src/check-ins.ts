import type { LatLon } from './reference.js';

/** What an inspector says about themselves when checking in. */
export const CHECK_IN_STATUSES = ['ok', 'on-task', 'returning', 'need-assistance'] as const;
export type CheckInStatus = (typeof CHECK_IN_STATUSES)[number];

/**
 * `POST /api/check-ins` (field roles, and HQ roles on behalf of a team). Made offline, it is queued on the phone and
 * sent later: `recordedAt` is when it was made (not in the future, at most 7 days old), `clientId` makes a resend
 * one row (a different body under the same id is a 409).
 */
export interface CheckInRequest {
  clientId: string;
  /** Optional for a member of exactly one team. */
  teamId?: string;
  location: LatLon & { accuracyMeters?: number };
  status: CheckInStatus;
  note?: string;
  recordedAt: string;
}

export interface CheckIn {
  id: string;
  clientId: string;
  teamId: string;
  userId: string;
  userName: string;
  location: LatLon & { accuracyMeters: number | null };
  status: CheckInStatus;
  note: string | null;
  recordedAt: string;
  receivedAt: string;
}

export interface CheckInList {
  items: CheckIn[];
}

export const CHECK_IN_NOTE_MAX = 300;
/** How old a queued record (check-in, report) may be when it finally reaches the server. */
export const OFFLINE_RECORD_MAX_AGE_DAYS = 7;
/** Clock skew tolerated on `recordedAt` before it counts as "in the future". */
export const OFFLINE_RECORD_FUTURE_SKEW_SECONDS = 120;
