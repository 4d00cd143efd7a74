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

/** The accounts an alert names: who wrote, submitted, approved, rejected and cancelled it. */
export function peopleOf(alert: Alert): string[] {
  return [alert.createdBy, alert.submittedBy, alert.approvedBy, alert.rejectedBy, alert.cancelledBy].filter((id): id is string => !!id);
}

/** The alert with the display names of the people it names, for screens that show names rather than ids. */
export function withPeopleNames<T extends Alert>(alert: T, names: ReadonlyMap<string, string>): T {
  const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return {
    ...alert,
    createdByName: name(alert.createdBy),
    submittedByName: name(alert.submittedBy),
    approvedByName: name(alert.approvedBy),
    rejectedByName: name(alert.rejectedBy),
    cancelledByName: name(alert.cancelledBy),
  };
}
