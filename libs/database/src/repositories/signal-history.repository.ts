import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SignalAction, SignalFreshness, SignalSource } from '@app/contracts';
import { SignalHistoryEntity } from '../entities/signal-history.entity.js';

export type NewSignalHistory = Omit<SignalHistoryEntity, 'id' | 'recordedAt' | 'eventPublishedAt' | 'jobEnqueuedAt'>;

export interface SignalHistoryFilter {
  authority?: string;
  area?: string;
  hazard?: string;
  /** Received at or after. */
  from?: Date;
  /** Received at or before. */
  to?: Date;
  limit: number;
}

interface HistoryRow {
  id: string;
  authority: string;
  area: string;
  hazard: string;
  follows_id: string | null;
  previous_level: string | null;
  level: string | null;
  action: SignalAction;
  issued_at: Date | null;
  received_at: Date;
  source: SignalSource;
  freshness: SignalFreshness;
  document_id: string | null;
  hold_id: string | null;
  actor_id: string | null;
  actor_name: string;
  reason: string | null;
  recorded_at: Date;
  event_published_at: Date | null;
  job_enqueued_at: Date | null;
}

function toEntity(row: HistoryRow): SignalHistoryEntity {
  return Object.assign(new SignalHistoryEntity(), {
    id: String(row.id),
    authority: row.authority,
    area: row.area,
    hazard: row.hazard,
    followsId: row.follows_id === null ? null : String(row.follows_id),
    previousLevel: row.previous_level,
    level: row.level,
    action: row.action,
    issuedAt: row.issued_at,
    receivedAt: row.received_at,
    source: row.source,
    freshness: row.freshness,
    documentId: row.document_id,
    holdId: row.hold_id,
    actorId: row.actor_id,
    actorName: row.actor_name,
    reason: row.reason,
    recordedAt: row.recorded_at,
    eventPublishedAt: row.event_published_at,
    jobEnqueuedAt: row.job_enqueued_at,
  });
}

/** Every change of every track (table signal_history); rows are only added, and announced after commit. */
@Injectable()
export class SignalHistoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Appends changes in one statement, in the given order. A change that follows the same earlier change as one
   * already stored violates `signal_history_follows_key`: the caller's transaction then fails instead of recording
   * one change twice.
   */
  async insertMany(manager: EntityManager, entries: readonly NewSignalHistory[]): Promise<SignalHistoryEntity[]> {
    if (entries.length === 0) return [];
    const column = <T>(pick: (e: NewSignalHistory) => T) => entries.map(pick);
    const rows = await manager.query<HistoryRow[]>(
      `INSERT INTO signal_history
         (authority, area, hazard, follows_id, previous_level, level, action, issued_at, received_at, source, freshness,
          document_id, hold_id, actor_id, actor_name, reason)
       SELECT authority, area, hazard, follows_id, previous_level, level, action, issued_at, received_at, source, freshness,
              document_id, hold_id, actor_id, actor_name, reason
       FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::text[], $8::timestamptz[],
                   $9::timestamptz[], $10::text[], $11::text[], $12::uuid[], $13::uuid[], $14::uuid[], $15::text[], $16::text[])
         WITH ORDINALITY AS e(authority, area, hazard, follows_id, previous_level, level, action, issued_at, received_at, source,
                              freshness, document_id, hold_id, actor_id, actor_name, reason, n)
       ORDER BY n
       RETURNING *`,
      [
        column((e) => e.authority),
        column((e) => e.area),
        column((e) => e.hazard),
        column((e) => e.followsId),
        column((e) => e.previousLevel),
        column((e) => e.level),
        column((e) => e.action),
        column((e) => e.issuedAt),
        column((e) => e.receivedAt),
        column((e) => e.source),
        column((e) => e.freshness),
        column((e) => e.documentId),
        column((e) => e.holdId),
        column((e) => e.actorId),
        column((e) => e.actorName),
        column((e) => e.reason),
      ],
    );
    return rows.map(toEntity).sort((a, b) => Number(a.id) - Number(b.id));
  }

  /** Newest first, in the order the changes were committed (a confirmed hold counts from its confirmation). */
  async list(filter: SignalHistoryFilter): Promise<SignalHistoryEntity[]> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const where = (sql: string, value: unknown) => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.authority !== undefined) where('authority = ?', filter.authority);
    if (filter.area !== undefined) where('area = ?', filter.area);
    if (filter.hazard !== undefined) where('hazard = ?', filter.hazard);
    if (filter.from !== undefined) where('received_at >= ?', filter.from);
    if (filter.to !== undefined) where('received_at <= ?', filter.to);
    params.push(filter.limit);
    const rows = await this.dataSource.query<HistoryRow[]>(
      `SELECT * FROM signal_history ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY id DESC LIMIT $${params.length}`,
      params,
    );
    return rows.map(toEntity);
  }

  /** Changes whose event or playbook job did not go out, committed at least `olderThanMs` ago; oldest first. */
  async listUnannounced(olderThanMs: number, limit: number): Promise<SignalHistoryEntity[]> {
    const rows = await this.dataSource.query<HistoryRow[]>(
      `SELECT * FROM signal_history
       WHERE (event_published_at IS NULL OR job_enqueued_at IS NULL) AND recorded_at < now() - make_interval(secs => $1)
       ORDER BY id LIMIT $2`,
      [olderThanMs / 1000, limit],
    );
    return rows.map(toEntity);
  }

  async markEventPublished(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(`UPDATE signal_history SET event_published_at = now() WHERE id = ANY($1::bigint[]) AND event_published_at IS NULL`, [ids]);
  }

  async markJobEnqueued(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(`UPDATE signal_history SET job_enqueued_at = now() WHERE id = ANY($1::bigint[]) AND job_enqueued_at IS NULL`, [ids]);
  }
}
