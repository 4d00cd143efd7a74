import { Inject, Injectable } from '@nestjs/common';
import { AlertRepository, DeliveryRepository } from '@app/database';
import { AlertTargetingService, DISPATCH_SETTINGS, type DispatchSettings } from '@app/dispatch';
import { JobProducer } from '@app/queue';
import { DispatchOutboxRepository } from './dispatch-outbox.repository.js';
import { DispatchProgressPublisher } from './dispatch-progress.publisher.js';

/**
 * Creates an alert's delivery rows in committed pages of subscriptions (keyset by subscription id) and enqueues the
 * push chunks of each page as soon as it is in, so the first push does not wait for the whole audience. Only full
 * chunks are queued between pages; the last, partial one after the last page. Safe to repeat: existing rows stay,
 * and chunk job ids are fixed by their first row. The outbox row is done only once every page is in and queued.
 */
@Injectable()
export class AlertFanOutService {
  constructor(
    private readonly alerts: AlertRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly targeting: AlertTargetingService,
    private readonly outbox: DispatchOutboxRepository,
    private readonly jobs: JobProducer,
    private readonly progress: DispatchProgressPublisher,
    @Inject(DISPATCH_SETTINGS) private readonly settings: DispatchSettings,
  ) {}

  async fanOut(alertId: string): Promise<{ created: number; chunks: number }> {
    const alert = await this.alerts.findById(alertId);
    if (!alert) return { created: 0, chunks: 0 };
    const targeting = await this.targeting.targetingFor({ status: alert.status, target: alert.content.target });
    let created = 0;
    let chunks = 0;
    let afterDelivery = '0';
    let afterSubscription: string | null = null;
    for (;;) {
      const page = await this.deliveries.createPageForAlert(alertId, targeting, afterSubscription, this.settings.fanOutPageSize);
      created += page.created;
      const last = page.lastSubscriptionId === null;
      // Rows of later pages get higher ids, so the pending-id cursor carries over from page to page.
      for (;;) {
        const ids = await this.deliveries.pendingIdsAfter(alertId, afterDelivery, this.settings.chunkSize);
        if (ids.length === 0 || (ids.length < this.settings.chunkSize && !last)) break;
        await this.jobs.add('dispatch', 'push.chunk', { alertId, deliveryIds: ids }, { jobId: `chunk-${alertId}-${ids[0]}` });
        chunks += 1;
        afterDelivery = ids[ids.length - 1]!;
      }
      if (last) break;
      afterSubscription = page.lastSubscriptionId;
    }
    // Fresh statistics let the summary and chunk queries of a large alert use the (alert_id, state, id) index.
    if (created > 0) await this.deliveries.analyze();
    await this.outbox.markFannedOut(alertId);
    this.progress.changed(alertId);
    return { created, chunks };
  }
}
