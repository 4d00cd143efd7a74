import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLogEntity } from '../entities/audit-log.entity.js';

/** What a caller records; the database assigns id, time and the chain hashes. */
export interface AuditEntryInput {
  /** Null for the system itself and for anonymous callers. */
  actorId: string | null;
  actorName: string;
  /** Dotted verb, e.g. `account.created`, `auth.login_failed`. */
  action: string;
  entityType: string;
  entityId: string | null;
  /** Before/after of what changed, plus context. Secret-looking keys are redacted before storing. */
  summary: { before?: Record<string, unknown>; after?: Record<string, unknown>; [key: string]: unknown };
  requestId?: string | null;
  ip?: string | null;
}

export interface AuditListFilter {
  before?: string;
  limit: number;
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
}

export interface AuditChainCheck {
  checked: number;
  firstBrokenId: string | null;
}

// Keys whose values must never reach the log, whatever a caller puts into a summary.
const SECRET_KEYS = new Set(['password', 'passwordhash', 'password_hash', 'token', 'accesstoken', 'refreshtoken', 'secret']);

function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, SECRET_KEYS.has(key.toLowerCase()) ? '[redacted]' : redactSecrets(v)]),
  );
}

/**
 * The append-only, hash-chained audit log. Append inside the transaction of the change it records, so the change
 * and its audit row commit or roll back together. The transaction must be READ COMMITTED (the default): the chain
 * trigger reads the latest row after taking its lock, which a REPEATABLE READ snapshot taken earlier would not see.
 */
@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async append(manager: EntityManager, entry: AuditEntryInput): Promise<{ id: string }> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO audit_log (actor_id, actor_name, action, entity_type, entity_id, summary, request_id, ip)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8)
       RETURNING id`,
      [
        entry.actorId,
        entry.actorName,
        entry.action,
        entry.entityType,
        entry.entityId,
        JSON.stringify(redactSecrets(entry.summary)),
        entry.requestId ?? null,
        entry.ip ?? null,
      ],
    );
    return { id: String(rows[0].id) };
  }

  /** Newest first, keyset-paginated on id (stable while rows are appended). */
  list(filter: AuditListFilter): Promise<AuditLogEntity[]> {
    const query = this.dataSource.manager.createQueryBuilder(AuditLogEntity, 'a').orderBy('a.id', 'DESC').limit(filter.limit);
    if (filter.before !== undefined) query.andWhere('a.id < :before', { before: filter.before });
    if (filter.entityType !== undefined) query.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId !== undefined) query.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actorId !== undefined) query.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.action !== undefined) query.andWhere('a.action = :action', { action: filter.action });
    return query.getMany();
  }

  /**
   * Recomputes every row's hash with the same function the insert trigger uses and checks that each row links to
   * the hash of the row before it (the first to 'genesis'). One statement, so it sees one consistent snapshot.
   */
  async verifyChain(): Promise<AuditChainCheck> {
    const rows = await this.dataSource.query<{ checked: string; first_broken_id: string | null }[]>(`
      WITH chain AS (
        SELECT a.id, a.hash, a.prev_hash,
               lag(a.hash) OVER (ORDER BY a.id) AS previous_hash,
               audit_log_row_hash(a.prev_hash, a) AS recomputed
        FROM audit_log a
      )
      SELECT count(*) AS checked,
             min(id) FILTER (WHERE hash IS DISTINCT FROM recomputed
                               OR prev_hash IS DISTINCT FROM coalesce(previous_hash, 'genesis'))::text AS first_broken_id
      FROM chain`);
    return { checked: Number(rows[0].checked), firstBrokenId: rows[0].first_broken_id };
  }
}
