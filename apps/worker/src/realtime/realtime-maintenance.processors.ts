import { Injectable } from '@nestjs/common';
import { ProcessesJob, type JobProcessor } from '@app/queue';
import { RealtimeRetentionService } from './realtime-retention.service.js';
import { WorkerHeartbeatService } from './worker-heartbeat.service.js';

@Injectable()
@ProcessesJob('system', 'realtime-events.prune')
export class RealtimePruneProcessor implements JobProcessor<'system', 'realtime-events.prune'> {
  constructor(private readonly retention: RealtimeRetentionService) {}

  async process(): Promise<void> {
    await this.retention.prune();
  }
}

@Injectable()
@ProcessesJob('system', 'worker.heartbeat')
export class WorkerHeartbeatProcessor implements JobProcessor<'system', 'worker.heartbeat'> {
  constructor(private readonly heartbeat: WorkerHeartbeatService) {}

  process(): Promise<void> {
    return this.heartbeat.beat();
  }
}
