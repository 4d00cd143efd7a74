import { Inject, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { VapidKeyRepository } from '@app/database';
import { DEFAULT_DISPATCH_SETTINGS, DISPATCH_SETTINGS, DispatchQueriesModule } from '@app/dispatch';
import { DeliveryChannels } from '@app/push';
import { JobProducer } from '@app/queue';
import { RealtimeModule } from '@app/realtime';
import { AlertFanOutService } from './alert-fan-out.service.js';
import { AlertStateRepository } from './alert-state.repository.js';
import { AlertStopWatcher } from './alert-stop.watcher.js';
import { deliveryChannelsProvider } from './delivery-channels.provider.js';
import { DispatchAlarms } from './dispatch-alarms.js';
import { DispatchOutboxRepository } from './dispatch-outbox.repository.js';
import { DispatchProgressPublisher } from './dispatch-progress.publisher.js';
import { DispatchReconcilerService } from './dispatch-reconciler.service.js';
import { AlertFanOutProcessor, DispatchReconcileProcessor, OutboxRelayProcessor, PushChunkProcessor } from './dispatch.processors.js';
import { OutboxRelayService } from './outbox-relay.service.js';
import { PushChunkService } from './push-chunk.service.js';

/** The relay runs this often; approvals wait at most this long for their fan-out. */
export const OUTBOX_RELAY_EVERY_MS = 1_000;
/** The reconciler runs this often. */
export const DISPATCH_RECONCILE_EVERY_MS = 15_000;

/**
 * Alert dispatch in the worker: outbox relay → fan-out → push chunks, and the reconciler that recovers lost work
 * from PostgreSQL. Schedulers are upserted by id, so every worker process may declare them.
 */
@Module({
  imports: [DispatchQueriesModule, RealtimeModule],
  providers: [
    { provide: DISPATCH_SETTINGS, useValue: DEFAULT_DISPATCH_SETTINGS },
    VapidKeyRepository,
    deliveryChannelsProvider,
    DispatchOutboxRepository,
    DispatchProgressPublisher,
    DispatchAlarms,
    AlertStateRepository,
    AlertStopWatcher,
    OutboxRelayService,
    AlertFanOutService,
    PushChunkService,
    DispatchReconcilerService,
    OutboxRelayProcessor,
    AlertFanOutProcessor,
    PushChunkProcessor,
    DispatchReconcileProcessor,
  ],
})
export class DispatchWorkerModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly jobs: JobProducer,
    @Inject(DeliveryChannels) private readonly channels: DeliveryChannels,
  ) {}

  /** The queue library's ScheduleKeeper declares these again if the backend loses them (a wiped Redis). */
  async onApplicationBootstrap(): Promise<void> {
    await this.declareSchedules();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.channels.close();
  }

  private async declareSchedules(): Promise<void> {
    await this.jobs.schedule('dispatch', 'outbox-relay', { everyMs: OUTBOX_RELAY_EVERY_MS }, 'outbox.relay', {});
    await this.jobs.schedule('dispatch', 'dispatch-reconcile', { everyMs: DISPATCH_RECONCILE_EVERY_MS }, 'dispatch.reconcile', {});
  }
}
