/**
 * Residents answer an alert with "I'm safe" or "I need help" from the public page, anonymously; contact details are
 * optional and only HQ roles ever see them.
 */
export const RESIDENT_STATUSES = ['safe', 'need-help'] as const;
export type ResidentStatus = (typeof RESIDENT_STATUSES)[number];

/** `POST /api/residents/status` (public, rate-limited). */
export interface ResidentStatusRequest {
  status: ResidentStatus;
  /** The alert being answered, if any. */
  alertId?: string;
  areaId?: string;
  location?: { lat: number; lon: number };
  /** Phone or other contact, only for `need-help` (optional). */
  contact?: string;
  message?: string;
  /** Client-generated id so a report sent twice is stored once. */
  clientId: string;
}

export interface ResidentStatusReceipt {
  id: string;
  receivedAt: string;
}

/** A help request as the HQ sees it (`GET /api/residents/help-requests`, HQ roles). */
export interface HelpRequest {
  id: string;
  alertId: string | null;
  areaId: string | null;
  location: { lat: number; lon: number } | null;
  contact: string | null;
  message: string | null;
  receivedAt: string;
  handledBy: string | null;
  handledAt: string | null;
}

/** `GET /api/residents/status-counts?alertId=` (HQ roles, liaison gets counts too) and realtime `resident.status` (room `hq`). */
export interface ResidentStatusCounts {
  alertId: string | null;
  safe: number;
  needHelp: number;
  openHelpRequests: number;
  at: string;
}
