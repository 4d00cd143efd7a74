import { Inject, Injectable } from '@nestjs/common';
import { AlertRepository, DeliveryRepository } from '@app/database';
import { AlertTargetingService, DISPATCH_SETTINGS, type DispatchSettings } from '@app/dispatch';
import { JobProducer } from '@app/queue';
import { DispatchOutboxRepository } from './dispatch-outbox.repository.js';
import { DispatchProgressPublisher } from './dispatch-progress.publisher.js';

/**
 * Creates an alert's delivery rows in one INSERT … SELECT and enqueues its push chunks page by page, never holding
 * more than one page of ids. Safe to repeat: existing rows stay, and chunk job ids are fixed by their first row.
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
    const created = await this.deliveries.createForAlert(alertId, await this.targeting.targetingFor({ status: alert.status, target: alert.content.target }));
    let chunks = 0;
    let after = '0';
    for (;;) {
      const ids = await this.deliveries.pendingIdsAfter(alertId, after, this.settings.chunkSize);
      if (ids.length === 0) break;
      await this.jobs.add('dispatch', 'push.chunk', { alertId, deliveryIds: ids }, { jobId: `chunk-${alertId}-${ids[0]}` });
      chunks += 1;
      after = ids[ids.length - 1]!;
    }
    await this.outbox.markFannedOut(alertId);
    this.progress.changed(alertId);
    return { created, chunks };
  }
}
