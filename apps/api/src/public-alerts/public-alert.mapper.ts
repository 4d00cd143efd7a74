import type { PublicAlert } from '@app/contracts';
import type { AlertEntity } from '@app/database';

/** What residents and kiosks may see of a published alert: its CAP content, none of the workflow (who approved, …). */
export function toPublicAlert(row: AlertEntity, now: Date): PublicAlert {
  const c = row.content;
  return {
    id: row.id,
    identifier: row.identifier ?? row.id,
    sent: (row.sent ?? row.publishedAt ?? row.updatedAt).toISOString(),
    status: row.status,
    msgType: row.msgType,
    category: c.category,
    urgency: c.urgency,
    severity: c.severity,
    certainty: c.certainty,
    responseTypes: c.responseTypes,
    effective: c.effective,
    onset: c.onset,
    expires: c.expires,
    info: c.info,
    target: c.target,
    current: row.state === 'published' && Date.parse(c.expires) > now.getTime(),
    capUrl: `/api/alerts/${row.id}/cap.xml`,
  };
}
