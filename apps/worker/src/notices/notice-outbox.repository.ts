import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Notice, NoticeAudience } from '@app/contracts';

/** A notice the reconciler sends again, with how many times it has been re-enqueued before. */
export interface UnbroadcastNotice {
  notice: Notice;
  requeueCount: number;
}

interface Row {
  id: string;
  audience: NoticeAudience;
  message: string;
  author_id: string | null;
  author_name: string;
  created_at: Date;
  requeue_count: number;
}

/** The broadcast state of staff notices (`staff_notices.broadcast_at`), as the worker's broadcast and reconciler use it. */
@Injectable()
export class NoticeOutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Locks the notice if it still waits for its broadcast; false when it was broadcast already. A job holding it is
   * waited for: once it commits, the row no longer matches and this job has nothing to do.
   */
  async lockUnbroadcast(manager: EntityManager, id: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(`SELECT 1 FROM staff_notices WHERE id = $1 AND broadcast_at IS NULL FOR UPDATE`, [id]);
    return rows.length > 0;
  }

  async markBroadcast(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE staff_notices SET broadcast_at = now() WHERE id = $1`, [id]);
  }

  /**
   * Locks notices not broadcast although they (or their last re-enqueue) are older than `graceMs`, and younger than
   * `maxAgeMs`: older ones stay listed for their audience but are no longer pushed live.
   */
  async lockStale(manager: EntityManager, graceMs: number, maxAgeMs: number, limit: number): Promise<UnbroadcastNotice[]> {
    const rows = await manager.query<Row[]>(
      `SELECT id, audience, message, author_id, author_name, created_at, requeue_count FROM staff_notices
        WHERE broadcast_at IS NULL
          AND created_at > now() - $2 * interval '1 millisecond'
          AND coalesce(requeued_at, created_at) < now() - $1 * interval '1 millisecond'
        ORDER BY created_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [graceMs, maxAgeMs, limit],
    );
    return rows.map((row) => ({
      notice: {
        id: row.id,
        audience: row.audience,
        message: row.message,
        authorId: row.author_id,
        authorName: row.author_name,
        createdAt: row.created_at.toISOString(),
      },
      requeueCount: row.requeue_count,
    }));
  }

  async markRequeued(manager: EntityManager, ids: readonly string[]): Promise<void> {
    await manager.query(`UPDATE staff_notices SET requeued_at = now(), requeue_count = requeue_count + 1 WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
