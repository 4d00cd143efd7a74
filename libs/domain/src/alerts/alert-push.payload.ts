import type { AlertContent, AlertPushPayload, Language } from '@app/contracts';

/**
 * Web Push allows 4,096 bytes per message, 3,993 of them plaintext after encryption overhead; the payload is kept
 * under 3,000 bytes so that push services and older browsers never truncate or refuse it.
 */
export const PUSH_PAYLOAD_MAX_BYTES = 3000;

/** Where a notification opens: the resident page of that alert. */
export function alertPageUrl(alertId: string): string {
  return `/alerts/${encodeURIComponent(alertId)}`;
}

/**
 * The notification the sender pushes for one language: the headline as title and the instruction — what to do —
 * as body; the full description is on the alert page the notification opens.
 */
export function alertPushPayload(alert: Pick<AlertContent, 'status' | 'msgType' | 'info'> & { id: string }, language: Language): AlertPushPayload {
  const text = alert.info[language];
  return {
    id: alert.id,
    status: alert.status,
    msgType: alert.msgType,
    lang: language,
    headline: text.headline,
    body: text.instruction,
    url: alertPageUrl(alert.id),
  };
}

/** The exact bytes sent: compact JSON in UTF-8. */
export function encodePushPayload(payload: AlertPushPayload): Buffer {
  return Buffer.from(JSON.stringify(payload), 'utf8');
}
