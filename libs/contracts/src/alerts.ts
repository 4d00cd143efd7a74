import type { Language, LocalizedText } from './languages.js';
import type { Role } from './roles.js';

/**
 * Wire types for public alerts, aligned with CAP 1.2 (OASIS Common Alerting Protocol). The enumerations repeat the
 * schema's values so that the web app can use them without the domain library.
 */

/** CAP status of an alert. `Draft` is only a placeholder while composing; nothing goes out as Draft. */
export const ALERT_STATUSES = ['Actual', 'Exercise', 'Test', 'Draft'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
/** Exercise and Test reach only subscriptions enrolled for drills or test devices and look different end to end. */
export const DRILL_STATUSES: readonly AlertStatus[] = ['Exercise', 'Test'];

export const ALERT_MSG_TYPES = ['Alert', 'Update', 'Cancel'] as const;
export type AlertMsgType = (typeof ALERT_MSG_TYPES)[number];

/** Alerts from this system are public; CAP's Restricted and Private scopes are not used. */
export const ALERT_SCOPES = ['Public'] as const;
export type AlertScope = (typeof ALERT_SCOPES)[number];

export const ALERT_CATEGORIES = ['Geo', 'Met', 'Safety', 'Security', 'Rescue', 'Fire', 'Health', 'Env', 'Transport', 'Infra', 'CBRNE', 'Other'] as const;
export type AlertCategory = (typeof ALERT_CATEGORIES)[number];
export const ALERT_RESPONSE_TYPES = ['Shelter', 'Evacuate', 'Prepare', 'Execute', 'Avoid', 'Monitor', 'Assess', 'AllClear', 'None'] as const;
export type AlertResponseType = (typeof ALERT_RESPONSE_TYPES)[number];
export const ALERT_URGENCIES = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'] as const;
export type AlertUrgency = (typeof ALERT_URGENCIES)[number];
export const ALERT_SEVERITIES = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];
export const ALERT_CERTAINTIES = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'] as const;
export type AlertCertainty = (typeof ALERT_CERTAINTIES)[number];

/** Where an alert is in its workflow. Published, cancelled and expired alerts are never edited. */
export const ALERT_STATES = ['draft', 'submitted', 'approved', 'rejected', 'published', 'cancelled', 'expired'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

/** The text of one language. The headline is at most 140 characters; the instruction is the notification body. */
export interface AlertInfoText {
  headline: string;
  description: string;
  instruction: string;
}

/** A drawn polygon: a closed ring of at least four `[lat, lon]` points (first equal to last), as CAP writes it. */
export type AlertPolygon = [number, number][];

/** A drawn circle: centre and radius in kilometres. */
export interface AlertCircle {
  center: { lat: number; lon: number };
  radiusKm: number;
}

/** Who receives the alert: seeded areas (communities, estates) and/or drawn shapes. At least one is required. */
export interface AlertTarget {
  areaIds: string[];
  polygons: AlertPolygon[];
  circles: AlertCircle[];
}

/** The official signal an alert relates to (catalogue ids, see SignalKey). */
export interface AlertSignalRef {
  authority: string;
  area: string;
  hazard: string;
  /** Null when the alert is about the signal being cancelled. */
  level: string | null;
}

/** An earlier alert an Update or Cancel replaces, as CAP lists it (`sender,identifier,sent`). */
export interface AlertReference {
  sender: string;
  identifier: string;
  /** ISO 8601 instant. */
  sent: string;
}

/** What a composer edits. Times are ISO 8601 instants. */
export interface AlertContent {
  status: AlertStatus;
  msgType: AlertMsgType;
  scope: AlertScope;
  category: AlertCategory;
  /** CAP `event`, per language (e.g. "Tropical cyclone signal No. 8"). */
  event: LocalizedText;
  /** OASIS Event Terms code, e.g. `OET-204`. */
  eventCode: string;
  urgency: AlertUrgency;
  severity: AlertSeverity;
  certainty: AlertCertainty;
  responseTypes: AlertResponseType[];
  effective: string;
  onset: string;
  expires: string;
  info: Record<Language, AlertInfoText>;
  target: AlertTarget;
  signal: AlertSignalRef | null;
  /** The template it was started from, if any. */
  templateId: string | null;
  /** Filled by the server for Update and Cancel; empty for a first Alert. */
  references: AlertReference[];
}

/** A stored alert: content plus the fields only the server sets. */
export interface Alert extends AlertContent {
  id: string;
  state: AlertState;
  /** CAP identifier and sender, and the time it was sent: set at publication. */
  identifier: string | null;
  sender: string | null;
  sent: string | null;
  /** The alert an Update or Cancel replaces, by id. */
  replacesAlertId: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  submittedBy: string | null;
  submittedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  rejectedBy: string | null;
  rejectedAt: string | null;
  rejectionReason: string | null;
  publishedAt: string | null;
  cancelledBy: string | null;
  cancelledAt: string | null;
  expiredAt: string | null;
  /**
   * Display names of the staff behind `createdBy`, `submittedBy`, `approvedBy`, `rejectedBy` and `cancelledBy`, for
   * screens; null when that step has not happened (or the account is gone). Sent by the api since names were added.
   */
  createdByName?: string | null;
  submittedByName?: string | null;
  approvedByName?: string | null;
  rejectedByName?: string | null;
  cancelledByName?: string | null;
}

/** The staff member acting on an alert. */
export interface AlertActor {
  userId: string;
  role: Role;
}

/** `POST /api/alerts`: a new draft. Server-owned fields (state, identifier, sender, approvals, references) are refused. */
export type CreateAlertDraftRequest = Omit<AlertContent, 'references'> & {
  /** For Update and Cancel: the published alert this one replaces; the server fills `references` from it. */
  replacesAlertId?: string | null;
};

/** `PATCH /api/alerts/{id}`: changes to a draft or rejected alert. */
export type UpdateAlertDraftRequest = Partial<Omit<AlertContent, 'references' | 'msgType'>>;

/** `POST /api/alerts/{id}/approve`. Extreme or Severe Actual alerts need the typed confirmation phrase. */
export interface ApproveAlertRequest {
  confirmation?: string;
}

/** `POST /api/alerts/{id}/reject`. */
export interface RejectAlertRequest {
  reason: string;
}

/** One thing wrong with an alert, by field path (e.g. `info.pt.headline`). */
export interface AlertProblem {
  path: string;
  code: string;
  message: string;
}

/** The notification the push sender sends per language: compact and within the Web Push limit. */
export interface AlertPushPayload {
  id: string;
  status: AlertStatus;
  msgType: AlertMsgType;
  lang: Language;
  headline: string;
  body: string;
  url: string;
}

/** Which signal levels a template is for. */
export interface AlertTemplateSignal {
  authority: string;
  area: string;
  hazard: string;
  /** Levels the template fits; empty when it is about the signal being lowered or cancelled. */
  levels: string[];
}

/** A pre-written alert in four languages that the composer starts from. */
export interface AlertTemplate {
  id: string;
  name: LocalizedText;
  signal: AlertTemplateSignal | null;
  category: AlertCategory;
  event: LocalizedText;
  eventCode: string;
  urgency: AlertUrgency;
  severity: AlertSeverity;
  certainty: AlertCertainty;
  responseTypes: AlertResponseType[];
  info: Record<Language, AlertInfoText>;
  defaultAreaIds: string[];
  /** How long after `effective` the alert expires unless the composer changes it. */
  expiresAfterMinutes: number;
}

/** Realtime `alert.updated` to the HQ room: an alert was created, edited or moved in its workflow. */
export interface AlertUpdatedEvent {
  alert: Alert;
}
