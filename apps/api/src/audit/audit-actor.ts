import type { AuditEntryInput } from '@app/database';
import type { RequestMeta } from '../http/request-meta.decorator.js';

export type AuditActor = Pick<AuditEntryInput, 'actorId' | 'actorName' | 'requestId' | 'ip'>;

/** The system itself (seeders, scheduled jobs). */
export const SYSTEM_ACTOR: AuditActor = { actorId: null, actorName: 'system', requestId: null, ip: null };

/** The caller of an authenticated request as the audit log records it. */
export function auditActor(meta: RequestMeta): AuditActor {
  return {
    actorId: meta.user?.id ?? null,
    actorName: meta.user?.username ?? 'anonymous',
    requestId: meta.requestId,
    ip: meta.ip,
  };
}
