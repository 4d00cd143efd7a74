import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { JobProducer } from '@app/queue';
import { RealtimeModule } from '@app/realtime';
import { NoticeBroadcastProcessor, NoticeReconcileProcessor } from './notice-broadcast.processor.js';
import { NoticeBroadcastService } from './notice-broadcast.service.js';
import { NoticeOutboxRepository } from './notice-outbox.repository.js';
import { NoticeReconcilerService } from './notice-reconciler.service.js';

/** The reconciler runs this often: a lost notice goes out at most grace + this long after it was sent. */
export const NOTICES_RECONCILE_EVERY_MS = 15_000;

/**
 * Broadcasts each new staff notice to its audience and marks it broadcast; the scheduled reconciler re-enqueues,
 * from PostgreSQL alone, notices whose broadcast was lost. Schedulers are upserted by id, so every worker may declare them.
 */
@Module({
  imports: [RealtimeModule],
  providers: [NoticeOutboxRepository, NoticeBroadcastService, NoticeReconcilerService, NoticeBroadcastProcessor, NoticeReconcileProcessor],
})
export class NoticesWorkerModule implements OnApplicationBootstrap {
  constructor(private readonly jobs: JobProducer) {}

  /** The queue library's ScheduleKeeper declares it again if the backend loses it (a wiped Redis). */
  onApplicationBootstrap(): Promise<void> {
    return this.jobs.schedule('notices', 'notices-reconcile', { everyMs: NOTICES_RECONCILE_EVERY_MS }, 'notices.reconcile', {});
  }
}
