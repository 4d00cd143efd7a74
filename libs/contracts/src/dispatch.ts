import type { AlertContent, AlertStatus } from './alerts.js';
import type { Language } from './languages.js';

/**
 * Delivery of published alerts to residents' subscriptions: one delivery row per (alert, subscription), each ending
 * in a final state. Counts are what the HQ dashboard shows while an alert goes out and in the final report.
 */
export const DELIVERY_STATES = ['pending', 'sent', 'failed', 'removed', 'expired', 'cancelled'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** `GET /api/alerts/:id/deliveries/summary` (HQ roles) and the payload of realtime `alert.progress` (room `hq`). */
export interface DeliverySummary {
  alertId: string;
  targeted: number;
  sent: number;
  failed: number;
  /** Subscriptions the push service reported gone (404/410); they are deleted. */
  removed: number;
  expired: number;
  cancelled: number;
  pending: number;
  /** Pushes accepted per second over the last few seconds (0 when idle). */
  ratePerSecond: number;
  /** When the first push was accepted and when the last delivery reached a final state (ISO 8601). */
  firstSentAt: string | null;
  finishedAt: string | null;
  byLanguage: Record<Language, { targeted: number; sent: number }>;
  at: string;
}

/** `GET /api/alerts/:id/audience` (HQ roles): the subscriptions an alert would reach if approved now. */
export interface AlertAudience {
  alertId: string;
  status: AlertStatus;
  subscriptions: number;
  byLanguage: Record<Language, number>;
}

/** Queue jobs of the `dispatch` queue. */
export interface AlertFanOutJob {
  alertId: string;
}
export interface PushChunkJob {
  alertId: string;
  /** Delivery ids of this chunk (250–1,000). */
  deliveryIds: string[];
}

/** `GET /api/alerts/public?limit=` (public): published Public alerts, current first, for the resident page and kiosks. */
export interface PublicAlert extends Pick<AlertContent, 'status' | 'msgType' | 'category' | 'urgency' | 'severity' | 'certainty' | 'responseTypes' | 'effective' | 'onset' | 'expires' | 'info' | 'target'> {
  id: string;
  identifier: string;
  sent: string;
  /** Current = published, not cancelled, not expired. */
  current: boolean;
  capUrl: string;
}

export interface PublicAlertList {
  items: PublicAlert[];
}
