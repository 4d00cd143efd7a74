import { Injectable } from '@nestjs/common';
import type { AuditEntry, AuditPage, AuditQuery, AuditVerifyResult } from '@app/contracts';
import { AUDIT_PAGE_DEFAULT } from '@app/contracts';
import { AuditRepository, type AuditLogEntity } from '@app/database';

function toEntry(row: AuditLogEntity): AuditEntry {
  return {
    id: String(row.id),
    occurredAt: row.occurredAt.toISOString(),
    actorId: row.actorId,
    actorName: row.actorName,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    summary: row.summary,
    requestId: row.requestId,
    ip: row.ip,
  };
}

/** Reading and verifying the audit trail (writing happens in each feature's own transactions). */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  async list(query: AuditQuery): Promise<AuditPage> {
    const limit = query.limit ?? AUDIT_PAGE_DEFAULT;
    const rows = await this.audit.list({ ...query, limit });
    const items = rows.map(toEntry);
    return { items, nextBefore: items.length === limit ? items[items.length - 1].id : null };
  }

  async verify(): Promise<AuditVerifyResult> {
    const check = await this.audit.verifyChain();
    return { valid: check.firstBrokenId === null, checked: check.checked, firstBrokenId: check.firstBrokenId };
  }
}
