import { Inject, Logger, Module, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
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
 * Schedules are stored in the queue backend, and a Redis that is flushed or restarted without persistence loses
 * them while the workers keep running; declaring them again this often brings the relay and the reconciler back.
 */
export const DISPATCH_SCHEDULES_REDECLARE_MS = 10_000;

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
export class DispatchWorkerModule implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(DispatchWorkerModule.name);
  private redeclare: NodeJS.Timeout | undefined;

  constructor(
    private readonly jobs: JobProducer,
    @Inject(DeliveryChannels) private readonly channels: DeliveryChannels,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.declareSchedules();
    // Upserting a scheduler that exists keeps its next run, so this never delays one.
    this.redeclare = setInterval(() => {
      this.declareSchedules().catch((err: unknown) => this.logger.warn({ err }, 'dispatch schedules not declared; retrying'));
    }, DISPATCH_SCHEDULES_REDECLARE_MS);
    this.redeclare.unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.redeclare);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.channels.close();
  }

  private async declareSchedules(): Promise<void> {
    await this.jobs.schedule('dispatch', 'outbox-relay', { everyMs: OUTBOX_RELAY_EVERY_MS }, 'outbox.relay', {});
    await this.jobs.schedule('dispatch', 'dispatch-reconcile', { everyMs: DISPATCH_RECONCILE_EVERY_MS }, 'dispatch.reconcile', {});
  }
}
