import { Injectable, Logger } from '@nestjs/common';
import { JobProducer } from '@app/queue';
import { NoticeOutboxRepository } from './notice-outbox.repository.js';

/**
 * A notice not broadcast this long after it was stored (or last re-enqueued) is enqueued again. Longer than a job's
 * retries normally take, so a slow first attempt is rarely doubled (and a double finds the notice done anyway).
 */
export const NOTICE_BROADCAST_GRACE_MS = 30_000;
/** Notices older than this are no longer pushed live; they stay listed for their audience. */
export const NOTICE_REBROADCAST_MAX_AGE_MS = 24 * 3600_000;
const BATCH = 100;

/**
 * Finds notices whose broadcast never happened (job lost with Redis, queue unreachable when the notice was sent,
 * every retry failed) in PostgreSQL alone and enqueues them again.
 */
@Injectable()
export class NoticeReconcilerService {
  private readonly logger = new Logger(NoticeReconcilerService.name);

  constructor(
    private readonly outbox: NoticeOutboxRepository,
    private readonly jobs: JobProducer,
  ) {}

  /** Returns how many notices were re-enqueued. */
  async reconcile(graceMs = NOTICE_BROADCAST_GRACE_MS): Promise<number> {
    // Recorded and committed before the jobs exist: a job must not find the row still locked by this transaction.
    // A job that then fails to be added is retried by a later run, after another grace period.
    const stale = await this.outbox.transaction(async (manager) => {
      const rows = await this.outbox.lockStale(manager, graceMs, NOTICE_REBROADCAST_MAX_AGE_MS, BATCH);
      await this.outbox.markRequeued(manager, rows.map(({ notice }) => notice.id));
      return rows;
    });
    if (stale.length === 0) return 0;
    // A new job id per attempt: a finished or failed job kept under an earlier id would make a plain re-add a no-op.
    const added = await Promise.allSettled(
      stale.map(({ notice, requeueCount }) => this.jobs.add('notices', 'notice.broadcast', { notice }, { jobId: `notice-${notice.id}-r${requeueCount + 1}` })),
    );
    const failed = added.filter((result) => result.status === 'rejected');
    if (failed.length > 0) this.logger.warn({ err: (failed[0] as PromiseRejectedResult).reason, failed: failed.length }, 'notices not re-enqueued; the next run tries again');
    const requeued = stale.length - failed.length;
    if (requeued > 0) this.logger.warn({ notices: requeued }, 'notices re-enqueued for broadcast from the database');
    return requeued;
  }
}
