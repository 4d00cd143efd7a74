import type { AuditEntryInput } from './audit.repository.js';

/** Who an audit row names: a signed-in user with their request, or the system itself. */
export type AuditActor = Pick<AuditEntryInput, 'actorId' | 'actorName' | 'requestId' | 'ip'>;

/** The system itself (seeders, feed pollers, scheduled jobs). */
export const SYSTEM_ACTOR: AuditActor = { actorId: null, actorName: 'system', requestId: null, ip: null };
