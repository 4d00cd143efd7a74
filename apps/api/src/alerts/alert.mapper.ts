import type { Alert } from '@app/contracts';
import type { AlertEntity } from '@app/database';

/** A stored alert as the wire type, with its optimistic-lock version for the next edit. */
export function toAlert(row: AlertEntity): Alert & { version: number } {
  const iso = (value: Date | null) => (value ? value.toISOString() : null);
  return {
    ...row.content,
    status: row.status,
    msgType: row.msgType,
    references: row.references,
    signal: row.signal,
    id: row.id,
    state: row.state,
    identifier: row.identifier,
    sender: row.sender,
    sent: iso(row.sent),
    replacesAlertId: row.replacesAlertId,
    createdBy: row.authorId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    submittedBy: row.submittedBy,
    submittedAt: iso(row.submittedAt),
    approvedBy: row.approvedBy,
    approvedAt: iso(row.approvedAt),
    rejectedBy: row.rejectedBy,
    rejectedAt: iso(row.rejectedAt),
    rejectionReason: row.rejectionReason,
    publishedAt: iso(row.publishedAt),
    cancelledBy: row.cancelledBy,
    cancelledAt: iso(row.cancelledAt),
    expiredAt: iso(row.expiredAt),
    version: row.version,
  };
}
