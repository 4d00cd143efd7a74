import type { AuditActor } from '@app/database';
import type { RequestMeta } from '../http/request-meta.decorator.js';

/** The caller of an authenticated request as the audit log records it. */
export function auditActor(meta: RequestMeta): AuditActor {
  return {
    actorId: meta.user?.id ?? null,
    actorName: meta.user?.username ?? 'anonymous',
    requestId: meta.requestId,
    ip: meta.ip,
  };
}
