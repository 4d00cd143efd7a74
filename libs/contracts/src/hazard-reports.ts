import type { LatLon } from './reference.js';

export const HAZARD_CATEGORIES = ['fallen-tree', 'flooding', 'loose-structure', 'landslide', 'power', 'blocked-road', 'other'] as const;
export type HazardCategory = (typeof HAZARD_CATEGORIES)[number];

export const HAZARD_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type HazardSeverity = (typeof HAZARD_SEVERITIES)[number];

/**
 * reported → assigned → rectifying → rectified → verified; `duplicate` and `rejected` (with a reason) close a report
 * from any open state. Each step is made by a named user and audited.
 */
export const HAZARD_REPORT_STATES = ['reported', 'assigned', 'rectifying', 'rectified', 'verified', 'duplicate', 'rejected'] as const;
export type HazardReportState = (typeof HAZARD_REPORT_STATES)[number];
export const HAZARD_OPEN_STATES: readonly HazardReportState[] = ['reported', 'assigned', 'rectifying'];

export interface HazardPhoto {
  id: string;
  /** `GET` it with the staff token: `/api/reports/{reportId}/photos/{photoId}`. */
  url: string;
  contentType: 'image/jpeg' | 'image/png' | 'image/webp';
  bytes: number;
  width: number | null;
  height: number | null;
}

export interface HazardReportStep {
  from: HazardReportState | null;
  to: HazardReportState;
  byId: string;
  byName: string;
  at: string;
  reason: string | null;
}

export interface HazardReport {
  id: string;
  clientId: string;
  category: HazardCategory;
  severity: HazardSeverity;
  description: string;
  location: LatLon & { accuracyMeters: number | null };
  /** The seeded area the location falls in, if any. */
  areaId: string | null;
  taskId: string | null;
  /** Team working on it (state assigned and after). */
  teamId: string | null;
  state: HazardReportState;
  reason: string | null;
  duplicateOf: string | null;
  photos: HazardPhoto[];
  reportedById: string;
  reportedByName: string;
  recordedAt: string;
  receivedAt: string;
  updatedAt: string;
  history: HazardReportStep[];
}

export interface HazardReportList {
  items: HazardReport[];
}

/**
 * `POST /api/reports` (field and HQ roles) as `multipart/form-data`: a part `report` holding this JSON and up to
 * `HAZARD_PHOTOS_MAX` parts `photos` (JPEG, PNG or WebP, each at most `HAZARD_PHOTO_MAX_BYTES`; the phone resizes
 * them first). 201 with the stored report; 200 with the same report when the same client id and body come again;
 * 409 when the client id was used with a different body.
 */
export interface CreateHazardReportRequest {
  clientId: string;
  category: HazardCategory;
  severity: HazardSeverity;
  description: string;
  location: LatLon & { accuracyMeters?: number };
  taskId?: string | null;
  recordedAt: string;
}

/** `POST /api/reports/:id/transition` (HQ roles; the assigned team's members may move assigned → rectifying → rectified). */
export interface HazardReportTransitionRequest {
  to: HazardReportState;
  /** Required for `rejected` and `duplicate`. */
  reason?: string;
  /** Required for `duplicate`. */
  duplicateOf?: string;
  /** Required for `assigned`. */
  teamId?: string;
}

export const HAZARD_DESCRIPTION_MAX = 1000;
export const HAZARD_PHOTOS_MAX = 4;
export const HAZARD_PHOTO_MAX_BYTES = 2_000_000;
/** Longest edge the phone resizes photos to before sending. */
export const HAZARD_PHOTO_MAX_EDGE = 1600;
