import { Logger, Module, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { JobProducer } from '@app/queue';
import { RealtimeModule } from '@app/realtime';
import { NoticeBroadcastProcessor, NoticeReconcileProcessor } from './notice-broadcast.processor.js';
import { NoticeBroadcastService } from './notice-broadcast.service.js';
import { NoticeOutboxRepository } from './notice-outbox.repository.js';
import { NoticeReconcilerService } from './notice-reconciler.service.js';

/** The reconciler runs this often: a lost notice goes out at most grace + this long after it was sent. */
export const NOTICES_RECONCILE_EVERY_MS = 15_000;
/** Schedules live in the queue backend and vanish with a wiped Redis; declaring them again brings them back. */
export const NOTICES_SCHEDULES_REDECLARE_MS = 10_000;

/**
 * Broadcasts each new staff notice to its audience and marks it broadcast; the scheduled reconciler re-enqueues,
 * from PostgreSQL alone, notices whose broadcast was lost. Schedulers are upserted by id, so every worker may declare them.
 */
@Module({
  imports: [RealtimeModule],
  providers: [NoticeOutboxRepository, NoticeBroadcastService, NoticeReconcilerService, NoticeBroadcastProcessor, NoticeReconcileProcessor],
})
export class NoticesWorkerModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(NoticesWorkerModule.name);
  private redeclare: NodeJS.Timeout | undefined;

  constructor(private readonly jobs: JobProducer) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.declareSchedules();
    this.redeclare = setInterval(() => {
      this.declareSchedules().catch((err: unknown) => this.logger.warn({ err }, 'notice schedules not declared; retrying'));
    }, NOTICES_SCHEDULES_REDECLARE_MS);
    this.redeclare.unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.redeclare);
  }

  private declareSchedules(): Promise<void> {
    return this.jobs.schedule('notices', 'notices-reconcile', { everyMs: NOTICES_RECONCILE_EVERY_MS }, 'notices.reconcile', {});
  }
}
