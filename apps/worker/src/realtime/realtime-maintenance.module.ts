import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { JobProducer } from '@app/queue';
import { RealtimeModule } from '@app/realtime';
import { RealtimePruneProcessor, WorkerHeartbeatProcessor } from './realtime-maintenance.processors.js';
import { RealtimeRetentionService } from './realtime-retention.service.js';
import { WorkerHeartbeatService } from './worker-heartbeat.service.js';

export const HEARTBEAT_EVERY_MS = 10_000;

/**
 * Scheduled realtime housekeeping: a heartbeat to staff every 10 s and the hourly deletion of events past
 * retention. Schedulers are upserted by id, so every worker process may declare them.
 */
@Module({
  imports: [RealtimeModule],
  providers: [RealtimeRetentionService, WorkerHeartbeatService, RealtimePruneProcessor, WorkerHeartbeatProcessor],
})
export class RealtimeMaintenanceModule implements OnApplicationBootstrap {
  constructor(private readonly jobs: JobProducer) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule('system', 'worker-heartbeat', { everyMs: HEARTBEAT_EVERY_MS }, 'worker.heartbeat', {});
    await this.jobs.schedule('system', 'realtime-events-prune', { cron: '17 * * * *' }, 'realtime-events.prune', {});
  }
}
