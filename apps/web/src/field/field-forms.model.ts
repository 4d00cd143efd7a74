import {
  CHECK_IN_NOTE_MAX,
  HAZARD_CATEGORIES,
  HAZARD_DESCRIPTION_MAX,
  HAZARD_PHOTOS_MAX,
  HAZARD_SEVERITIES,
  TASK_REASON_MAX,
  type CheckInRequest,
  type CheckInStatus,
  type CreateHazardReportRequest,
  type HazardCategory,
  type HazardSeverity,
  type LatLon,
  type TaskState,
  type TaskTransitionRequest,
} from '@app/contracts';
import type { MessageKey } from '../i18n/catalogues.js';

/** Where something is, and how it was found: the phone's GPS, a tap on the map, or typed coordinates. */
export interface PickedLocation extends LatLon {
  accuracyMeters?: number;
  source: 'gps' | 'map' | 'typed';
}

export interface ReportDraft {
  category: HazardCategory | '';
  severity: HazardSeverity | '';
  description: string;
  location: PickedLocation | null;
  taskId: string;
  photoCount: number;
}

export const EMPTY_REPORT: ReportDraft = { category: '', severity: '', description: '', location: null, taskId: '', photoCount: 0 };

export type ReportField = 'category' | 'severity' | 'description' | 'location' | 'photos';
export type FieldProblems<F extends string> = Partial<Record<F, MessageKey>>;

// Control and text-direction characters, which the api refuses in texts; a pasted text may carry them unseen.
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function cleanText(text: string): string {
  return text.replace(UNPRINTABLE, '').trim();
}

export function isValidLocation(location: LatLon | null | undefined): location is LatLon {
  return (
    !!location &&
    Number.isFinite(location.lat) &&
    Number.isFinite(location.lon) &&
    Math.abs(location.lat) <= 90 &&
    Math.abs(location.lon) <= 180
  );
}

/** What is missing or wrong in a report, by field; empty when it can be queued. */
export function checkReport(draft: ReportDraft): FieldProblems<ReportField> {
  const problems: FieldProblems<ReportField> = {};
  if (!(HAZARD_CATEGORIES as readonly string[]).includes(draft.category)) problems.category = 'field.report.problem.category';
  if (!(HAZARD_SEVERITIES as readonly string[]).includes(draft.severity)) problems.severity = 'field.report.problem.severity';
  const description = cleanText(draft.description);
  if (!description) problems.description = 'field.report.problem.description';
  else if (description.length > HAZARD_DESCRIPTION_MAX) problems.description = 'field.report.problem.descriptionLong';
  if (!isValidLocation(draft.location)) problems.location = 'field.report.problem.location';
  if (draft.photoCount > HAZARD_PHOTOS_MAX) problems.photos = 'field.report.problem.photos';
  return problems;
}

export function hasProblems(problems: object): boolean {
  return Object.keys(problems).length > 0;
}

function locationOf(picked: PickedLocation): CreateHazardReportRequest['location'] {
  const location: CreateHazardReportRequest['location'] = { lat: round(picked.lat, 6), lon: round(picked.lon, 6) };
  if (picked.accuracyMeters !== undefined && Number.isFinite(picked.accuracyMeters)) location.accuracyMeters = Math.round(picked.accuracyMeters);
  return location;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** The report as the api takes it; call only after `checkReport` found nothing. */
export function reportRequest(draft: ReportDraft, clientId: string, recordedAt: Date): CreateHazardReportRequest {
  const request: CreateHazardReportRequest = {
    clientId,
    category: draft.category as HazardCategory,
    severity: draft.severity as HazardSeverity,
    description: cleanText(draft.description),
    location: locationOf(draft.location!),
    recordedAt: recordedAt.toISOString(),
  };
  if (draft.taskId) request.taskId = draft.taskId;
  return request;
}

export type CheckInField = 'location' | 'note';

export function checkCheckIn(location: PickedLocation | null, note: string): FieldProblems<CheckInField> {
  const problems: FieldProblems<CheckInField> = {};
  if (!isValidLocation(location)) problems.location = 'field.checkIn.problem.location';
  if (cleanText(note).length > CHECK_IN_NOTE_MAX) problems.note = 'field.checkIn.problem.noteLong';
  return problems;
}

export function checkInRequest(location: PickedLocation, status: CheckInStatus, note: string, clientId: string, recordedAt: Date): CheckInRequest {
  const request: CheckInRequest = { clientId, location: locationOf(location), status, recordedAt: recordedAt.toISOString() };
  const cleaned = cleanText(note);
  if (cleaned) request.note = cleaned;
  return request;
}

/**
 * Coordinates as a person types them: "22.1356, 113.5421", "22.1356 113.5421" or "22.1356N 113.5421E", latitude
 * first. Undefined when it is not a valid position.
 */
export function parseCoordinates(text: string): LatLon | undefined {
  const match = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*°?\s*([NS])?\s*[,;\s]\s*(-?\d{1,3}(?:\.\d+)?)\s*°?\s*([EW])?\s*$/i.exec(text);
  if (!match) return undefined;
  let lat = Number(match[1]);
  let lon = Number(match[3]);
  if (match[2]?.toUpperCase() === 'S') lat = -Math.abs(lat);
  if (match[4]?.toUpperCase() === 'W') lon = -Math.abs(lon);
  const location = { lat, lon };
  return isValidLocation(location) ? location : undefined;
}

/** The steps an inspector can take on a task from its state (the server checks them again). */
export function nextTaskSteps(state: TaskState): Exclude<TaskState, 'assigned'>[] {
  switch (state) {
    case 'assigned':
      return ['en-route', 'cannot-complete'];
    case 'en-route':
      return ['on-site', 'cannot-complete'];
    case 'on-site':
      return ['done', 'cannot-complete'];
    default:
      return [];
  }
}

/** A task step as the api takes it; `cannot-complete` needs a reason. Undefined when the reason is missing or too long. */
export function transitionRequest(to: TaskState, reason: string, clientId: string): TaskTransitionRequest | undefined {
  if (to !== 'cannot-complete') return { to, clientId };
  const cleaned = cleanText(reason);
  if (!cleaned || cleaned.length > TASK_REASON_MAX) return undefined;
  return { to, reason: cleaned, clientId };
}
