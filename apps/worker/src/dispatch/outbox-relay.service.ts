import { Injectable } from '@nestjs/common';
import { JobProducer } from '@app/queue';
import { DispatchOutboxRepository } from './dispatch-outbox.repository.js';

const RELAY_BATCH = 100;

/**
 * Moves committed `alert.dispatch` outbox rows into the queue. Rows are locked, enqueued and marked in one
 * transaction: a crash before the commit leaves them for the next run, and the fixed job id makes the second
 * enqueue a no-op.
 */
@Injectable()
export class OutboxRelayService {
  constructor(
    private readonly outbox: DispatchOutboxRepository,
    private readonly jobs: JobProducer,
  ) {}

  /** Returns how many rows were enqueued. */
  relay(): Promise<number> {
    return this.outbox.transaction(async (manager) => {
      const rows = await this.outbox.lockUnenqueued(manager, RELAY_BATCH);
      if (rows.length === 0) return 0;
      await Promise.all(rows.map((row) => this.jobs.add('dispatch', 'alert.fanout', { alertId: row.alertId }, { jobId: `fanout-${row.alertId}` })));
      await this.outbox.markEnqueued(manager, rows.map((row) => row.id));
      return rows.length;
    });
  }
}
