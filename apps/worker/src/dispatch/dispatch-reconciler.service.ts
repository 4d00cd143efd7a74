import { Inject, Injectable, Logger } from '@nestjs/common';
import { DeliveryRepository } from '@app/database';
import { DISPATCH_SETTINGS, type DispatchSettings } from '@app/dispatch';
import { JobProducer } from '@app/queue';
import { DispatchOutboxRepository } from './dispatch-outbox.repository.js';

const OUTBOX_BATCH = 100;

/**
 * Finds unfinished dispatch work in PostgreSQL alone and puts it back into the queue: fan-outs that never finished
 * and pending deliveries nobody holds. This is what recovers from a killed worker or a wiped Redis. Re-enqueued
 * work is safe to run twice: the fan-out inserts with ON CONFLICT DO NOTHING and a chunk sends only rows it leases.
 */
@Injectable()
export class DispatchReconcilerService {
  private readonly logger = new Logger(DispatchReconcilerService.name);

  constructor(
    private readonly outbox: DispatchOutboxRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly jobs: JobProducer,
    @Inject(DISPATCH_SETTINGS) private readonly settings: DispatchSettings,
  ) {}

  async reconcile(): Promise<{ fanOuts: number; deliveries: number }> {
    const fanOuts = await this.outbox.transaction(async (manager) => {
      const rows = await this.outbox.lockUnfinished(manager, this.settings.staleFanOutMs, OUTBOX_BATCH);
      // A new job id per attempt: a failed job kept under the first id would make a plain re-add a no-op.
      await Promise.all(rows.map((row) => this.jobs.add('dispatch', 'alert.fanout', { alertId: row.alertId }, { jobId: `fanout-${row.alertId}-r${row.attempts}` })));
      await this.outbox.markEnqueued(manager, rows.map((row) => row.id));
      return rows.length;
    });

    const stale = await this.deliveries.takeStalePending(this.settings.staleDeliveryMs, this.settings.reconcileBatch);
    const at = Date.now();
    let requeued = 0;
    for (const { alertId, ids } of stale) {
      for (let start = 0; start < ids.length; start += this.settings.chunkSize) {
        const chunk = ids.slice(start, start + this.settings.chunkSize);
        await this.jobs.add('dispatch', 'push.chunk', { alertId, deliveryIds: chunk }, { jobId: `rechunk-${alertId}-${chunk[0]}-${at}` });
        requeued += chunk.length;
      }
    }
    if (fanOuts > 0 || requeued > 0) this.logger.warn({ fanOuts, deliveries: requeued }, 'dispatch work re-enqueued from the database');
    return { fanOuts, deliveries: requeued };
  }
}
