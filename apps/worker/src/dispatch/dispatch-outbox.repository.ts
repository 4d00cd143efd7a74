import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** The outbox topic approvals write for an alert to go out. */
export const ALERT_DISPATCH_TOPIC = 'alert.dispatch';

export interface DispatchOutboxRow {
  id: string;
  alertId: string;
  attempts: number;
}

/** The `alert.dispatch` rows of the outbox, as the relay, the fan-out and the reconciler use them. */
@Injectable()
export class DispatchOutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Locks up to `limit` rows not enqueued yet; rows another relay holds are skipped, not waited for. */
  async lockUnenqueued(manager: EntityManager, limit: number): Promise<DispatchOutboxRow[]> {
    const rows = await manager.query<{ id: string; alert_id: string; attempts: number }[]>(
      `SELECT id, payload->>'alertId' AS alert_id, attempts FROM outbox
        WHERE enqueued_at IS NULL AND topic = $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [ALERT_DISPATCH_TOPIC, limit],
    );
    return rows.map(toRow);
  }

  /** Locks rows enqueued more than `graceMs` ago whose fan-out never finished (the job was lost or its worker died). */
  async lockUnfinished(manager: EntityManager, graceMs: number, limit: number): Promise<DispatchOutboxRow[]> {
    const rows = await manager.query<{ id: string; alert_id: string; attempts: number }[]>(
      `SELECT id, payload->>'alertId' AS alert_id, attempts FROM outbox
        WHERE done_at IS NULL AND topic = $1 AND enqueued_at < now() - $2 * interval '1 millisecond'
        ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [ALERT_DISPATCH_TOPIC, graceMs, limit],
    );
    return rows.map(toRow);
  }

  async markEnqueued(manager: EntityManager, ids: readonly string[]): Promise<void> {
    await manager.query(`UPDATE outbox SET enqueued_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])`, [ids]);
  }

  /** The alert's delivery rows exist and its chunks are enqueued: the reconciler takes over from the ledger. */
  async markFannedOut(alertId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox SET done_at = now() WHERE topic = $1 AND payload->>'alertId' = $2 AND done_at IS NULL`,
      [ALERT_DISPATCH_TOPIC, alertId],
    );
  }
}

function toRow(row: { id: string; alert_id: string; attempts: number }): DispatchOutboxRow {
  return { id: String(row.id), alertId: row.alert_id, attempts: row.attempts };
}
